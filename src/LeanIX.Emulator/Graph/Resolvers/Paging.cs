using System.Security.Cryptography;
using System.Text;
using LeanIX.Emulator.Graph.Errors;
using LeanIX.Emulator.Graph.Types;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>
/// Slices an ordered result into a connection page (D8). A cursor is base64 of
/// <c>mix:&lt;index&gt;#&lt;snapshot&gt;</c>, where the snapshot identifies the query, so a cursor
/// from a different query is rejected instead of silently paging something else.
/// </summary>
public static class Paging
{
    /// <summary>The server-side maximum page size (D8).</summary>
    public const int MaxFirst = 10_000;

    /// <summary>D93: <c>allFactSheets</c> returns at most 15 000 edges, with or without <c>first</c>.</summary>
    public const int MaxFactSheetPage = 15_000;

    /// <summary>
    /// One page. <paramref name="max"/> caps an explicit <c>first</c>; <paramref name="unbounded"/> is
    /// the page size without one (every match for D8 connections, <see cref="MaxFactSheetPage"/> for D93).
    /// </summary>
    public static Connection Page<T>(IReadOnlyList<T> items, int? first, string? after, QuerySnapshot snapshot, Func<T, object> node,
        int max = MaxFirst, int unbounded = int.MaxValue)
    {
        // A fact sheet's connections are mostly empty (most relation keys, documents): one shared page for those, as
        // it has no cursor to encode (issue 15). A cursor or a negative first still goes the long way to be refused.
        if (items.Count == 0 && string.IsNullOrEmpty(after) && first is not < 0) return EmptyPage;
        // D78: paging loops start with after: "" — like null, it means from the start.
        var start = string.IsNullOrEmpty(after) ? 0 : DecodeCursor(after, snapshot.Value) + 1;
        if (first is < 0) throw BusinessError.Query($"Argument 'first' must not be negative, got {first}.");
        var size = first is { } f ? Math.Min(f, max) : unbounded;
        var count = Math.Max(0, Math.Min(size, items.Count - start));
        var edges = new Edge[count];
        for (var i = 0; i < count; i++)
            edges[i] = new Edge(node(items[start + i]), start + i, snapshot);
        var end = start + count;
        return new Connection(items.Count, edges,
            new PageInfo(end < items.Count, start > 0 && items.Count > 0, count > 0 ? start : null, count > 0 ? end - 1 : null, snapshot));
    }

    /// <summary>The page of an empty list read from the start; its snapshot is never asked for (no edge, no index).</summary>
    internal static readonly Connection EmptyPage = new(0, [], new PageInfo(false, false, null, null, QuerySnapshot.Known("")));

    public static string EncodeCursor(int index, string snapshot) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"mix:{index}#{snapshot}"));

    public static int DecodeCursor(string cursor, string snapshot)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw BusinessError.Query($"Invalid cursor '{cursor}'.");
        }
        var hash = text.IndexOf('#');
        if (!text.StartsWith("mix:", StringComparison.Ordinal) || hash < 0 ||
            !int.TryParse(text.AsSpan(4, hash - 4), out var index) || index < 0)
            throw BusinessError.Query($"Invalid cursor '{cursor}'.");
        if (text[(hash + 1)..] != snapshot)
            throw BusinessError.Query($"Invalid cursor '{cursor}': it belongs to a different query.");
        return index;
    }

    /// <summary>A short, stable hash naming a query (its type, filter, sort …), computed when a cursor needs it.</summary>
    public static QuerySnapshot Snapshot(string key) => new(key);

    /// <summary>A snapshot whose key is only made when a cursor needs it.</summary>
    public static QuerySnapshot Snapshot(Func<string> key) => new(key);

    internal static string Hash(string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 6));
    }
}
