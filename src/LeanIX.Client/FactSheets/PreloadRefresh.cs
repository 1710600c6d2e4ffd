using System.Globalization;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// Brings preloaded fact sheets up to date from what changed since the cache's watermark (the newest
/// <c>updatedAt</c> it holds), in few small requests:
/// <list type="number">
/// <item>the active fact sheets of the preloaded types sorted by <c>updatedAt</c> descending, in full, until one is older
/// than the watermark (the emulator and LeanIX bump <c>updatedAt</c> for every change of fields, tags, subscriptions and
/// relations, on both ends of a relation, D19);</item>
/// <item>the archived ones the same way (<c>TrashBin</c> facet, D35), ids only: they leave the cache;</item>
/// <item>when the active count then differs from the listing's <c>totalCount</c>, something was deleted: the id listing
/// finds what;</item>
/// <item>the fact sheets at the other end of a relation that changed (added, removed, switched, or whose other end was
/// renamed or archived) are read again, as their edges changed too.</item>
/// </list>
/// </summary>
internal sealed class PreloadRefresh(FactSheetCache cache, ParallelPreload run)
{
    /// <summary>The change listings carry ids only, so the last page's overshoot past the watermark costs little.</summary>
    public const int ChangePageSize = 200;

    /// <summary><c>rev</c> grows with every change of the fact sheet, relations on both ends included (D19).</summary>
    private const string Light = "id type updatedAt rev";

    private int _modified;

    /// <summary>
    /// Whether the run changed what the cache holds: a fact sheet read again with other contents, a new one, or one
    /// removed. The listing always re-reads the fact sheets stamped at the watermark, so a count of reads cannot tell.
    /// </summary>
    public bool Modified => Volatile.Read(ref _modified) != 0;

    public Task<(int Changed, int Removed)> RunAsync(LeanIXDataModel model, CancellationToken cancellationToken) =>
        RunAsync(model, cache.Watermark ?? throw new InvalidOperationException("Nothing is preloaded: call PreloadAsync before RefreshAsync."),
            cache.PreloadedTypes, null, cancellationToken);

    /// <summary>
    /// Brings the preloaded <paramref name="typeKeys"/> up to date from <paramref name="since"/>. <paramref name="alongside"/>
    /// (a snapshot being read into the cache) runs while the change listings are under way: they need only the watermark,
    /// so the wait for the service and the reading of the file overlap.
    /// </summary>
    public async Task<(int Changed, int Removed)> RunAsync(LeanIXDataModel model, DateTimeOffset since, IReadOnlyList<string> typeKeys,
        Func<Task>? alongside, CancellationToken cancellationToken)
    {
        var types = typeKeys.Select(model.Type).ToList();
        if (types.Count == 0)
        {
            if (alongside is not null) await alongside().ConfigureAwait(false);
            return (0, 0);
        }
        var typeFacet = new JsonObject { ["facetKey"] = "FactSheetTypes", ["operator"] = "OR", ["keys"] = new JsonArray([.. types.Select(t => (JsonNode)t.Key)]) };

        var facets = new JsonObject { ["facetFilters"] = new JsonArray(typeFacet.DeepClone()) };
        var activeListing = ListSinceAsync(Light, facets, since, cancellationToken);
        var archivedListing = ListSinceAsync(Light, new JsonObject
        {
            ["facetFilters"] = new JsonArray(typeFacet.DeepClone(), new JsonObject { ["facetKey"] = "TrashBin", ["operator"] = "OR", ["keys"] = new JsonArray("archived") })
        }, since, cancellationToken);
        await Task.WhenAll(activeListing, archivedListing, alongside?.Invoke() ?? Task.CompletedTask).ConfigureAwait(false);
        var (changed, activeTotal, newest) = await activeListing.ConfigureAwait(false);
        var (archived, _, newestArchived) = await archivedListing.ConfigureAwait(false);

        // What changed is read in full by id, as a preload reads: the listing above carried only ids. The listing
        // always holds the fact sheets stamped at the watermark itself; one whose rev and updatedAt are those held
        // did not change, so an unchanged workspace costs the two listings and nothing more.
        var touched = new HashSet<Guid>();
        var read = new HashSet<Guid>();
        foreach (var group in changed.Where(n => !Held(n)).GroupBy(n => (string)n["type"]!))
        {
            var type = model.Type(group.Key);
            await run.LoadAsync(type, group.Select(n => (string)n["id"]!).ToList(), node =>
            {
                var id = FactSheet.IdOf(node);
                var before = cache.Find(id) is { IsLoaded: true } known ? known.Compact : (CompactObject?)null;
                lock (touched)
                {
                    read.Add(id);
                    TouchedEnds(before, node, touched);
                }
                Materialize(type, node, before);
            }, cancellationToken).ConfigureAwait(false);
        }
        var removed = 0;
        foreach (var node in archived) removed += Remove(FactSheet.IdOf(node), touched);

        var preloaded = types.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var active = cache.All.Where(f => f.IsLoaded && preloaded.Contains(f.Type) && f.Status == "ACTIVE").Select(f => f.Id).ToList();
        if (activeTotal is { } total && total != active.Count)
        {
            var existing = (await ActiveIdsAsync(typeFacet, cancellationToken).ConfigureAwait(false)).ToHashSet();
            foreach (var id in active.Where(id => !existing.Contains(id))) removed += Remove(id, touched);
        }

        touched.ExceptWith(read);
        var stale = touched.Select(cache.Find).OfType<FactSheet>().Where(f => f.IsLoaded).GroupBy(f => f.TypeModel).ToList();
        foreach (var group in stale)
            await run.LoadAsync(group.Key, group.Select(f => f.Id.ToString()).ToList(),
                node => Materialize(group.Key, node, cache.Find(FactSheet.IdOf(node)) is { IsLoaded: true } known ? known.Compact : null),
                cancellationToken).ConfigureAwait(false);

        cache.Watermark = new[] { since, newest ?? since, newestArchived ?? since }.Max();
        return (read.Count + stale.Sum(g => g.Count()), removed);
    }

