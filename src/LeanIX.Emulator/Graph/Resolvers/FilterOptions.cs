using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>
/// <c>filterOptions</c> (graphql.md §2.1) – outside the core (D35), so a small version: one facet per
/// global facet key, per tag group, and (with <c>factSheetType</c>) per select/lifecycle field and relation
/// of that type; each result counts the matching fact sheets that have the key.
/// </summary>
public sealed record FilterOptions(IWorkspaceView View, DateOnly Today, FactSheetSearch.Request Request, IReadOnlyList<FactSheet> Matches)
{
    public IReadOnlyList<Facet> Facets()
    {
        var requested = (Request.Filter?.Get("facetFilters") as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>()
            .GroupBy(f => f.Get("facetKey")?.ToString() ?? "").ToDictionary(g => g.Key, g => g.First()) ?? [];
        var facets = new List<Facet>();

        void Add(string key, IEnumerable<(string Key, string Name)> candidates)
        {
            var values = FacetFilters.ValuesOf(View, key, null, Today);
            if (values is null) return;
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var fs in Matches)
                foreach (var v in values(fs).Distinct())
                    counts[v] = counts.GetValueOrDefault(v) + 1;
            requested.TryGetValue(key, out var selection);
            var selectedKeys = (selection?.Get("keys") as IEnumerable<object?>)?.Select(k => k?.ToString()).ToHashSet() ?? [];
            var results = candidates
                .Select(c => new FacetResult(c.Name, c.Key, counts.GetValueOrDefault(c.Key), selectedKeys.Contains(c.Key)))
                .ToList();
            facets.Add(new Facet(key, selection?.Get("operator")?.ToString() ?? "OR", results, Matches.Count));
        }

        var model = View.Model;
        Add("FactSheetTypes", model.Types.Keys.Select(k => (k, k)));
        Add("lxState", new[] { "BROKEN_QUALITY_SEAL", "DRAFT", "REJECTED", "APPROVED" }.Select(k => (k, k)));
        Add("hierarchyLevel", Matches.Select(fs => FactSheetNames.Level(View, fs)).Distinct().Order()
            .Select(l => (l.ToString(System.Globalization.CultureInfo.InvariantCulture), l.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Add("_TAGS_", View.Tags.All.Where(t => t.TagGroupId is null).OrderBy(t => t.Name).Select(t => (Formats.Id(t.Id), t.Name)));
        foreach (var group in View.TagGroups.All.OrderBy(g => g.Name))
            Add(Formats.Id(group.Id), View.Tags.OwnedBy(group.Id).OrderBy(t => t.Name).Select(t => (Formats.Id(t.Id), t.Name)));
        Add("Subscriptions", Matches.SelectMany(fs => View.Subscriptions.OwnedBy(fs.Id)).Select(s => s.UserId).Distinct()
            .Select(id => View.Users.Get(id)).Where(u => u is not null).Select(u => (Formats.Id(u!.Id), u.DisplayName)));
        if (Request.FactSheetType is { } typeKey && model.Type(typeKey) is { } type)
        {
            foreach (var field in type.Fields.Values.Where(f => f.Type is FieldType.SingleSelect or FieldType.MultipleSelect or FieldType.Lifecycle))
                Add(field.Key, field.Values.Select(v => (v, v)));
            foreach (var relKey in type.Relations.Keys)
                Add(relKey, Matches.SelectMany(fs => FactSheetNames.RelatedIds(View, fs, relKey)).Distinct()
                    .Select(id => View.FactSheets.Get(id)).Where(fs => fs is not null).Select(fs => (Formats.Id(fs!.Id), fs.Name)));
        }
        facets.Add(new Facet(FacetFilters.TrashBin, "OR",
            [new FacetResult("archived", "archived", View.FactSheets.All.Count(fs => !fs.IsActive), requested.ContainsKey(FacetFilters.TrashBin))],
            Matches.Count));
        return facets;
    }

    public sealed record Facet(string FacetKey, string Operator, IReadOnlyList<FacetResult> Results, long Total);

    public sealed record FacetResult(string Name, string Key, long Count, bool Selected);
}
