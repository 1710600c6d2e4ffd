using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>How the keys of one facet combine (D35).</summary>
public enum FacetOperator
{
    /// <summary>Any key.</summary>
    Or,

    /// <summary>All keys.</summary>
    And,

    /// <summary>None of the keys.</summary>
    Nor
}

/// <summary>One facet of a filter: a field key, relation key, <c>lifecycle</c>, <c>_TAGS_</c>, <c>lxState</c>… with its keys (D35).</summary>
/// <param name="FacetKey">The facet.</param>
/// <param name="Keys">The keys to match: select values, ids, phases, <c>__any__</c>.</param>
/// <param name="Operator">How the keys combine.</param>
public sealed record FacetFilter(string FacetKey, IReadOnlyList<string> Keys, FacetOperator Operator = FacetOperator.Or)
{
    /// <summary>A facet matching any of the keys.</summary>
    public static FacetFilter Any(string facetKey, params string[] keys) => new(facetKey, keys);
}

/// <summary>A fact sheet filter: facets (AND across facets), full-text and quick search, archived ones.</summary>
public sealed class FactSheetFilter
{
    /// <summary>The facets; all must match.</summary>
    public List<FacetFilter> Facets { get; } = [];

    /// <summary>Searches name, alias, external id, description and display name.</summary>
    public string? FullTextSearch { get; set; }

    /// <summary>Searches name, alias and external id.</summary>
    public string? QuickSearch { get; set; }

    /// <summary>Only archived fact sheets (the TrashBin facet) instead of active ones.</summary>
    public bool Archived { get; set; }

    /// <summary>Adds a facet and returns the filter, for chaining.</summary>
    public FactSheetFilter With(string facetKey, params string[] keys)
    {
        Facets.Add(new FacetFilter(facetKey, keys));
        return this;
    }

    internal JsonObject ToJson()
    {
        var facets = new JsonArray();
        foreach (var f in Facets)
            facets.Add(new JsonObject { ["facetKey"] = f.FacetKey, ["operator"] = f.Operator.ToString().ToUpperInvariant(), ["keys"] = new JsonArray(f.Keys.Select(k => (JsonNode)k).ToArray()) });
        if (Archived) facets.Add(new JsonObject { ["facetKey"] = "TrashBin", ["operator"] = "OR", ["keys"] = new JsonArray("archived") });
        var filter = new JsonObject { ["facetFilters"] = facets };
        if (FullTextSearch is not null) filter["fullTextSearch"] = FullTextSearch;
        if (QuickSearch is not null) filter["quickSearch"] = QuickSearch;
        return filter;
    }
}
