using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// The workspace's data model as <c>GET /models/dataModel</c> returns it: types, fields with select
/// values, and relations with both directional keys (D23: the map is keyed by an internal name and the
/// directional keys are <c>from.name</c>/<c>to.name</c>).
/// </summary>
public sealed class LeanIXDataModel
{
    private LeanIXDataModel(IReadOnlyDictionary<string, FactSheetTypeModel> types) => Types = types;

    /// <summary>Fact sheet types by key, in the model's order.</summary>
    public IReadOnlyDictionary<string, FactSheetTypeModel> Types { get; }

    /// <summary>A type by key (case-insensitive); an unknown type raises an error that lists the known ones.</summary>
    public FactSheetTypeModel Type(string key)
    {
        if (Types.TryGetValue(key, out var t)) return t;
        var match = Types.Values.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new LeanIXUnknownTypeException(key, Types.Keys);
    }

    /// <summary>Reads the envelope (or its <c>data</c>).</summary>
    public static LeanIXDataModel Parse(JsonNode envelope)
    {
        var data = envelope["data"] ?? envelope;
        var factSheets = data["factSheets"] as JsonObject ?? throw new FormatException("The data model has no 'factSheets' object.");
        var relations = (data["relations"] as JsonObject ?? []).Select(kv => kv.Value).OfType<JsonObject>().ToList();
        var types = new Dictionary<string, FactSheetTypeModel>(StringComparer.Ordinal);
        foreach (var (typeKey, node) in factSheets)
        {
            var fields = Fields(node?["fields"] as JsonObject);
            var directional = new Dictionary<string, RelationModel>(StringComparer.Ordinal);
            foreach (var rel in relations)
            {
                var from = rel["from"]!;
                var to = rel["to"]!;
                var relFields = Fields(rel["fields"] as JsonObject);
                if (from["factSheetType"]?.GetValue<string>() == typeKey)
                    Add(directional, typeKey, from, to, true, relFields);
                if (to["factSheetType"]?.GetValue<string>() == typeKey)
                    Add(directional, typeKey, to, from, false, relFields);
            }
            types[typeKey] = new FactSheetTypeModel(typeKey, fields, directional);
        }
        return new LeanIXDataModel(types);
    }

    private static void Add(Dictionary<string, RelationModel> target, string type, JsonNode near, JsonNode far, bool isFrom,
        IReadOnlyDictionary<string, FieldModel> fields)
    {
        var key = near["name"]!.GetValue<string>();
        target.TryAdd(key, new RelationModel(key, type, far["factSheetType"]!.GetValue<string>(), far["name"]!.GetValue<string>(),
            near["multiplicity"]?.GetValue<string>() ?? "MULTI", isFrom, fields));
    }

    private static Dictionary<string, FieldModel> Fields(JsonObject? fields)
    {
        var result = new Dictionary<string, FieldModel>(StringComparer.Ordinal);
        foreach (var (key, node) in fields ?? [])
        {
            result[key] = new FieldModel(key, node?["type"]?.GetValue<string>() ?? "STRING",
                (node?["values"] as JsonArray)?.Select(v => v!.GetValue<string>()).ToList() ?? [],
                node?["mandatory"]?.GetValue<bool>() ?? false);
        }
        return result;
    }
}
