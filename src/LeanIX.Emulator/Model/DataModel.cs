using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Model;

/// <summary>
/// A workspace's data model, parsed from the <c>GET /models/dataModel</c> envelope (datamodel.md §2).
/// The envelope is kept verbatim so that the REST endpoint serves exactly what was loaded (D24).
/// </summary>
public sealed class DataModel
{
    private DataModel(JsonObject envelope, IReadOnlyDictionary<string, FactSheetTypeDefinition> types,
        IReadOnlyDictionary<string, RelationDefinition> relations)
    {
        Envelope = envelope;
        Types = types;
        Relations = relations;
    }

    /// <summary>The full <c>{status,type,…,data}</c> envelope as loaded.</summary>
    public JsonObject Envelope { get; }

    /// <summary>Fact sheet types by key, in the model's order.</summary>
    public IReadOnlyDictionary<string, FactSheetTypeDefinition> Types { get; }

    /// <summary>Relations by internal name (D23).</summary>
    public IReadOnlyDictionary<string, RelationDefinition> Relations { get; }

    public FactSheetTypeDefinition? Type(string key) => Types.TryGetValue(key, out var t) ? t : null;

    private MetaLayout? _derivedLayout;

    /// <summary>The layout a meta model batch stored (persisted next to the model), or null while the layout is derived.</summary>
    public MetaLayout? StoredLayout { get; private init; }

    /// <summary>The meta model's sections, subsections and translations (admin.md §7): stored, else derived from the fields.</summary>
    public MetaLayout Layout => StoredLayout ?? (_derivedLayout ??= MetaLayout.Derive(this));

    /// <summary>A new model instance (this one is left as it is) with <paramref name="layout"/> as its stored layout.</summary>
    public DataModel WithLayout(MetaLayout? layout) => new(Envelope, Types, Relations) { StoredLayout = layout };

    /// <summary>True for a v3 model (UserGroup/Process/Project), datamodel.md §4.</summary>
    public bool IsV3 => Types.ContainsKey("UserGroup");

    /// <summary>The names of the built-in models: <c>v3</c> and <c>v4</c>.</summary>
    public static DataModel LoadBuiltIn(string version)
    {
        var resource = version.ToLowerInvariant() switch
        {
            "v3" => "LeanIX.Emulator.Fixtures.datamodel-v3.json",
            "v4" => "LeanIX.Emulator.Fixtures.datamodel-v4.json",
            _ => throw new DataModelException($"Unknown built-in data model '{version}'. Use 'v3' or 'v4' or a path to a JSON file.")
        };
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded data model {resource} is missing.");
        return Parse(JsonNode.Parse(stream));
    }

    /// <summary>Loads a built-in model by name (<c>v3</c>, <c>v4</c>) or a JSON file by path.</summary>
    public static DataModel Load(string versionOrPath)
    {
        if (versionOrPath is "v3" or "v4" or "V3" or "V4") return LoadBuiltIn(versionOrPath);
        if (!File.Exists(versionOrPath))
            throw new DataModelException($"Data model file '{versionOrPath}' does not exist.");
        try
        {
            return Parse(JsonNode.Parse(File.ReadAllText(versionOrPath)));
        }
        catch (JsonException e)
        {
            throw new DataModelException($"Data model file '{versionOrPath}' is not valid JSON: {e.Message}");
        }
    }

    public static DataModel Parse(string json) => Parse(JsonNode.Parse(json));

