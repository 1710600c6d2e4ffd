using System.Globalization;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Errors;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>
/// D35 facet semantics. Each facet yields, per fact sheet, the set of keys it "has"; the operator
/// then decides: OR = any requested key, AND = all of them, NOR = none. Facets combine with AND.
/// <c>__missing__</c>/<c>__any__</c> work in every facet (D84, <see cref="SpecialFacetKeys"/>).
/// </summary>
public static class FacetFilters
{
    public const string TrashBin = "TrashBin";

    /// <summary>Builds a predicate for one <c>FacetFilterInput</c>; throws BUSINESS_LOGIC for an unknown facet key (D35).</summary>
    public static Func<FactSheet, bool> Build(IWorkspaceView view, DateOnly today, IDictionary<string, object?> facet)
    {
        var facetKey = facet.Get("facetKey")?.ToString() ?? "";
        var op = facet.Get("operator")?.ToString() ?? "OR";
        var keys = (facet.Get("keys") as IEnumerable<object?>)?.Select(k => k?.ToString() ?? "").ToList() ?? [];
        var dateFilter = facet.Get("dateFilter") as IDictionary<string, object?>;

        if (facetKey == TrashBin) return _ => true; // handled by the status rule
        // FactSheetTypes keys are FactSheetType enum values: an unknown one is a WrongType error (D17).
        if (facetKey == "FactSheetTypes" && keys.FirstOrDefault(k => !view.Model.Types.ContainsKey(k)) is { } unknownType)
            throw new InputValidationError("WrongType", $"argument 'filter.facetFilters.keys' with value '{unknownType}' is not a valid 'FactSheetType'");
        var values = ValuesOf(view, facetKey, dateFilter, today)
            ?? throw BusinessError.Query($"Unknown facet key '{facetKey}'.");
        SpecialFacetKeys.Validate(facetKey, keys);
        // A subFilter on a relation facet restricts the related fact sheets: the facet then matches
        // fact sheets with at least one related fact sheet that passes the subFilter (and the keys, if any).
        if (facet.Get("subFilter") is IDictionary<string, object?> subFilter && IsRelationKey(view, facetKey))
        {
            var targets = FactSheetSearch.Run(view, today, new FactSheetSearch.Request(null, subFilter, null, null))
                .Select(fs => Formats(fs.Id)).ToHashSet(StringComparer.Ordinal);
            if (keys.Count > 0) targets.IntersectWith(keys);
            return op == "NOR"
                ? fs => !values(fs).Any(targets.Contains)
                : fs => values(fs).Any(targets.Contains);
        }
        if (keys.Count == 0) return _ => true;
        // D84: "has a value" ignores a date filter – a lifecycle outside the range is still a value.
        var presence = dateFilter is null ? values : ValuesOf(view, facetKey, null, today)!;
        var special = keys.Any(k => k is SpecialFacetKeys.Missing or SpecialFacetKeys.Any);
        return fs =>
        {
            var has = values(fs).ToHashSet(StringComparer.Ordinal);
            var present = special && presence(fs).Any();
            return op switch
            {
                "AND" => keys.All(k => SpecialFacetKeys.Matches(k, has, present)),
                "NOR" => !keys.Any(k => SpecialFacetKeys.Matches(k, has, present)),
                _ => keys.Any(k => SpecialFacetKeys.Matches(k, has, present))
            };
        };
    }

    /// <summary>The keys a fact sheet "has" for a facet, or null for an unknown facet key.</summary>
    public static Func<FactSheet, IEnumerable<string>>? ValuesOf(IWorkspaceView view, string facetKey, IDictionary<string, object?>? dateFilter, DateOnly today) =>
        facetKey switch
        {
            "FactSheetTypes" => fs => [fs.Type],
            "_TAGS_" => fs => fs.TagIds.Select(Formats),
            "lxState" => fs => fs.LxState is null ? [] : [fs.LxState],
            "hierarchyLevel" => fs => [FactSheetNames.Level(view, fs).ToString(CultureInfo.InvariantCulture)],
            "Subscriptions" => fs => view.Subscriptions.OwnedBy(fs.Id).Select(s => Formats(s.UserId)),
            "DataQuality" => fs => DataQuality(view, fs),
            _ => ModelFacet(view, facetKey, dateFilter, today)
        };

