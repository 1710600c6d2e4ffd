using System.Text.Json;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Errors;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary><c>allFactSheets</c>: filter (D35), hierarchy, order (D9) and paging (D8).</summary>
public static class FactSheetSearch
{
    public sealed record Request(
        string? FactSheetType,
        IDictionary<string, object?>? Filter,
        IReadOnlyList<object?>? Sort,
        IDictionary<string, object?>? Hierarchy);

    /// <summary>Identifies the query for cursors: a cursor from another query is rejected (D8).</summary>
    public static string Snapshot(Request request) => Paging.Snapshot(Key(request)).Value;

    /// <summary>The whole request as text: equal keys ask for the same matches on the same version and day.</summary>
    public static string Key(Request request) =>
        JsonSerializer.Serialize(new object?[] { request.FactSheetType, request.Filter, request.Sort, request.Hierarchy });

    public static List<FactSheet> Run(IWorkspaceView view, DateOnly today, Request request)
    {
        var predicates = new List<Func<FactSheet, bool>>();
        var filter = request.Filter;
        var facets = (filter?.Get("facetFilters") as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>().ToList() ?? [];
        var trash = facets.Any(f => f.Get("facetKey")?.ToString() == FacetFilters.TrashBin);
        // D35: without a TrashBin facet only ACTIVE fact sheets match; with it only ARCHIVED ones.
        predicates.Add(fs => trash ? !fs.IsActive : fs.IsActive);
        if (request.FactSheetType is { } type) predicates.Add(fs => fs.Type == type);
        foreach (var facet in facets) predicates.Add(FacetFilters.Build(view, today, facet));

        if (filter?.Get("ids") is IEnumerable<object?> idList)
        {
            var ids = idList.Select(Formats.ParseIdOrEmpty).ToHashSet();
            if (request.Hierarchy?.Get("mode")?.ToString() == "FULL_TREE") ids = Descendants(view, ids);
            predicates.Add(fs => ids.Contains(fs.Id));
        }
        if (filter?.Get("quickSearch") is string quick && quick.Length > 0)
            predicates.Add(fs => QuickTexts(fs).Any(t => Contains(t, quick)));
        if (filter?.Get("fullTextSearch") is string full && full.Length > 0)
            predicates.Add(fs => QuickTexts(fs).Append(fs.Description).Append(FactSheetNames.DisplayName(view, fs)).Any(t => Contains(t, full)));

        // A loop rather than Where/All: those made a closure per fact sheet of the workspace (issue 15).
        var matches = new List<FactSheet>();
        // A typed search of a committed version walks that type's fact sheets only (the type predicate stays).
        var candidates = request.FactSheetType is { } ofType && VersionCache.Of(view) is { } cache ? cache.OfType(view, ofType) : view.FactSheets.All;
        foreach (var fs in candidates)
            if (MatchesAll(predicates, fs)) matches.Add(fs);
        return Order(view, today, matches, request.Sort).ToList();
    }

    private static bool MatchesAll(List<Func<FactSheet, bool>> predicates, FactSheet fs)
    {
        foreach (var predicate in predicates)
            if (!predicate(fs)) return false;
        return true;
    }

    // D35: quickSearch looks at name, alias and externalId.
    private static IEnumerable<string?> QuickTexts(FactSheet fs) =>
    [
        fs.Name, fs.StringField("alias"),
        fs.Field("externalId") is System.Text.Json.Nodes.JsonObject ext ? FieldValues.AsString(ext["externalId"]) : null
    ];

    private static bool Contains(string? text, string term) => text is not null && text.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static HashSet<Guid> Descendants(IWorkspaceView view, HashSet<Guid> roots)
    {
        var result = new HashSet<Guid>(roots);
        var queue = new Queue<Guid>(roots);
        while (queue.Count > 0)
        {
            var fs = view.FactSheets.Get(queue.Dequeue());
            if (fs is null) continue;
            foreach (var child in FactSheetNames.RelatedIds(view, fs, FactSheetNames.ChildKey))
                if (result.Add(child)) queue.Enqueue(child);
        }
        return result;
    }

    /// <summary>
    /// D9: default name (case-insensitive) then id; sort keys name, displayName, createdAt, updatedAt, type, level,
    /// STRING/SINGLE_SELECT fields. D83: <c>mode</c> BY_LIFECYCLE_LAST sorts a LIFECYCLE key by its current phase's start.
    /// </summary>
    private static IEnumerable<FactSheet> Order(IWorkspaceView view, DateOnly today, IEnumerable<FactSheet> items, IReadOnlyList<object?>? sort)
    {
        var sortings = sort?.OfType<IDictionary<string, object?>>().ToList() ?? [];
        if (sortings.Count == 0)
            return items.Order(DefaultOrder.FactSheets);
        IOrderedEnumerable<FactSheet>? ordered = null;
        foreach (var s in sortings)
        {
            var key = s.Get("key")?.ToString() ?? "";
            var desc = s.Get("order")?.ToString() == "desc";
            var selector = s.Get("mode")?.ToString() == LifecycleSort.Mode ? LifecycleSort.KeySelector(view, key, today) : KeySelector(view, key);
            ordered = ordered is null
                ? desc ? items.OrderByDescending(selector, Comparer.Instance) : items.OrderBy(selector, Comparer.Instance)
                : desc ? ordered.ThenByDescending(selector, Comparer.Instance) : ordered.ThenBy(selector, Comparer.Instance);
        }
        return ordered!.ThenBy(fs => fs, DefaultOrder.FactSheets);
    }

    private static Func<FactSheet, IComparable?> KeySelector(IWorkspaceView view, string key) => key switch
    {
        "name" => fs => fs.Name,
        "displayName" => fs => FactSheetNames.DisplayName(view, fs),
        "createdAt" => fs => fs.CreatedAt,
        "updatedAt" => fs => fs.UpdatedAt,
        "type" => fs => fs.Type,
        "level" => fs => FactSheetNames.Level(view, fs),
        _ when view.Model.Types.Values.Any(t => t.Field(key) is { Type: FieldType.String or FieldType.SingleSelect }) =>
            fs => FieldValues.AsString(fs.Field(key)),
        _ => throw BusinessError.Query($"Unknown sort key '{key}'.")
    };

    /// <summary>Strings compare case-insensitively; nulls sort last.</summary>
    private sealed class Comparer : IComparer<IComparable?>
    {
        public static readonly Comparer Instance = new();

        public int Compare(IComparable? x, IComparable? y)
        {
            if (x is null) return y is null ? 0 : 1;
            if (y is null) return -1;
            if (x is string a && y is string b) return StringComparer.OrdinalIgnoreCase.Compare(a, b);
            return x.CompareTo(y);
        }
    }
}
