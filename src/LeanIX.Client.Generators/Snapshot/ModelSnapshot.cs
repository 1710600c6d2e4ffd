using System.Collections.Generic;
using System.Linq;
using LeanIX.Client.Generators.Json;

namespace LeanIX.Client.Generators.Snapshot;

/// <summary>A field of a type or relation in the snapshot.</summary>
internal sealed record FieldSpec(string Key, string Type, IReadOnlyList<string> Values, string? Label, string? Help, IReadOnlyList<string?> ValueLabels);

/// <summary>A relation as seen from one type (D23: the directional key is <c>from.name</c> or <c>to.name</c>).</summary>
internal sealed record RelationSpec(string Key, string TargetType, string InverseKey, bool IsSingle, bool IsFromSide, IReadOnlyList<FieldSpec> Fields, string? Label);

/// <summary>A fact sheet type with its fields and directional relations.</summary>
internal sealed record TypeSpec(string Key, string? Label, string? PluralLabel, IReadOnlyList<FieldSpec> Fields, IReadOnlyList<RelationSpec> Relations);

/// <summary>
/// The data model snapshot written by <c>leanix datamodel pull</c>:
/// <c>{"dataModel": data, "viewModel": data, "languages": {"en": data}}</c>. Only the data model
/// is required; labels come from <c>languages.en</c> when present.
/// </summary>
internal sealed class ModelSnapshot
{
    private ModelSnapshot(IReadOnlyList<TypeSpec> types) => Types = types;

    public IReadOnlyList<TypeSpec> Types { get; }

    /// <summary>Reads the snapshot; a wrong shape raises <see cref="JsonFormatException"/> naming the path that is wrong.</summary>
    public static ModelSnapshot Parse(string text)
    {
        var root = JsonReader.Parse(text) as JsonObject ?? throw Shape("the snapshot must be a JSON object with a \"dataModel\" member");
        var dataModel = root["dataModel"] as JsonObject ?? throw Shape("the snapshot has no \"dataModel\" object (expected {\"dataModel\": …, \"viewModel\": …, \"languages\": {\"en\": …}})");
        // Accept a raw REST envelope too: {"status":…, "data": {...}}.
        if (dataModel["data"] is JsonObject inner) dataModel = inner;
        var factSheets = dataModel["factSheets"] as JsonObject ?? throw Shape("\"dataModel.factSheets\" is missing or not an object");
        var relations = dataModel["relations"] as JsonObject ?? new JsonObject();
        var labels = ((root["languages"] as JsonObject)?["en"] as JsonObject) is { } en ? (en["data"] as JsonObject ?? en) : null;
        var typeLabels = labels?["factSheets"] as JsonObject;
        var relationLabels = labels?["relations"] as JsonObject;

        var types = new List<TypeSpec>();
        foreach (var typeKey in factSheets.Keys)
        {
            if (typeKey.Length == 0) throw Shape("\"dataModel.factSheets\" has a type with an empty key");
            var typeNode = factSheets[typeKey] as JsonObject ?? throw Shape($"\"dataModel.factSheets.{typeKey}\" is not an object");
            var typeLabel = typeLabels?[typeKey] as JsonObject;
            var fields = Fields(typeNode["fields"], $"dataModel.factSheets.{typeKey}.fields", typeLabel);
            var directional = new List<RelationSpec>();
            foreach (var relationName in relations.Keys)
            {
                var rel = relations[relationName] as JsonObject ?? throw Shape($"\"dataModel.relations.{relationName}\" is not an object");
                var from = rel["from"] as JsonObject ?? throw Shape($"\"dataModel.relations.{relationName}.from\" is missing");
                var to = rel["to"] as JsonObject ?? throw Shape($"\"dataModel.relations.{relationName}.to\" is missing");
                var path = $"dataModel.relations.{relationName}";
                if (Str(from, "factSheetType", path + ".from") == typeKey)
                    Add(directional, from, to, true, rel, path, relationLabels);
                if (Str(to, "factSheetType", path + ".to") == typeKey)
                    Add(directional, to, from, false, rel, path, relationLabels);
            }
            types.Add(new TypeSpec(typeKey, Text(typeLabel?["__name"]), Text(typeLabel?["__plural"]), fields, directional));
        }
        return new ModelSnapshot(types);
    }

    private static void Add(List<RelationSpec> target, JsonObject near, JsonObject far, bool isFrom, JsonObject rel, string path, JsonObject? labels)
    {
        var key = Str(near, "name", path + (isFrom ? ".from" : ".to"));
        // A self relation (relToParent/relToChild) is seen from both ends of the same type; each key once.
        if (target.Any(r => r.Key == key)) return;
        var relLabel = labels?[key] as JsonObject;
        target.Add(new RelationSpec(key, Str(far, "factSheetType", path), Str(far, "name", path),
            Text(near["multiplicity"]) is "SINGLE" or "1",
            isFrom, Fields(rel["fields"], path + ".fields", relLabel), Text(relLabel?["__name"])));
    }

    private static IReadOnlyList<FieldSpec> Fields(object? node, string path, JsonObject? labels)
    {
        if (node is null) return new FieldSpec[0];
        var fields = node as JsonObject ?? throw Shape($"\"{path}\" is not an object");
        var result = new List<FieldSpec>();
        foreach (var key in fields.Keys)
        {
            var field = fields[key] as JsonObject ?? throw Shape($"\"{path}.{key}\" is not an object");
            var type = Text(field["type"]) ?? throw Shape($"\"{path}.{key}.type\" is missing");
            var values = field["values"] switch
            {
                null => new List<string>(),
                List<object?> list => list.Select(v => v as string ?? throw Shape($"\"{path}.{key}.values\" holds a value that is not a string")).ToList(),
                _ => throw Shape($"\"{path}.{key}.values\" is not an array")
            };
            result.Add(new FieldSpec(key, type, values, Text(labels?[key]), Text(labels?[key + ".__help"]) ?? Text(labels?[key + ".helpText"]),
                values.Select(v => Text(labels?[key + "." + v])).ToList()));
        }
        return result;
    }

    private static string Str(JsonObject node, string member, string path) =>
        node[member] as string is { Length: > 0 } s ? s : throw Shape($"\"{path}.{member}\" is missing or not a string");

    private static string? Text(object? node) => node as string;

    private static JsonFormatException Shape(string message) => new("unexpected snapshot shape: " + message);
}
