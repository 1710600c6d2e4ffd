using System.Text.Json;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>
/// The workspace's data model as <c>GET /models/dataModel</c> returns it: types, fields with select
/// values, and relations with both directional keys (D23: the map is keyed by an internal name and the
/// directional keys are <c>from.name</c>/<c>to.name</c>).
/// </summary>
public sealed class LeanIXDataModel
{
    private LeanIXDataModel(IReadOnlyDictionary<string, FactSheetTypeModel> types)
    {
        Types = types;
        foreach (var type in types.Values) type.Model = this;
    }

    /// <summary>Fact sheet types by key, in the model's order.</summary>
    public IReadOnlyDictionary<string, FactSheetTypeModel> Types { get; }

    /// <summary>A type by key (case-insensitive); an unknown type raises an error that lists the known ones.</summary>
    public FactSheetTypeModel Type(string key)
    {
        if (Types.TryGetValue(key, out var t)) return t;
        var match = Types.Values.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new LeanIXUnknownTypeException(key, Types.Keys);
    }

    /// <summary>Reads the model from <c>GET /models/dataModel</c>'s JSON (the envelope or its <c>data</c>).</summary>
    /// <exception cref="FormatException">The JSON is not a LeanIX data model.</exception>
    public static LeanIXDataModel Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var data = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : root;
            return From(data.Deserialize(LeanIXJsonContext.Default.DataModelWire) ?? throw new FormatException("The data model is empty."));
        }
        catch (JsonException e)
        {
            throw new FormatException($"The data model is not valid JSON: {e.Message}", e);
        }
    }

    internal static LeanIXDataModel From(DataModelWire model)
    {
        var factSheets = model.FactSheets ?? throw new FormatException("The data model has no 'factSheets' object.");
        var relations = (model.Relations ?? []).Values.OfType<RelationWire>().ToList();
        var types = new Dictionary<string, FactSheetTypeModel>(StringComparer.Ordinal);
        foreach (var (typeKey, type) in factSheets)
        {
            var directional = new Dictionary<string, RelationModel>(StringComparer.Ordinal);
            foreach (var relation in relations)
            {
                var (from, to) = (Required(relation.From, "from"), Required(relation.To, "to"));
                var fields = Fields(relation.Fields);
                if (from.FactSheetType == typeKey) Add(directional, typeKey, from, to, true, fields);
                if (to.FactSheetType == typeKey) Add(directional, typeKey, to, from, false, fields);
            }
            types[typeKey] = new FactSheetTypeModel(typeKey, Fields(type?.Fields), directional);
        }
        return new LeanIXDataModel(types);
    }

    private static RelationEndWire Required(RelationEndWire? end, string name) =>
        end is { FactSheetType: not null, Name: not null } ? end : throw new FormatException($"A relation of the data model has no complete '{name}' end.");

    private static void Add(Dictionary<string, RelationModel> target, string type, RelationEndWire near, RelationEndWire far, bool isFrom,
        IReadOnlyDictionary<string, FieldModel> fields) =>
        target.TryAdd(near.Name!, new RelationModel(near.Name!, type, far.FactSheetType!, far.Name!, near.Multiplicity ?? "MULTI", isFrom, fields));

    private static Dictionary<string, FieldModel> Fields(Dictionary<string, FieldWire?>? fields)
    {
        var result = new Dictionary<string, FieldModel>(StringComparer.Ordinal);
        foreach (var (key, field) in fields ?? [])
            result[key] = new FieldModel(key, field?.Type ?? "STRING", field?.Values ?? [], field?.Mandatory ?? false);
        return result;
    }
}
