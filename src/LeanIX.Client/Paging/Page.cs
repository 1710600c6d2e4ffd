namespace LeanIX.Client;

/// <summary>
/// One page of a paged LeanIX list: its values and the token that continues after it (a GraphQL
/// <c>endCursor</c>, a REST cursor, or the next page number of a page/size list).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="values">The items on the page.</param>
    /// <param name="continuationToken">The token that continues after this page; null on the last page.</param>
    /// <param name="totalCount">How many items the whole list holds, when the service says.</param>
    public Page(IReadOnlyList<T> values, string? continuationToken, long? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
        ContinuationToken = continuationToken;
        TotalCount = totalCount;
    }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>
    /// Pass this to <see cref="AsyncPageable{T}.AsPages"/> to resume after this page, now or in a later run;
    /// null when this is the last page.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>How many items the whole list holds, when the service says (GraphQL <c>totalCount</c>, REST <c>total</c>).</summary>
    public long? TotalCount { get; }
}
