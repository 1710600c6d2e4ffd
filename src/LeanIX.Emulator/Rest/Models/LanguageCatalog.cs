namespace LeanIX.Emulator.Rest.Models;

/// <summary>
/// The languages <c>GET /models/languages/{id}</c> knows. English labels are generated from the
/// keys; German reuses them and overrides the standard v3/v4 type names and a few common fields,
/// enough for a client to see that the language changes the labels. The meta model's translations
/// (admin.md §7) override both.
/// </summary>
public sealed class LanguageCatalog
{
    public static readonly LanguageCatalog English = new("en", new Dictionary<string, (string, string)>(), new Dictionary<string, string>(), new Dictionary<string, string>
    {
        // Generic relation keys have no type name to derive a label from.
        ["relToParent"] = "Parent",
        ["relToChild"] = "Children",
        ["relToSuccessor"] = "Successors",
        ["relToPredecessor"] = "Predecessors",
        ["relToRequires"] = "Requires",
        ["relToRequiredBy"] = "Required by",
        ["relProviderApplicationToInterface"] = "Provided Interfaces",
        ["relConsumerApplicationToInterface"] = "Consumed Interfaces",
        ["relInterfaceToProviderApplication"] = "Provider Applications",
        ["relInterfaceToConsumerApplication"] = "Consumer Applications"
    });

    public static readonly LanguageCatalog German = new("de", new Dictionary<string, (string, string)>
    {
        ["Application"] = ("Anwendung", "Anwendungen"),
        ["ITComponent"] = ("IT-Komponente", "IT-Komponenten"),
        ["BusinessCapability"] = ("Geschäftsfähigkeit", "Geschäftsfähigkeiten"),
        ["Organization"] = ("Organisation", "Organisationen"),
        ["UserGroup"] = ("Benutzergruppe", "Benutzergruppen"),
        ["Process"] = ("Prozess", "Prozesse"),
        ["Project"] = ("Projekt", "Projekte"),
        ["Initiative"] = ("Initiative", "Initiativen"),
        ["Interface"] = ("Schnittstelle", "Schnittstellen"),
        ["DataObject"] = ("Datenobjekt", "Datenobjekte"),
        ["Provider"] = ("Anbieter", "Anbieter"),
        ["TechnicalStack"] = ("Technologie-Stack", "Technologie-Stacks"),
        ["Objective"] = ("Ziel", "Ziele"),
        ["Platform"] = ("Plattform", "Plattformen"),
        ["BusinessContext"] = ("Geschäftskontext", "Geschäftskontexte")
    }, new Dictionary<string, string>
    {
        ["name"] = "Name",
        ["description"] = "Beschreibung",
        ["lifecycle"] = "Lebenszyklus",
        ["businessCriticality"] = "Geschäftskritikalität",
        ["functionalSuitability"] = "Funktionale Eignung",
        ["technicalSuitability"] = "Technische Eignung",
        ["release"] = "Version",
        ["alias"] = "Alias",
        ["externalId"] = "Externe ID",
        ["location"] = "Standort"
    }, new Dictionary<string, string>
    {
        ["relToParent"] = "Übergeordnet",
        ["relToChild"] = "Untergeordnet",
        ["relToSuccessor"] = "Nachfolger",
        ["relToPredecessor"] = "Vorgänger",
        ["relToRequires"] = "Benötigt",
        ["relToRequiredBy"] = "Benötigt von",
        ["relProviderApplicationToInterface"] = "Bereitgestellte Schnittstellen",
        ["relConsumerApplicationToInterface"] = "Genutzte Schnittstellen",
        ["relInterfaceToProviderApplication"] = "Anbietende Anwendungen",
        ["relInterfaceToConsumerApplication"] = "Nutzende Anwendungen"
    });

    private readonly IReadOnlyDictionary<string, (string Singular, string Plural)> _types;
    private readonly IReadOnlyDictionary<string, string> _fields;
    private readonly IReadOnlyDictionary<string, string> _relations;

    private LanguageCatalog(string id, IReadOnlyDictionary<string, (string, string)> types,
        IReadOnlyDictionary<string, string> fields, IReadOnlyDictionary<string, string> relations)
    {
        Id = id;
        _types = types;
        _fields = fields;
        _relations = relations;
    }

    public string Id { get; }

    /// <summary>
    /// The languages the seed's meta model operations translate into (admin.md §7). Those without built-in labels
    /// show the English ones until a meta model batch translates them.
    /// </summary>
    public static readonly IReadOnlyList<string> SeedLanguages = ["en", "de", "es", "fr", "pt", "jp"];

    private static readonly Dictionary<string, LanguageCatalog> Untranslated = SeedLanguages.Skip(2).ToDictionary(
        id => id, id => new LanguageCatalog(id, new Dictionary<string, (string, string)>(), new Dictionary<string, string>(), new Dictionary<string, string>()));

    public static LanguageCatalog? Find(string id) => id.ToLowerInvariant() switch
    {
        "en" => English,
        "de" => German,
        var other => Untranslated.GetValueOrDefault(other)
    };

    public string TypeName(string typeKey) => _types.TryGetValue(typeKey, out var t) ? t.Singular : Labels.Humanize(typeKey);

    public string TypePlural(string typeKey) => _types.TryGetValue(typeKey, out var t) ? t.Plural : Labels.Pluralize(Labels.Humanize(typeKey));

    public string Field(string fieldKey) => _fields.TryGetValue(fieldKey, out var l) ? l : Labels.Humanize(fieldKey);

    public string Value(string valueKey) => Labels.Humanize(valueKey);

    /// <summary>A fixed label for well-known keys, else null (the caller derives one from the far type).</summary>
    public string? FixedRelation(string relationKey) =>
        _relations.TryGetValue(relationKey, out var l) ? l : English._relations.GetValueOrDefault(relationKey);
}
