using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Model;

/// <summary>
/// The meta model's view configuration of a data model (admin.md §7): per fact sheet type its translations and
/// sections → subsections → placed fields, with their view properties and translations. A data model field that no
/// subsection places is <em>unused</em>. Stored as JSON:
/// <code>
/// {"revision":3,
///  "factSheetTypes":{"Application":{"translations":{"de":{"label":"Anwendung"}},
///    "sections":[{"key":"information","weight":1.0,"visible":true,"translations":{},
///      "subsections":[{"key":"baseInformation","type":"FIELD","weight":1.0,"visible":true,"translations":{},
///        "fields":[{"key":"costCenter","view":{"size":6,"readOnly":false},"translations":{"en":{"label":"Cost Center"}},
///                   "valueTranslations":{"low":{"en":{"label":"Low"}}}}]},
///       {"key":"relApplicationToITComponent","type":"RELATION","name":"relApplicationToITComponent", …}]}]}}}
/// </code>
/// Immutable: a change (an action batch) copies <see cref="CopyRoot"/>, edits the copy and builds a new layout, so a
/// reader holding this one (or a plan cached by its model instance) never sees it move.
/// </summary>
public sealed class MetaLayout
{
    private readonly JsonObject _root;

    public MetaLayout(JsonObject root)
    {
        _root = (JsonObject)root.DeepClone();
        Materialize(_root); // a parsed node fills itself in lazily on first read, which is not safe across threads
    }

    /// <summary>Grows by one with every applied action batch (D62, <c>modelInfo.revision</c>).</summary>
    public long Revision => _root["revision"] is JsonValue v && long.TryParse(v.ToJsonString(), out var r) ? r : 0;

    /// <summary>The layout of a type (read only), or null when the layout does not know the type.</summary>
    public JsonObject? Type(string key) => _root["factSheetTypes"]?[key] as JsonObject;

    /// <summary>A deep copy to build the next layout from.</summary>
    public JsonObject CopyRoot() => (JsonObject)_root.DeepClone();

    public string ToJson() => _root.ToJsonString();

    public static MetaLayout Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new DataModelException("A stored meta model layout must be a JSON object."));

    /// <summary>
    /// The layout a model has before any batch: the sections the view model always had (information, classification,
    /// metrics, relations), each field placed by its type, one RELATION subsection per relation.
    /// </summary>
    public static MetaLayout Derive(DataModel model)
    {
        var types = new JsonObject();
        foreach (var type in model.Types.Values)
        {
            var sections = new JsonArray();
            AddFieldSection(sections, "information", "baseInformation", type.Fields.Values.Where(f => DefaultSection(f) == "information"));
            AddFieldSection(sections, "classification", "classificationBase", type.Fields.Values.Where(f => DefaultSection(f) == "classification"));
            AddFieldSection(sections, "metrics", "metricsBase", type.Fields.Values.Where(f => DefaultSection(f) == "metrics"));
            if (type.Relations.Count > 0)
            {
                var subsections = new JsonArray(type.Relations.Keys.Select(r => (JsonNode)NewSubsection(r, "RELATION", r)).ToArray());
                sections.Add(NewSection("relations", subsections));
            }
            types[type.Key] = new JsonObject { ["translations"] = new JsonObject(), ["sections"] = sections };
        }
        return new MetaLayout(new JsonObject { ["revision"] = 0, ["factSheetTypes"] = types });
    }

    public static JsonObject NewSection(string key, JsonArray? subsections = null) => new()
    {
        ["key"] = key, ["weight"] = 1.0, ["visible"] = true, ["translations"] = new JsonObject(), ["subsections"] = subsections ?? []
    };

    public static JsonObject NewSubsection(string key, string type = "FIELD", string? relationName = null)
    {
        var subsection = new JsonObject
        {
            ["key"] = key, ["type"] = type, ["weight"] = 1.0, ["visible"] = true, ["translations"] = new JsonObject(), ["fields"] = new JsonArray()
        };
        if (relationName is not null) subsection["name"] = relationName;
        return subsection;
    }

    public static JsonObject NewField(string key) => new()
    {
        ["key"] = key, ["view"] = new JsonObject(), ["translations"] = new JsonObject(), ["valueTranslations"] = new JsonObject()
    };

    private static void AddFieldSection(JsonArray sections, string section, string subsection, IEnumerable<FieldDefinition> fields)
    {
        var placed = new JsonArray(fields.Select(f => (JsonNode)NewField(f.Key)).ToArray());
        if (placed.Count == 0) return;
        var sub = NewSubsection(subsection);
        sub["fields"] = placed;
        sections.Add(NewSection(section, [sub]));
    }

    private static string DefaultSection(FieldDefinition field) => field.Type switch
    {
        FieldType.SingleSelect or FieldType.MultipleSelect => "classification",
        FieldType.Integer or FieldType.Double => "metrics",
        _ => "information"
    };

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o) Materialize(child);
                break;
            case JsonArray a:
                foreach (var child in a) Materialize(child);
                break;
        }
    }
}
