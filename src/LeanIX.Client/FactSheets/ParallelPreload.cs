using System.Net;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// Preloads fact sheet types in parallel across and within types: per type a light id listing first
/// (10,000 ids a page), then the full selection in batches of 1,000 ids (<c>filter: {ids}</c>), every
/// request through one <see cref="AdaptiveConcurrency"/> gate shared by all types. A sequential listing
/// can only ever have one page of a type in flight; the id batches can all be fetched at once.
/// Requests that still fail with a 429 or 5xx after the pipeline's own retries halve the gate and are
/// tried again, so a storm slows the preload down instead of failing it.
/// </summary>
internal sealed class ParallelPreload(LeanIXConnection connection, FactSheetCache cache, IProgress<PreloadProgress>? progress,
    int batchSize = LeanIXConnection.FactSheetPageSize, int idPageSize = ParallelPreload.IdPageSize)
{
    /// <summary>Ids are small: the largest page D8 allows keeps the listing to few requests.</summary>
    public const int IdPageSize = 10_000;

    public const int InitialConcurrency = 8;

    /// <summary>Far below what 1800 requests/min allows for page-sized requests, far above one stream.</summary>
    public const int MaxConcurrency = 32;

    /// <summary>Attempts per request on top of the pipeline's retries, before the preload gives up.</summary>
    public const int MaxAttempts = 6;

    private readonly AdaptiveConcurrency _gate = new(InitialConcurrency, MaxConcurrency);
    private long _requests;
    private long _bytes;

    /// <summary>Requests that returned a page (retried ones count once per attempt that got an answer).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Response bytes of those requests.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>
    /// Loads <paramref name="types"/> in full. The id listings run <paramref name="maxParallelTypes"/> at a time and go
    /// ahead of the batches at the gate; each type's batches start as soon as its ids are known, and all of them share
    /// the gate, so the requests in flight are bounded by it alone and not by how many batches one type happens to have.
    /// </summary>
    public async Task LoadTypesAsync(IReadOnlyList<FactSheetTypeModel> types, int maxParallelTypes, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loading = new List<Task>();
        var faults = new List<Exception>();
        try
        {
            await Parallel.ForEachAsync(types, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelTypes), CancellationToken = failed.Token },
                async (type, ct) =>
                {
                    var ids = await IdsAsync(type.Key, ct).ConfigureAwait(false);
                    var load = LoadListedAsync(type, ids, failed);
                    lock (loading) loading.Add(load);
                }).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            faults.Add(e);
            await failed.CancelAsync().ConfigureAwait(false);
        }
        // Never leave a batch running past the call: its fact sheets would land in the cache afterwards.
        foreach (var load in loading)
        {
            try
            {
                await load.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                faults.Add(e);
            }
        }
        // The first real failure, rather than the cancellations it caused elsewhere.
        var fault = faults.Find(e => e is not OperationCanceledException) ?? faults.FirstOrDefault();
        if (fault is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
    }

    /// <summary>One type's batches; a failure cancels the other types' work.</summary>
    private async Task LoadListedAsync(FactSheetTypeModel type, IReadOnlyList<string> ids, CancellationTokenSource failed)
    {
        try
        {
            var loaded = 0;
            await LoadAsync(type, ids, node =>
            {
                cache.Materialize(type, node, complete: true);
                var count = Interlocked.Increment(ref loaded);
                if (count % 1000 == 0) progress?.Report(new PreloadProgress(type.Key, count, false));
            }, failed.Token).ConfigureAwait(false);
            cache.MarkPreloaded(type.Key);
            progress?.Report(new PreloadProgress(type.Key, loaded, true));
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Reads the fact sheets of <paramref name="ids"/> in full, in parallel batches, handing each to <paramref name="read"/>
    /// as it arrives. A fact sheet archived since the ids were listed is simply not returned, as a listing made now would not show it.
    /// </summary>
    public async Task LoadAsync(FactSheetTypeModel type, IReadOnlyList<string> ids, Action<CompactObject> read, CancellationToken cancellationToken)
    {
        var query = LeanIXConnection.AllFactSheetsQuery(FactSheetSelection.For(type), type.Key);
        // The gate bounds the requests; this only bounds how many batches wait at it.
        await Parallel.ForEachAsync(ids.Chunk(batchSize),
            new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                string? after = null;
                do
                {
                    // The filter is made for the request itself rather than copied into its variables: 1,000 ids each time.
                    var variables = LeanIXConnection.AllFactSheetsVariables(batch.Length, after, type.Key, null);
                    variables["filter"] = new JsonObject { ["ids"] = new JsonArray([.. batch.Select(id => (JsonNode)id)]) };
                    var page = await PageAsync(query, variables, ct).ConfigureAwait(false);
                    foreach (var node in page.Nodes) read(node);
                    after = page.ContinuationToken;
                } while (after is not null);
            }).ConfigureAwait(false);
    }

    /// <summary>One page through the gate, with retries when the service pushes back; counted.</summary>
    public Task<CompactPage> PageAsync(string query, JsonObject variables, CancellationToken cancellationToken) =>
        PageAsync(query, variables, first: false, cancellationToken);

    /// <summary>One page through the gate; with <paramref name="first"/> ahead of the waiting batches (see <see cref="AdaptiveConcurrency"/>).</summary>
    private async Task<CompactPage> PageAsync(string query, JsonObject variables, bool first, CancellationToken cancellationToken)
    {
        var page = await WithRetriesAsync(() => connection.CompactFactSheetPageAsync(query, variables, cache.Pool, cancellationToken), first, cancellationToken)
            .ConfigureAwait(false);
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _bytes, page.Bytes);
        return page;
    }

    private async Task<List<string>> IdsAsync(string type, CancellationToken cancellationToken)
    {
        var query = LeanIXConnection.AllFactSheetsQuery("id", type);
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await PageAsync(query, LeanIXConnection.AllFactSheetsVariables(idPageSize, token, type, null), first: true, cancellationToken)
                .ConfigureAwait(false);
            ids.AddRange(page.Nodes.Select(n => FactSheet.IdOf(n).ToString()));
            token = page.ContinuationToken;
        } while (token is not null);
        return ids;
    }

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> request, bool first, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan pause;
            using (await _gate.EnterAsync(first, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    var result = await request().ConfigureAwait(false);
                    _gate.Succeeded();
                    return result;
                }
                catch (LeanIXRequestFailedException e) when (attempt < MaxAttempts && IsPushBack(e))
                {
                    _gate.Throttled();
                    pause = (e as LeanIXRateLimitedException)?.RetryAfter ?? TimeSpan.FromMilliseconds(100 << attempt);
                }
            }
            // Outside the gate: a waiting request holds no slot.
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsPushBack(LeanIXRequestFailedException e) =>
        e.Status is HttpStatusCode.TooManyRequests || (int?)e.Status >= 500;
}
