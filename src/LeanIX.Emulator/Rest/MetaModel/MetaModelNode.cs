using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.MetaModel;

/// <summary>
/// The node an action addresses (D59): the slash path <c>Type[/section[/subsection[/field[/value]]]]</c>, a relation
/// subsection as <c>Type/section/subsection/rel:relationName</c>, or a StructuredNode object. Answers echo it as a
/// StructuredNode whose <c>inputNode</c> is the path.
/// </summary>
internal sealed record MetaModelNode(IReadOnlyList<string> Segments)
{
    public const string RelationPrefix = "rel:";

    public string Path => string.Join('/', Segments);

    public int Depth => Segments.Count;

    public string FactSheetType => Segments[0];

    public string? At(int index) => index < Segments.Count ? Segments[index] : null;

    /// <summary>The relation a <c>rel:</c> node names, else null.</summary>
    public string? RelationName => Depth == 4 && Segments[3].StartsWith(RelationPrefix, StringComparison.Ordinal) ? Segments[3][RelationPrefix.Length..] : null;

    public MetaModelNode Child(string key) => new([.. Segments, key]);

    public bool StartsWith(IReadOnlyList<string> prefix) =>
        prefix.Count <= Segments.Count && prefix.Select((p, i) => p == Segments[i]).All(same => same);

    /// <summary>Reads a node; a malformed one is an invalid action (D62), not a refused request.</summary>
    public static MetaModelNode Parse(JsonNode? node)
    {
        var segments = node switch
        {
            JsonValue v when v.TryGetValue<string>(out var path) => path.Split('/').ToList(),
            JsonObject o when o["inputNode"] is JsonValue input && input.TryGetValue<string>(out var path) => path.Split('/').ToList(),
            JsonObject o => FromStructured(o),
            _ => throw new MetaModelActionException("The action has no node; send the path 'Type/section/subsection/field' (D59).")
        };
        if (segments.Count is 0 or > 5 || segments.Any(s => s.Trim().Length == 0))
            throw new MetaModelActionException($"The node '{string.Join('/', segments)}' is not a path 'Type[/section[/subsection[/field[/value]]]]' (D59).");
        return new MetaModelNode(segments);
    }

    private static List<string> FromStructured(JsonObject node)
    {
        var segments = new List<string>();
        foreach (var member in new[] { "factSheetType", "section", "subsection", "field", "fieldValue" })
        {
            var value = node[member] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (value is null && member == "field" && node["relationName"] is JsonValue r && r.TryGetValue<string>(out var relation))
                value = RelationPrefix + relation;
            if (value is null) break;
            segments.Add(value);
        }
        return segments;
    }

    /// <summary>The StructuredNode of admin.md §7.</summary>
    public JsonObject ToStructured()
    {
        var nodeType = Depth switch
        {
            1 => "FACT_SHEET_TYPE_NODE",
            2 => "SECTION_NODE",
            3 => "SUBSECTION_NODE",
            4 when RelationName is not null => "RELATION_NODE",
            4 => "FIELD_NODE",
            _ => "FIELD_VALUE_NODE"
        };
        var structured = new JsonObject { ["inputNode"] = Path, ["nodeType"] = nodeType, ["factSheetType"] = FactSheetType };
        if (At(1) is { } section) structured["section"] = section;
        if (At(2) is { } subsection) structured["subsection"] = subsection;
        if (RelationName is { } relation) structured["relationName"] = relation;
        else if (At(3) is { } field) structured["field"] = field;
        if (At(4) is { } value) structured["fieldValue"] = value;
        return structured;
    }
}

/// <summary>Why one action of a batch is INVALID (D62): the batch stops and applies nothing.</summary>
internal sealed class MetaModelActionException(string message) : Exception(message);
