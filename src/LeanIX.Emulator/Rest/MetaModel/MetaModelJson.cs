using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Rest.Models;

namespace LeanIX.Emulator.Rest.MetaModel;

/// <summary>
/// The wire shapes of admin.md §7: the MetaModel (data model fields merged with the layout's sections, subsections,
/// view properties and translations – every seed language, stored or generated) and the ActionBatch.
/// </summary>
internal static class MetaModelJson
{
    private static readonly string[] LayoutOnly = ["key", "translations", "sections"];

    public static JsonObject MetaModel(Guid workspaceId, DataModel model, IEnumerable<FactSheetTypeDefinition> types) => new()
    {
        ["modelInfo"] = new JsonObject { ["workspaceId"] = workspaceId.ToString(), ["revision"] = model.Layout.Revision },
        ["factSheetTypes"] = new JsonArray(types.Select(t => (JsonNode)Type(model, t)).ToArray())
    };

    private static JsonObject Type(DataModel model, FactSheetTypeDefinition type)
    {
        var layout = model.Layout.Type(type.Key);
        var config = new JsonObject();
        foreach (var (member, value) in layout ?? [])
            if (!LayoutOnly.Contains(member)) config[member] = value?.DeepClone();
        var translations = new JsonObject();
        foreach (var language in Languages())
        {
            var t = LayoutTranslations.Translation(layout?["translations"], language.Id, LayoutTranslations.TypeLabel(model.Layout, type.Key, language));
            t["number"] ??= new JsonObject
            {
                ["singular"] = LayoutTranslations.TypeLabel(model.Layout, type.Key, language),
                ["plural"] = LayoutTranslations.TypePlural(model.Layout, type.Key, language)
            };
            translations[language.Id] = t;
        }
        return new JsonObject
        {
            ["key"] = type.Key,
            ["factSheetTypeConfig"] = config,
            ["translations"] = translations,
            ["sections"] = new JsonArray((layout?["sections"] as JsonArray ?? []).OfType<JsonObject>().Select(s => (JsonNode)Section(model, type, s)).ToArray())
        };
    }

    private static JsonObject Section(DataModel model, FactSheetTypeDefinition type, JsonObject section) => new()
    {
        ["key"] = section["key"]!.DeepClone(),
        ["weight"] = section["weight"]?.DeepClone(),
        ["visible"] = section["visible"]?.DeepClone() ?? true,
        ["translations"] = KeyTranslations(section),
        ["subsections"] = new JsonArray((section["subsections"] as JsonArray ?? []).OfType<JsonObject>().Select(s => (JsonNode)Subsection(model, type, s)).ToArray())
    };

    private static JsonObject Subsection(DataModel model, FactSheetTypeDefinition type, JsonObject subsection)
    {
        var result = new JsonObject
        {
            ["key"] = subsection["key"]!.DeepClone(),
            ["weight"] = subsection["weight"]?.DeepClone(),
            ["visible"] = subsection["visible"]?.DeepClone() ?? true,
            ["type"] = subsection["type"]?.DeepClone() ?? "FIELD",
            ["translations"] = KeyTranslations(subsection),
            ["fields"] = new JsonArray((subsection["fields"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(f => type.Field(f["key"]!.GetValue<string>()) is not null)
                .Select(f => (JsonNode)Field(model, type, type.Field(f["key"]!.GetValue<string>())!, f)).ToArray())
        };
        if (subsection["name"] is { } relation) result["name"] = relation.DeepClone();
        foreach (var member in new[] { "renderType", "metadata", "bgColor" })
            if (subsection[member] is { } value) result[member] = value.DeepClone();
        return result;
    }

    /// <summary>A placed field: data model members, view properties (size, weight, readOnly, renderType, metadata …) and translations.</summary>
    private static JsonObject Field(DataModel model, FactSheetTypeDefinition type, FieldDefinition field, JsonObject placed)
    {
        var declared = model.Envelope["data"]?["factSheets"]?[type.Key]?["fields"]?[field.Key];
        var data = new JsonObject
        {
            ["key"] = field.Key,
            ["type"] = field.Type,
            ["visible"] = true,
            ["mandatory"] = field.Mandatory
        };
        foreach (var flag in new[] { "quickSearch", "fullTextSearch", "inFacet", "inView" })
            data[flag] = declared?[flag]?.DeepClone() ?? false;
        foreach (var (member, value) in placed["view"] as JsonObject ?? []) data[member] = value?.DeepClone();
        data["translations"] = FieldTranslations(field, placed);
        data["values"] = new JsonArray(field.Values.Select(v => (JsonNode)new JsonObject
        {
            ["key"] = v,
            ["translations"] = ValueTranslations(placed, v)
        }).ToArray());
        return data;
    }

    public static JsonObject FieldTranslations(FieldDefinition field, JsonObject? placed)
    {
        var translations = new JsonObject();
        foreach (var language in Languages())
            translations[language.Id] = LayoutTranslations.Translation(placed?["translations"], language.Id, LayoutTranslations.FieldLabel(placed, field.Key, language));
        return translations;
    }

    private static JsonObject ValueTranslations(JsonObject placed, string value)
    {
        var translations = new JsonObject();
        foreach (var language in Languages())
            translations[language.Id] = LayoutTranslations.Translation(placed["valueTranslations"]?[value], language.Id, LayoutTranslations.ValueLabel(placed, value, language));
        return translations;
    }

    private static JsonObject KeyTranslations(JsonObject item)
    {
        var translations = new JsonObject();
        foreach (var language in Languages())
            translations[language.Id] = LayoutTranslations.Translation(item["translations"], language.Id, Labels.Humanize(item["key"]!.GetValue<string>()));
        return translations;
    }

    private static IEnumerable<LanguageCatalog> Languages() => LanguageCatalog.SeedLanguages.Select(id => LanguageCatalog.Find(id)!);

    public static JsonObject Batch(MetaModelActionBatch batch) => new()
    {
        ["id"] = batch.Id.ToString(),
        ["actorId"] = batch.ActorId.ToString(),
        ["status"] = batch.Status,
        ["errors"] = batch.Errors,
        ["createdAt"] = batch.CreatedAt.ToUnixTimeMilliseconds(),
        ["updatedAt"] = batch.UpdatedAt.ToUnixTimeMilliseconds(),
        ["actions"] = JsonNode.Parse(batch.ActionsJson)
    };
}
