using LeanIX.Emulator.Graph.Resolvers;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>A page of a Relay-style connection (D8): totalCount counts all matches, not the page.</summary>
public sealed record Connection(long TotalCount, IReadOnlyList<Edge> Edges, PageInfo PageInfo)
{
    /// <summary>What <c>filterOptions</c> needs to compute facets for this result (allFactSheets only).</summary>
    public object? Facets { get; init; }
}

/// <summary>An edge; its cursor is encoded only when asked for (a page of relations per fact sheet rarely is, issue 15).</summary>
public sealed record Edge(object Node, int Index, QuerySnapshot Snapshot)
{
    public string Cursor => Paging.EncodeCursor(Index, Snapshot.Value);
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, int? StartIndex, int? EndIndex, QuerySnapshot Snapshot)
{
    public string? StartCursor => StartIndex is { } i ? Paging.EncodeCursor(i, Snapshot.Value) : null;

    public string? EndCursor => EndIndex is { } i ? Paging.EncodeCursor(i, Snapshot.Value) : null;
}
