namespace LeanIX.Client;

/// <summary>
/// A paged LeanIX list (the Azure SDK shape): enumerate it with <c>await foreach</c> for every item, or walk it
/// page by page with <see cref="AsPages"/>, keep a page's <see cref="Page{T}.ContinuationToken"/> and resume
/// from it later. Nothing is requested until it is enumerated; each enumeration starts anew.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T> where T : notnull
{
    /// <summary>The token a caller passes to stop it.</summary>
    protected AsyncPageable(CancellationToken cancellationToken = default) => CancellationToken = cancellationToken;

    /// <summary>Cancels every page request of an enumeration.</summary>
    protected CancellationToken CancellationToken { get; }

    /// <summary>
    /// The pages from <paramref name="continuationToken"/> on (from the start when null), asking for
    /// <paramref name="pageSizeHint"/> items per page where the service lets the caller choose.
    /// </summary>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Every item of every page, in order.</summary>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
            foreach (var value in page.Values)
                yield return value;
    }

    /// <summary>Every item in one list (loads the whole list).</summary>
    public async Task<IReadOnlyList<T>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        await foreach (var value in this.WithCancellation(cancellationToken).ConfigureAwait(false)) list.Add(value);
        return list;
    }

    /// <summary>A pageable over a page function: given a continuation token (null = the first page) and a size hint, it fetches one page.</summary>
    public static AsyncPageable<T> FromPages(Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken cancellationToken = default) =>
        new FuncAsyncPageable<T>(fetchPage, cancellationToken);

    /// <summary>A pageable whose items are mapped by <paramref name="map"/>, keeping its pages and tokens.</summary>
    public AsyncPageable<TResult> Select<TResult>(Func<T, TResult> map) where TResult : notnull
    {
        ArgumentNullException.ThrowIfNull(map);
        return new FuncAsyncPageable<TResult>(async (token, size, ct) =>
        {
            await foreach (var page in AsPages(token, size).WithCancellation(ct).ConfigureAwait(false))
                return new Page<TResult>(page.Values.Select(map).ToList(), page.ContinuationToken, page.TotalCount);
            return new Page<TResult>([], null);
        }, CancellationToken);
    }
}
