using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Rest.Models;

/// <summary>
/// Builds the <c>data</c> of <c>GET /models/languages/{id}</c> from the data model (datamodel.md §1
/// lists the endpoint; no source shows its body, so this shape is the emulator's choice):
/// <code>
/// {"language":"en",
///  "factSheets":{"Application":{"__name":"Application","__plural":"Applications",
///                               "businessCriticality":"Business Criticality",
///                               "businessCriticality.missionCritical":"Mission Critical", …}, …},
///  "relations":{"relApplicationToITComponent":{"__name":"IT Components",
///                                              "costTotalAnnual":"Cost Total Annual", …}, …}}
/// </code>
/// Type entries hold <c>__name</c>/<c>__plural</c>, one label per field and one per select value
/// (<c>field.value</c>). Relations are keyed by their directional key (what clients patch and
/// query); a generic key such as <c>relToParent</c> appears once, since its label is the same on
/// every type. A relation's label is the far type's name, plural when the near end is MULTI.
/// </summary>
public static class LanguageModelBuilder
{
    public static JsonObject Build(DataModel model, LanguageCatalog language)
    {
        var factSheets = new JsonObject();
        foreach (var type in model.Types.Values)
        {
            var entry = new JsonObject
            {
                ["__name"] = LayoutTranslations.TypeLabel(model.Layout, type.Key, language),
                ["__plural"] = LayoutTranslations.TypePlural(model.Layout, type.Key, language)
            };
            AddFields(entry, type.Fields.Values, language, f => LayoutTranslations.PlacedField(model.Layout, type.Key, f));
            factSheets[type.Key] = entry;
        }

        var relations = new JsonObject();
        foreach (var type in model.Types.Values)
        {
            foreach (var relation in type.Relations.Values)
            {
                if (relations.ContainsKey(relation.Key)) continue;
                var entry = new JsonObject { ["__name"] = RelationLabel(relation, language) };
                AddFields(entry, relation.Definition.Fields.Values, language, _ => null);
                relations[relation.Key] = entry;
            }
        }

        return new JsonObject { ["language"] = language.Id, ["factSheets"] = factSheets, ["relations"] = relations };
    }

    /// <summary>
    /// "IT Components" for <c>relApplicationToITComponent</c>; a descriptor in front of the far
    /// type (<c>relUsedByApplicationToUsingApplication</c>) is kept in brackets: "Applications (Using)".
    /// </summary>
    public static string RelationLabel(DirectionalRelation relation, LanguageCatalog language)
    {
        if (language.FixedRelation(relation.Key) is { } fixedLabel) return fixedLabel;
        var farType = relation.Far.FactSheetType;
        var label = relation.Near.IsSingle ? language.TypeName(farType) : language.TypePlural(farType);
        if (!relation.Key.EndsWith(farType, StringComparison.Ordinal)) return label;
        var prefix = relation.Key[..^farType.Length];
        var to = prefix.LastIndexOf("To", StringComparison.Ordinal);
        var descriptor = to >= 0 ? prefix[(to + 2)..] : "";
        return descriptor.Length > 0 ? $"{label} ({Labels.Humanize(descriptor)})" : label;
    }

    /// <summary>Field and value labels; <paramref name="placed"/> finds a field's layout, whose translations win (admin.md §7).</summary>
    private static void AddFields(JsonObject entry, IEnumerable<FieldDefinition> fields, LanguageCatalog language, Func<string, JsonObject?> placed)
    {
        foreach (var field in fields)
        {
            var layout = placed(field.Key);
            entry[field.Key] = LayoutTranslations.FieldLabel(layout, field.Key, language);
            foreach (var value in field.Values)
                entry[$"{field.Key}.{value}"] = LayoutTranslations.ValueLabel(layout, value, language);
        }
    }
}
