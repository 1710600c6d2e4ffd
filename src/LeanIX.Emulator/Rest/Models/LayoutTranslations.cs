using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Rest.Models;

/// <summary>
/// Labels the meta model's layout holds (UPDATE_TRANSLATION, admin.md §7), falling back to the language catalog's
/// generated ones, so the language model, the meta model and the view model agree on every label.
/// </summary>
public static class LayoutTranslations
{
    /// <summary>Where the layout places a field of a type (the field's layout node), or null for an unused field.</summary>
    public static JsonObject? PlacedField(MetaLayout layout, string type, string field) =>
        Subsections(layout, type).SelectMany(s => (s["fields"] as JsonArray ?? []).OfType<JsonObject>())
            .FirstOrDefault(f => f["key"]?.GetValue<string>() == field);

    /// <summary>The subsections of a type's layout, in order.</summary>
    public static IEnumerable<JsonObject> Subsections(MetaLayout layout, string type) =>
        (layout.Type(type)?["sections"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(s => (s["subsections"] as JsonArray ?? []).OfType<JsonObject>());

    public static string TypeLabel(MetaLayout layout, string type, LanguageCatalog language) =>
        Label(layout.Type(type)?["translations"], language.Id) ?? Text(layout.Type(type)?["translations"]?[language.Id]?["number"]?["singular"])
        ?? language.TypeName(type);

    public static string TypePlural(MetaLayout layout, string type, LanguageCatalog language) =>
        Text(layout.Type(type)?["translations"]?[language.Id]?["number"]?["plural"]) ?? language.TypePlural(type);

    public static string FieldLabel(JsonObject? placed, string field, LanguageCatalog language) =>
        Label(placed?["translations"], language.Id) ?? language.Field(field);

    public static string ValueLabel(JsonObject? placed, string value, LanguageCatalog language) =>
        Label(placed?["valueTranslations"]?[value], language.Id) ?? language.Value(value);

    /// <summary>The stored translation of a node in a language, or one holding the catalog's label.</summary>
    public static JsonObject Translation(JsonNode? translations, string language, string fallbackLabel) =>
        translations?[language] is JsonObject stored ? (JsonObject)stored.DeepClone() : new JsonObject { ["label"] = fallbackLabel };

    private static string? Label(JsonNode? translations, string language) => Text(translations?[language]?["label"]);

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
