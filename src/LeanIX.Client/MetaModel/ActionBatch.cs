using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A meta model action batch as the service ran it (admin.md §7, D62): <c>DONE</c> when every action applied,
/// <c>ERROR</c> when one was INVALID and nothing applied (<see cref="Errors"/> says which).
/// </summary>
public sealed record ActionBatch(Guid Id, Guid? ActorId, string Status, string? Errors, DateTimeOffset? CreatedAt, DateTimeOffset? UpdatedAt,
    IReadOnlyList<MetaModelAction> Actions)
{
    /// <summary>True when every action applied.</summary>
    public bool IsDone => Status == "DONE";

    internal static ActionBatch Parse(JsonNode node) => new(
        Guid.Parse(Text(node["id"]) ?? throw new FormatException("An action batch has no id.")),
        Guid.TryParse(Text(node["actorId"]), out var actor) ? actor : null,
        Text(node["status"]) ?? "",
        Text(node["errors"]),
        Millis(node["createdAt"]),
        Millis(node["updatedAt"]),
        (node["actions"] as JsonArray ?? []).OfType<JsonObject>().Select(MetaModelAction.Parse).ToList());

    internal static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    internal static DateTimeOffset? Millis(JsonNode? node) =>
        node is JsonValue v && long.TryParse(v.ToJsonString(), out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}

/// <summary>One action of a batch: what it did (type, subtype, payload), where (node), and how it went (status, error).</summary>
public sealed record MetaModelAction(Guid? Id, string Type, string Subtype, MetaModelNode Node, JsonObject Payload, JsonNode? OldValue,
    string Status, string? Error, DateTimeOffset? CreatedAt)
{
    internal static MetaModelAction Parse(JsonObject node) => new(
        Guid.TryParse(ActionBatch.Text(node["id"]), out var id) ? id : null,
        ActionBatch.Text(node["type"]) ?? "",
        ActionBatch.Text(node["subtype"]) ?? "",
        MetaModelNode.Parse(node["node"]),
        node["payload"]?.DeepClone() as JsonObject ?? [],
        node["oldValue"]?.DeepClone(),
        ActionBatch.Text(node["status"]) ?? "",
        ActionBatch.Text(node["error"]),
        ActionBatch.Millis(node["createdAt"]));
}

/// <summary>
/// The node an action addresses, as the service echoes it (StructuredNode, admin.md §7): the slash path
/// <see cref="InputNode"/> (D59) and its parts.
/// </summary>
public sealed record MetaModelNode(string InputNode, string? NodeType, string FactSheetType, string? Section, string? Subsection, string? Field,
    string? FieldValue, string? RelationName)
{
    internal static MetaModelNode Parse(JsonNode? node)
    {
        if (ActionBatch.Text(node) is { } path)
        {
            var parts = path.Split('/');
            return new MetaModelNode(path, null, parts[0], At(parts, 1), At(parts, 2), At(parts, 3), At(parts, 4), null);
        }
        return new MetaModelNode(
            ActionBatch.Text(node?["inputNode"]) ?? "", ActionBatch.Text(node?["nodeType"]), ActionBatch.Text(node?["factSheetType"]) ?? "",
            ActionBatch.Text(node?["section"]), ActionBatch.Text(node?["subsection"]), ActionBatch.Text(node?["field"]),
            ActionBatch.Text(node?["fieldValue"]), ActionBatch.Text(node?["relationName"]));
    }

    private static string? At(string[] parts, int index) => index < parts.Length ? parts[index] : null;
}
