using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Discovery;

/// <summary>
/// A microservice manifest (admin.md §12.2 [C] DOCS/manifest-file-and-schema): <c>metadata.name</c> and
/// <c>metadata.externalId</c> are required (D64), the rest optional. References to applications and teams keep the
/// documented precedence factSheetId › externalId › name.
/// </summary>
public sealed record MicroserviceManifest(string Name, string ExternalId, string? Description, string? Type,
    IReadOnlyList<FactSheetReference> Applications, IReadOnlyList<FactSheetReference> Teams, IReadOnlyList<(string Group, string Tag)> Tags)
{
    public static MicroserviceManifest Parse(JsonNode yaml)
    {
        var root = yaml as JsonObject ?? throw new RestInputException("The manifest must be a YAML mapping with 'metadata'.", field: "manifest");
        var metadata = root["metadata"] as JsonObject ?? throw new RestInputException("The manifest has no 'metadata' mapping.", field: "metadata");
        var name = Text(metadata, "name");
        if (string.IsNullOrWhiteSpace(name)) throw new RestInputException("'metadata.name' is required.", field: "metadata.name");
        var externalId = Text(metadata, "externalId");
        if (string.IsNullOrWhiteSpace(externalId)) throw new RestInputException("'metadata.externalId' is required.", field: "metadata.externalId");
        var tags = new List<(string, string)>();
        foreach (var (entry, i) in Items(metadata, "tags"))
        {
            var group = Text(entry, "tagGroupName") ?? throw new RestInputException($"'metadata.tags[{i}].tagGroupName' is required.", field: $"metadata.tags[{i}].tagGroupName");
            var names = entry["tagNames"] as JsonArray ?? throw new RestInputException($"'metadata.tags[{i}].tagNames' must be a list.", field: $"metadata.tags[{i}].tagNames");
            tags.AddRange(names.Select(n => (group, n?.GetValue<string>() ?? "")).Where(t => t.Item2.Length > 0));
        }
        return new MicroserviceManifest(name, externalId, Text(metadata, "description"), Text(metadata, "type"),
            References(metadata, "applications"), References(metadata, "teams"), tags);
    }

    private static List<FactSheetReference> References(JsonObject metadata, string key) =>
        Items(metadata, key).Select(e => FactSheetReference.Parse(e.Item, $"metadata.{key}[{e.Index}]")).ToList();

    private static IEnumerable<(JsonObject Item, int Index)> Items(JsonObject metadata, string key) => metadata[key] switch
    {
        null => [],
        JsonArray list => list.Select((item, i) => (item as JsonObject ?? throw new RestInputException($"'metadata.{key}[{i}]' must be a mapping.", field: $"metadata.{key}[{i}]"), i)),
        _ => throw new RestInputException($"'metadata.{key}' must be a list.", field: $"metadata.{key}")
    };

    private static string? Text(JsonObject json, string key) => json[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new RestInputException($"'{key}' must be a text value.", field: key)
    };
}

/// <summary>A manifest's reference to an application or team: by id, by external id (field and value), or by name.</summary>
public sealed record FactSheetReference(Guid? FactSheetId, string? ExternalIdField, string? ExternalId, string? Name, string Where)
{
    public static FactSheetReference Parse(JsonObject json, string where)
    {
        if (json["factSheetId"] is JsonValue id)
            return Guid.TryParse(id.GetValue<string>(), out var parsed)
                ? new FactSheetReference(parsed, null, null, null, where)
                : throw new RestInputException($"'{where}.factSheetId' is not a fact sheet id.", id.ToJsonString(), $"{where}.factSheetId");
        if (json["externalId"] is JsonObject ext && ext["id"] is JsonValue field && ext["value"] is JsonValue value)
            return new FactSheetReference(null, field.GetValue<string>(), value.GetValue<string>(), null, where);
        if (json["name"] is JsonValue name) return new FactSheetReference(null, null, null, name.GetValue<string>(), where);
        throw new RestInputException($"'{where}' needs factSheetId, externalId {{id, value}} or name.", field: where);
    }

    public override string ToString() =>
        FactSheetId is { } id ? $"id {id}" : ExternalId is not null ? $"{ExternalIdField} '{ExternalId}'" : $"name '{Name}'";
}
