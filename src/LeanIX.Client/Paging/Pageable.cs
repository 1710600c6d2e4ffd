using System.Collections;

namespace LeanIX.Client;

/// <summary>
/// The synchronous twin of <see cref="AsyncPageable{T}"/> for scripts (<c>foreach</c> over a LeanIX list).
/// It blocks on the async pages; hosts use <see cref="AsyncPageable{T}"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Pageable<T> : IEnumerable<T> where T : notnull
{
    private readonly AsyncPageable<T> _pages;

    /// <summary>Wraps an async pageable.</summary>
    public Pageable(AsyncPageable<T> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        _pages = pages;
    }

    /// <summary>The pages from <paramref name="continuationToken"/> on, one request per page as they are walked.</summary>
    public IEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var enumerator = _pages.AsPages(continuationToken, pageSizeHint).GetAsyncEnumerator();
        try
        {
            while (Scripting.Sync.Run(() => enumerator.MoveNextAsync().AsTask())) yield return enumerator.Current;
        }
        finally
        {
            Scripting.Sync.Run(() => enumerator.DisposeAsync().AsTask());
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var page in AsPages())
            foreach (var value in page.Values)
                yield return value;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
