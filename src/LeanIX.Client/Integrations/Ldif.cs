using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A LeanIX Data Interchange Format document (admin.md §1.2): the header that selects the processor configuration
/// (connector type, id, version, direction) and the <see cref="Content"/> to process. Build one in code and pass it to
/// <see cref="IntegrationsClient.RunAsync(Ldif, bool, bool, TimeSpan?, CancellationToken)"/>; no JSON needed.
/// </summary>
public sealed record Ldif
{
    /// <summary>Required, at most 500 characters.</summary>
    public required string ConnectorType { get; init; }

    /// <summary>Required, at most 500 characters.</summary>
    public required string ConnectorId { get; init; }

    /// <summary>The configuration version; null runs the highest configured <c>n.n.n</c> version (D40).</summary>
    public string? ConnectorVersion { get; init; } = "1.0.0";

    /// <summary>The LDIF format version.</summary>
    public string LxVersion { get; init; } = "1.0.0";

    /// <summary>The target workspace; when set it must be the token's workspace, otherwise the run fails (D75).</summary>
    public Guid? LxWorkspace { get; init; }

    /// <summary>Free text, at most 500 characters.</summary>
    public string? Description { get; init; }

    /// <summary><see cref="IntegrationDirection.Inbound"/> (default) or <see cref="IntegrationDirection.Outbound"/>.</summary>
    public string ProcessingDirection { get; init; } = IntegrationDirection.Inbound;

    /// <summary><c>partial</c> or <c>full</c>; the stored configuration's mode wins (D40). Null leaves it out.</summary>
    public string? ProcessingMode { get; init; }

    /// <summary>Visible to processor expressions as <c>header.customFields</c>.</summary>
    public IReadOnlyDictionary<string, object?>? CustomFields { get; init; }

    /// <summary>The data objects.</summary>
    public IReadOnlyList<LdifContent> Content { get; init; } = [];

    /// <summary>The LDIF as JSON, in the member order of the documentation.</summary>
    public JsonObject ToJson()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ConnectorType);
        ArgumentException.ThrowIfNullOrWhiteSpace(ConnectorId);
        var json = new JsonObject { ["connectorType"] = ConnectorType, ["connectorId"] = ConnectorId };
        if (ConnectorVersion is not null) json["connectorVersion"] = ConnectorVersion;
        json["lxVersion"] = LxVersion;
        if (LxWorkspace is { } workspace) json["lxWorkspace"] = workspace.ToString("D");
        if (Description is not null) json["description"] = Description;
        json["processingDirection"] = ProcessingDirection;
        if (ProcessingMode is not null) json["processingMode"] = ProcessingMode;
        if (CustomFields is not null) json["customFields"] = LdifContent.ToNode(CustomFields);
        json["content"] = new JsonArray(Content.Select(c => (JsonNode?)c.ToJson()).ToArray());
        return json;
    }

    /// <summary>Reads an LDIF, e.g. the result of an outbound run.</summary>
    public static Ldif FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new Ldif
        {
            ConnectorType = (string?)json["connectorType"] ?? "",
            ConnectorId = (string?)json["connectorId"] ?? "",
            ConnectorVersion = (string?)json["connectorVersion"],
            LxVersion = (string?)json["lxVersion"] ?? "1.0.0",
            LxWorkspace = Guid.TryParse((string?)json["lxWorkspace"], out var ws) ? ws : null,
            Description = (string?)json["description"],
            ProcessingDirection = (string?)json["processingDirection"] ?? IntegrationDirection.Inbound,
            ProcessingMode = (string?)json["processingMode"],
            Content = (json["content"] as JsonArray ?? []).OfType<JsonObject>().Select(LdifContent.FromJson).ToList()
        };
    }
}

/// <summary>Values of <c>processingDirection</c>.</summary>
public static class IntegrationDirection
{
    /// <summary>Data into LeanIX.</summary>
    public const string Inbound = "inbound";

    /// <summary>Data out of LeanIX (the run's result is an LDIF).</summary>
    public const string Outbound = "outbound";
}