    private static bool IsRelationKey(IWorkspaceView view, string key) =>
        view.Model.Types.Values.Any(t => t.Relation(key) is not null) && view.Model.Types.Values.All(t => t.Field(key) is null);

    private static Func<FactSheet, IEnumerable<string>>? ModelFacet(IWorkspaceView view, string key, IDictionary<string, object?>? dateFilter, DateOnly today)
    {
        if (Guid.TryParse(key, out var groupId) && view.TagGroups.Get(groupId) is not null)
            return fs => fs.TagIds.Where(id => view.Tags.Get(id)?.TagGroupId == groupId).Select(Formats);
        var field = view.Model.Types.Values.Select(t => t.Field(key)).FirstOrDefault(f => f is not null);
        if (field is not null)
        {
            return field.Type switch
            {
                FieldType.Lifecycle => fs => LifecyclePhases(fs, key, dateFilter, today),
                FieldType.MultipleSelect => fs => FieldValues.Convert(field, fs.Field(key)) as IEnumerable<string?> is { } list
                    ? list.Where(v => v is not null).Select(v => v!) : [],
                _ => fs => FieldValues.AsString(fs.Field(key)) is { } v ? [v] : []
            };
        }
        if (view.Model.Types.Values.Any(t => t.Relation(key) is not null))
            return fs => FactSheetNames.RelatedIds(view, fs, key).Select(Formats);
        return null;
    }

    // Without a date filter a fact sheet "has" its current phase; with one it has every phase whose
    // [start, next start) interval overlaps the filter range (D35).
    private static IEnumerable<string> LifecyclePhases(FactSheet fs, string key, IDictionary<string, object?>? dateFilter, DateOnly today)
    {
        var lifecycle = LifecycleValue.From(fs.Field(key));
        if (lifecycle is null || lifecycle.Phases.Count == 0) return [];
        var (from, to) = DateRange(dateFilter, today);
        // Without a date filter the marker makes any lifecycle count as a value, even one whose phases all lie ahead (D84).
        IEnumerable<string> any = dateFilter is null ? ["__any__"] : [];
        var type = dateFilter?.Get("type")?.ToString();
        // RANGE_STARTS: the phase starts inside the range; RANGE_ENDS: it ends inside it; otherwise it overlaps.
        Func<(string Phase, DateOnly Start, DateOnly? End), bool> inRange = type switch
        {
            "RANGE_STARTS" => p => p.Start >= from && p.Start <= to,
            "RANGE_ENDS" => p => p.End is { } end && end >= from && end <= to,
            _ => p => p.Start <= to && (p.End is null || p.End >= from)
        };
        return any.Concat(lifecycle.Intervals().Where(inRange).Select(p => p.Phase)).ToList();
    }

    private static (DateOnly From, DateOnly To) DateRange(IDictionary<string, object?>? dateFilter, DateOnly today)
    {
        if (dateFilter is null) return (today, today);
        var from = Parse(dateFilter.Get("from"));
        var to = Parse(dateFilter.Get("to"));
        return (dateFilter.Get("type")?.ToString() ?? "RANGE") switch
        {
            "TODAY" => (today, today),
            "POINT" => (from ?? today, from ?? today),
            "END_OF_MONTH" => Same(new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month))),
            "END_OF_YEAR" => Same(new DateOnly(today.Year, 12, 31)),
            "RANGE_STARTS" => (from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue),
            "RANGE_ENDS" => (from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue),
            _ => (from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue)
        };

        static (DateOnly, DateOnly) Same(DateOnly d) => (d, d);
    }

    private static DateOnly? Parse(object? value) =>
        DateOnly.TryParse(value?.ToString(), CultureInfo.InvariantCulture, out var d) ? d : null;

    private static IEnumerable<string> DataQuality(IWorkspaceView view, FactSheet fs)
    {
        if (!view.Subscriptions.OwnedBy(fs.Id).Any(s => s.Type == "RESPONSIBLE")) yield return "_noResponsible_";
        if (fs.LxState == "BROKEN_QUALITY_SEAL") yield return "_qualitySealBroken_";
        if (string.IsNullOrEmpty(fs.Description)) yield return "_noDescription_";
        if (fs.Field("lifecycle") is null) yield return "_noLifecycle_";
    }

    private static string Formats(Guid id) => id.ToString("D");
}
