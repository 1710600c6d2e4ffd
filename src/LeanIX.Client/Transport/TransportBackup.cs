using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LeanIX.Client.Transport;

/// <summary>
/// What an apply was about to change in the target, written before the first change: for each item the target's element
/// as it was (none for a create). <see cref="TransportClient.RestoreAsync(string, LeanIXClient, TransportApplyOptions?, CancellationToken)"/>
/// puts it back. It may hold secrets (webhook authorization headers), so the file is readable by its owner only.
/// </summary>
public sealed record TransportBackup
{
    /// <summary>The kind's name.</summary>
    public required string Kind { get; init; }

    /// <summary>The workspace the transport came from.</summary>
    public required string SourceWorkspace { get; init; }

    /// <summary>The workspace that was changed.</summary>
    public required string TargetWorkspace { get; init; }

    /// <summary>Its id: a backup is only restored into that workspace.</summary>
    public required Guid TargetWorkspaceId { get; init; }

    /// <summary>When the backup was written.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>One entry per change.</summary>
    public IReadOnlyList<TransportBackupEntry> Entries { get; init; } = [];

    internal static TransportBackup Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), TransportJsonContext.Default.TransportBackup)
                ?? throw new ArgumentException($"{path} is not a transport backup.", nameof(path));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{path} is not a transport backup ({e.Path}, line {e.LineNumber + 1}).", nameof(path), e);
        }
    }

    internal void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, this, TransportJsonContext.Default.TransportBackup);
    }
}

/// <summary>One change of an apply and what the target held before it.</summary>
/// <param name="Key">The natural key.</param>
/// <param name="Action">The change made.</param>
/// <param name="Before">The target's element fields before the change; null for a create.</param>
/// <param name="Order">The kind's apply order of the element.</param>
public sealed record TransportBackupEntry(string Key, TransportAction Action, JsonObject? Before, int Order);

/// <summary>Serialisation of plans (<c>--json</c>) and backups.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TransportPlan))]
[JsonSerializable(typeof(TransportBackup))]
[JsonSerializable(typeof(TransportResult))]
public sealed partial class TransportJsonContext : JsonSerializerContext;