    /// <summary>Whether the cache holds <paramref name="listed"/> in full at the same <c>rev</c> and <c>updatedAt</c>.</summary>
    private bool Held(CompactObject listed) =>
        cache.Find(FactSheet.IdOf(listed)) is { IsLoaded: true } known
        && listed["rev"] is CompactNumber rev && known.Compact["rev"] is CompactNumber heldRev && rev.Text == heldRev.Text
        && listed["updatedAt"] is string at && Equals(known.Compact["updatedAt"] as string, at);

    /// <summary>The newest <c>updatedAt</c> among <paramref name="factSheets"/>.</summary>
    public static DateTimeOffset? Newest(IEnumerable<FactSheet> factSheets)
    {
        DateTimeOffset? newest = null;
        foreach (var fs in factSheets)
            if (UpdatedAt(fs.Compact) is { } at && (newest is null || at > newest)) newest = at;
        return newest;
    }

    private void Materialize(FactSheetTypeModel type, CompactObject node, CompactObject? before)
    {
        if (before is not { } known || !CompactJson.DeepEquals(known.Slots, node.Slots)) Volatile.Write(ref _modified, 1);
        cache.Materialize(type, node, complete: true);
    }

    private int Remove(Guid id, HashSet<Guid> touched)
    {
        if (cache.Find(id) is not { } gone) return 0;
        Volatile.Write(ref _modified, 1);
        if (gone.IsLoaded) TouchedEnds(gone.Compact, null, touched);
        cache.Remove(id);
        return 1;
    }

    /// <summary>Fact sheets changed since <paramref name="since"/> (newest first), the listing's total, and the newest <c>updatedAt</c>.</summary>
    private async Task<(List<CompactObject> Nodes, long? Total, DateTimeOffset? Newest)> ListSinceAsync(string selection, JsonObject filter,
        DateTimeOffset since, CancellationToken cancellationToken)
    {
        var query = LeanIXConnection.AllFactSheetsQuery(selection, null, sorted: true);
        var sort = new JsonArray(new JsonObject { ["key"] = "updatedAt", ["order"] = "desc" });
        var nodes = new List<CompactObject>();
        long? total = null;
        DateTimeOffset? newest = null;
        string? after = null;
        do
        {
            var page = await run.PageAsync(query, LeanIXConnection.AllFactSheetsVariables(ChangePageSize, after, null, filter, sort), cancellationToken)
                .ConfigureAwait(false);
            total ??= page.TotalCount;
            foreach (var node in page.Nodes)
            {
                var at = UpdatedAt(node);
                if (at < since) return (nodes, total, newest);
                if (at is { } a && (newest is null || a > newest)) newest = a;
                nodes.Add(node);
            }
            after = page.ContinuationToken;
        } while (after is not null);
        return (nodes, total, newest);
    }

    private async Task<List<Guid>> ActiveIdsAsync(JsonObject typeFacet, CancellationToken cancellationToken)
    {
        var query = LeanIXConnection.AllFactSheetsQuery("id", null);
        var filter = new JsonObject { ["facetFilters"] = new JsonArray(typeFacet.DeepClone()) };
        var ids = new List<Guid>();
        string? after = null;
        do
        {
            var page = await run.PageAsync(query, LeanIXConnection.AllFactSheetsVariables(ParallelPreload.IdPageSize, after, null, filter), cancellationToken)
                .ConfigureAwait(false);
            ids.AddRange(page.Nodes.Select(FactSheet.IdOf));
            after = page.ContinuationToken;
        } while (after is not null);
        return ids;
    }

    /// <summary>
    /// The other ends whose edges differ between <paramref name="before"/> and <paramref name="after"/> (either null
    /// for a fact sheet that appeared or left); all of them when the fact sheet's own header changed, since every
    /// edge to it repeats its name and status.
    /// </summary>
    private static void TouchedEnds(CompactObject? before, CompactObject? after, HashSet<Guid> touched)
    {
        var old = EdgesByTarget(before);
        var now = EdgesByTarget(after);
        var headerChanged = before is null || after is null || Header(before.Value) != Header(after.Value);
        foreach (var target in old.Keys.Union(now.Keys))
            if (headerChanged || old.GetValueOrDefault(target) != now.GetValueOrDefault(target)) touched.Add(target);
    }

    private static string Header(CompactObject fs) =>
        string.Join("\u0001", FactSheetSelection.Reference.Split(' ').Select(k => CompactJson.AsString(fs[k])));

    private static Dictionary<Guid, string> EdgesByTarget(CompactObject? fs)
    {
        var edges = new Dictionary<Guid, List<string>>();
        if (fs is not { } data) return [];
        foreach (var (_, value) in data.Members())
        {
            foreach (var item in CompactJson.ConnectionNodes(value))
            {
                if (CompactJson.AsObject(item) is not { } node || node.Object("factSheet") is not { } target) continue;
                if (!Guid.TryParse(target["id"] as string, out var id)) continue;
                if (!edges.TryGetValue(id, out var texts)) edges[id] = texts = [];
                texts.Add(node.ToJsonObject().ToJsonString());
            }
        }
        return edges.ToDictionary(p => p.Key, p => string.Join("\n", p.Value.Order(StringComparer.Ordinal)));
    }

    private static DateTimeOffset? UpdatedAt(CompactObject fs) =>
        fs["updatedAt"] is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
}
