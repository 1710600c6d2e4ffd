using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A processor configuration of the Integration API (admin.md §1.3). <see cref="Identity"/> is what selects it; the rest
/// (<c>processors</c>, <c>variables</c>, <c>deletionScope</c>, …) is kept as the JSON LeanIX's admin UI exports and imports.
/// </summary>
public sealed record IntegrationConfiguration
{
    /// <summary>Wraps a configuration body; its identity members must be present.</summary>
    public IntegrationConfiguration(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Json = (JsonObject)json.DeepClone();
        Identity = ConnectorIdentity.FromJson(Json);
    }

    /// <summary>Connector type, id, version, direction and mode.</summary>
    public ConnectorIdentity Identity { get; }

    /// <summary>The whole configuration (a copy; change it and build a new record to update).</summary>
    public JsonObject Json { get; }

    /// <summary>The processors, in configuration order.</summary>
    public IReadOnlyList<JsonObject> Processors => (Json["processors"] as JsonArray ?? []).OfType<JsonObject>().ToList();

    /// <summary>Reads a configuration from JSON text (e.g. a file exported from the admin UI).</summary>
    public static IntegrationConfiguration Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException("A processor configuration is a JSON object.", nameof(json)));
}

/// <summary>The five members that identify a processor configuration (IAPI-SPEC; D40).</summary>
public sealed record ConnectorIdentity(string ConnectorType, string ConnectorId, string ConnectorVersion,
    string ProcessingDirection = IntegrationDirection.Inbound, string ProcessingMode = "partial")
{
    internal static ConnectorIdentity FromJson(JsonObject json)
    {
        string Required(string name) => (string?)json[name] is { Length: > 0 } value
            ? value : throw new ArgumentException($"The processor configuration has no '{name}'.", nameof(json));
        return new ConnectorIdentity(Required("connectorType"), Required("connectorId"), Required("connectorVersion"),
            Required("processingDirection").ToLowerInvariant(), ((string?)json["processingMode"] ?? "partial").ToLowerInvariant());
    }

    internal Dictionary<string, string?> Query() => new()
    {
        ["connectorType"] = ConnectorType, ["connectorId"] = ConnectorId, ["connectorVersion"] = ConnectorVersion,
        ["processingDirection"] = ProcessingDirection, ["processingMode"] = ProcessingMode
    };
}
