using System.Runtime.CompilerServices;

namespace LeanIX.Client;

/// <summary>An <see cref="AsyncPageable{T}"/> driven by a function that fetches one page.</summary>
internal sealed class FuncAsyncPageable<T>(Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken cancellationToken)
    : AsyncPageable<T>(cancellationToken) where T : notnull
{
    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var token = continuationToken;
        while (true)
        {
            var page = await fetchPage(token, pageSizeHint, CancellationToken).ConfigureAwait(false);
            yield return page;
            // A service that hands back the same token would loop for ever; treat it as the end.
            if (page.ContinuationToken is null || page.ContinuationToken == token) yield break;
            token = page.ContinuationToken;
        }
    }

    public override async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken, cancellationToken);
        var token = (string?)null;
        while (true)
        {
            var page = await fetchPage(token, null, linked.Token).ConfigureAwait(false);
            foreach (var value in page.Values) yield return value;
            if (page.ContinuationToken is null || page.ContinuationToken == token) yield break;
            token = page.ContinuationToken;
        }
    }
}
