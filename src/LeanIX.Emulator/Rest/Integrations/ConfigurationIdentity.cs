using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain.Integrations;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// The five members that identify a processor configuration (IAPI-SPEC). Direction and mode are accepted in any case
/// and kept lower case (admin.md §1.2); the stored id is derived from the identity, so a PUT of the same five replaces.
/// </summary>
public sealed record ConfigurationIdentity(string ConnectorType, string ConnectorId, string ConnectorVersion, string ProcessingDirection, string ProcessingMode)
{
    public const int MaxHeaderLength = 500;
    public static readonly string[] Directions = ["inbound", "outbound"];
    public static readonly string[] Modes = ["partial", "full"];

    public Guid Id(Guid workspaceId) =>
        Ids.FromName($"integration-config:{workspaceId:D}:{ConnectorType}\n{ConnectorId}\n{ConnectorVersion}\n{ProcessingDirection}\n{ProcessingMode}");

    /// <summary>Reads the identity of a configuration body; returns an error message when a member is missing or wrong.</summary>
    public static ConfigurationIdentity? FromJson(JsonObject json, out string? error)
    {
        error = null;
        var type = Text(json, "connectorType");
        var id = Text(json, "connectorId");
        var version = Text(json, "connectorVersion");
        var direction = Text(json, "processingDirection")?.ToLowerInvariant();
        var mode = (Text(json, "processingMode") ?? "partial").ToLowerInvariant();
        foreach (var (name, value) in new[] { ("connectorType", type), ("connectorId", id), ("connectorVersion", version), ("processingDirection", direction) })
        {
            if (string.IsNullOrWhiteSpace(value)) { error = $"'{name}' is required"; return null; }
            if (value.Length > MaxHeaderLength) { error = $"'{name}' is longer than {MaxHeaderLength} characters"; return null; }
        }
        if (!Directions.Contains(direction)) { error = $"'processingDirection' must be inbound or outbound, not '{direction}'"; return null; }
        if (!Modes.Contains(mode)) { error = $"'processingMode' must be partial or full, not '{mode}'"; return null; }
        return new ConfigurationIdentity(type!, id!, version!, direction!, mode);
    }

    public ProcessorConfiguration ToEntity(Guid workspaceId, JsonObject json, DateTimeOffset now)
    {
        json["processingDirection"] = ProcessingDirection;
        json["processingMode"] = ProcessingMode;
        return new ProcessorConfiguration
        {
            Id = Id(workspaceId), ConnectorType = ConnectorType, ConnectorId = ConnectorId, ConnectorVersion = ConnectorVersion,
            ProcessingDirection = ProcessingDirection, ProcessingMode = ProcessingMode, Json = json.ToJsonString(), UpdatedAt = now
        };
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
