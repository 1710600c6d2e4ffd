namespace LeanIX.Emulator.Graph.Types;

/// <summary>A page of a Relay-style connection (D8): totalCount counts all matches, not the page.</summary>
public sealed record Connection(long TotalCount, IReadOnlyList<Edge> Edges, PageInfo PageInfo)
{
    /// <summary>What <c>filterOptions</c> needs to compute facets for this result (allFactSheets only).</summary>
    public object? Facets { get; init; }
}

public sealed record Edge(object Node, string Cursor);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