    /// <summary>Accepts the envelope or a bare <c>data</c> object.</summary>
    public static DataModel Parse(JsonNode? node)
    {
        if (node is not JsonObject root)
            throw new DataModelException("A data model must be a JSON object.");
        JsonObject envelope;
        if (root["data"] is JsonObject)
        {
            envelope = root;
        }
        else if (root["factSheets"] is JsonObject)
        {
            envelope = new JsonObject
            {
                ["status"] = "OK", ["type"] = "DataModel", ["message"] = null,
                ["errors"] = new JsonArray(), ["total"] = 0, ["data"] = root
            };
        }
        else
        {
            throw new DataModelException("A data model needs a 'factSheets' object (or a 'data' envelope holding one).");
        }

        var data = (JsonObject)envelope["data"]!;
        var relations = ParseRelations(data["relations"] as JsonObject);
        var factSheets = data["factSheets"] as JsonObject
            ?? throw new DataModelException("The data model has no 'factSheets' object.");
        var types = new Dictionary<string, FactSheetTypeDefinition>(StringComparer.Ordinal);
        foreach (var (typeKey, typeNode) in factSheets)
        {
            if (typeNode is not JsonObject typeObj)
                throw new DataModelException($"Fact sheet type '{typeKey}' must be an object.");
            var fields = ParseFields(typeObj["fields"] as JsonObject, $"type '{typeKey}'");
            var directional = new Dictionary<string, DirectionalRelation>(StringComparer.Ordinal);
            foreach (var relKeyNode in typeObj["relations"] as JsonArray ?? [])
            {
                var relKey = relKeyNode?.GetValue<string>();
                if (relKey is null) continue;
                var match = ResolveDirectional(relations.Values, typeKey, relKey);
                if (match is not null) directional[relKey] = match;
            }
            // A relation whose end names this type is usable from it even when the type's list omits the key.
            foreach (var def in relations.Values)
            {
                if (def.From.FactSheetType == typeKey && !directional.ContainsKey(def.From.Name))
                    directional[def.From.Name] = new DirectionalRelation(def.From.Name, def, true);
                if (def.To.FactSheetType == typeKey && !directional.ContainsKey(def.To.Name))
                    directional[def.To.Name] = new DirectionalRelation(def.To.Name, def, false);
            }
            types[typeKey] = new FactSheetTypeDefinition(typeKey, fields, directional);
        }
        return new DataModel(envelope, types, relations);
    }

    // D23: a directional key is found by scanning from.name / to.name; generic keys also match the type.
    private static DirectionalRelation? ResolveDirectional(IEnumerable<RelationDefinition> relations, string typeKey, string relKey)
    {
        foreach (var def in relations)
        {
            if (def.From.Name == relKey && def.From.FactSheetType == typeKey) return new DirectionalRelation(relKey, def, true);
            if (def.To.Name == relKey && def.To.FactSheetType == typeKey) return new DirectionalRelation(relKey, def, false);
        }
        return null;
    }

    private static Dictionary<string, RelationDefinition> ParseRelations(JsonObject? relations)
    {
        var result = new Dictionary<string, RelationDefinition>(StringComparer.Ordinal);
        if (relations is null) return result;
        foreach (var (name, node) in relations)
        {
            if (node is not JsonObject rel)
                throw new DataModelException($"Relation '{name}' must be an object.");
            result[name] = new RelationDefinition(
                name,
                ParseEnd(rel["from"], name, "from"),
                ParseEnd(rel["to"], name, "to"),
                ParseFields(rel["fields"] as JsonObject, $"relation '{name}'"));
        }
        return result;
    }

    private static RelationEnd ParseEnd(JsonNode? node, string relation, string side)
    {
        if (node is not JsonObject end)
            throw new DataModelException($"Relation '{relation}' has no '{side}' object.");
        var type = end["factSheetType"]?.GetValue<string>()
            ?? throw new DataModelException($"Relation '{relation}'.{side} has no factSheetType.");
        var name = end["name"]?.GetValue<string>()
            ?? throw new DataModelException($"Relation '{relation}'.{side} has no name.");
        var multiplicity = end["multiplicity"]?.GetValue<string>() ?? "MULTI";
        var mandatory = end["mandatory"]?.GetValue<bool>() ?? false;
        return new RelationEnd(type, name, multiplicity, mandatory);
    }

    private static Dictionary<string, FieldDefinition> ParseFields(JsonObject? fields, string owner)
    {
        var result = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        if (fields is null) return result;
        foreach (var (key, node) in fields)
        {
            if (node is not JsonObject field)
                throw new DataModelException($"Field '{key}' of {owner} must be an object.");
            var type = field["type"]?.GetValue<string>()
                ?? throw new DataModelException($"Field '{key}' of {owner} has no type.");
            var values = (field["values"] as JsonArray)?.Select(v => v!.GetValue<string>()).ToList() ?? [];
            var mandatory = field["mandatory"]?.GetValue<bool>() ?? false;
            result[key] = new FieldDefinition(key, type, values, mandatory);
        }
        return result;
    }
}
