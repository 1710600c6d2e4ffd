using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>
/// The workspace's features, quota and settings (<c>lx.Workspace</c>, admin.md §6, D55, D56). Settings are one JSON object;
/// <see cref="BackupSettingsAsync"/> writes it to a timestamped file that <see cref="RestoreSettingsAsync"/> puts back.
/// </summary>
public sealed class WorkspaceClient
{
    private const string Base = "services/pathfinder/v1";

    /// <summary>D55: the QUOTA feature whose <c>quota</c> is the workspace's application quota.</summary>
    public const string ApplicationQuotaFeature = "quota.factSheets.Application";

    /// <summary>The keys a settings object must have (admin.md §6, RUBY-PF WorkspaceSettings); an update without one is refused.</summary>
    public static IReadOnlyList<string> RequiredSettingsKeys { get; } =
        ["subscriptions", "tags", "help", "snapshot", "idleTimeoutMinutes", "dataPrivacy", "completionScore", "quickSearchMode", "design"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly LeanIXConnection _connection;

    internal WorkspaceClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>Every feature of the workspace (the seed's <c>load_features</c>).</summary>
    public async Task<IReadOnlyList<Feature>> GetFeaturesAsync(CancellationToken cancellationToken = default)
    {
        var envelope = await _connection.SendAsync(HttpMethod.Get, Base + "/features", Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ListFeature, "GET /" + Base + "/features");
    }

    /// <summary>One feature by its dotted id; an unknown one is a <see cref="LeanIXNotFoundException"/>.</summary>
    public async Task<Feature> GetFeatureAsync(string featureId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(featureId);
        var envelope = await _connection.SendAsync(HttpMethod.Get, $"{Base}/features/{Uri.EscapeDataString(featureId)}", Wire.EnvelopeWire, null, null,
            cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.Feature, $"GET /{Base}/features/{{id}}");
    }

    /// <summary>
    /// The application quota (D55): the <c>quota</c> of the QUOTA feature <see cref="ApplicationQuotaFeature"/>, or null when the
    /// workspace has none. Applications with <c>lxExcludeFromQuota</c> do not count against it.
    /// </summary>
    public async Task<int?> GetQuotaAsync(CancellationToken cancellationToken = default)
    {
        var features = await GetFeaturesAsync(cancellationToken).ConfigureAwait(false);
        return features.FirstOrDefault(f => f.Id == ApplicationQuotaFeature && string.Equals(f.Type, "QUOTA", StringComparison.OrdinalIgnoreCase))?.Quota;
    }

    /// <summary>The workspace settings object (<c>GET /settings</c>).</summary>
    public async Task<JsonObject> GetSettingsAsync(CancellationToken cancellationToken = default)
    {
        var envelope = await _connection.SendAsync(HttpMethod.Get, Base + "/settings", Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.JsonObject, "GET /" + Base + "/settings");
    }

    /// <summary>
    /// Writes the settings to <c>settings.ws_&lt;workspace&gt;.&lt;yyyyMMdd-HHmmss&gt;.json</c> in <paramref name="directory"/> (default: the
    /// current directory), as the seed's <c>backup_workspace_settings</c> does; returns the file's path.
    /// </summary>
    public async Task<string> BackupSettingsAsync(string? directory = null, CancellationToken cancellationToken = default)
    {
        var settings = await GetSettingsAsync(cancellationToken).ConfigureAwait(false);
        var ws = await _connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var folder = directory ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(folder);
        var stamp = _connection.Clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, $"settings.ws_{SafeName(ws.WorkspaceName)}.{stamp}.json");
        await File.WriteAllTextAsync(path, settings.ToJsonString(Indented), cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>
    /// Replaces the settings with <paramref name="settings"/>, the complete object (D56). Missing required keys are refused
    /// before sending (<see cref="ArgumentException"/> naming them); the service checks them and its enums too. Returns what is stored.
    /// </summary>
    public async Task<JsonObject> UpdateSettingsAsync(JsonObject settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var missing = RequiredSettingsKeys.Where(k => settings[k] is null).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"The workspace settings lack the required key(s): {string.Join(", ", missing)}. Send the complete object (GetSettingsAsync, then change it).",
                nameof(settings));
        var envelope = await _connection.SendAsync(HttpMethod.Put, Base + "/settings", Wire.EnvelopeWire,
            JsonSerializer.SerializeToUtf8Bytes(settings, Wire.JsonObject), null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.JsonObject, "PUT /" + Base + "/settings");
    }

    /// <summary>Puts back the settings of a file written by <see cref="BackupSettingsAsync"/>.</summary>
    public async Task<JsonObject> RestoreSettingsAsync(string backupFile, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backupFile);
        JsonObject settings;
        try
        {
            settings = JsonNode.Parse(await File.ReadAllTextAsync(backupFile, cancellationToken).ConfigureAwait(false)) as JsonObject
                ?? throw new InvalidDataException($"'{backupFile}' does not hold a settings object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{backupFile}' is not a settings backup: {e.Message}", e);
        }
        return await UpdateSettingsAsync(settings, cancellationToken).ConfigureAwait(false);
    }

    private static string SafeName(string name) => string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));

    private static T DataOf<T>(EnvelopeWire envelope, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string operation) =>
        envelope.Data is { ValueKind: not JsonValueKind.Null } data
            ? LeanIXConnection.Read(data, type, operation)
            : throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);
}
