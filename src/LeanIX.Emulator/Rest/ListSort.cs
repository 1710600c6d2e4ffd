namespace LeanIX.Emulator.Rest;

/// <summary>
/// The <c>sort=&lt;field&gt;-&lt;asc|desc&gt;</c> parameter of page/size lists (synclog <c>createdAt-desc</c>, admin.md §2.1):
/// a field the list knows, ties broken by a stable secondary key so pages never overlap.
/// </summary>
public sealed class ListSort<T>(string fieldName, bool descending, Func<T, IComparable?> key)
{
    public string Field => fieldName;
    public bool Descending => descending;

    /// <summary>Reads <paramref name="text"/> (or <paramref name="fallback"/> when empty); unknown fields or directions are refused.</summary>
    public static ListSort<T> Parse(string? text, string fallback, IReadOnlyDictionary<string, Func<T, IComparable?>> fields)
    {
        text = string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();
        var dash = text.LastIndexOf('-');
        var name = dash < 0 ? text : text[..dash];
        var direction = dash < 0 ? "asc" : text[(dash + 1)..].ToLowerInvariant();
        if (direction is not ("asc" or "desc"))
            throw new RestInputException($"sort must be '<field>-asc' or '<field>-desc', not '{text}'.", text, "sort");
        if (!fields.TryGetValue(name, out var key))
            throw new RestInputException($"Cannot sort by '{name}'; use one of {string.Join(", ", fields.Keys)}.", text, "sort");
        return new ListSort<T>(name, direction == "desc", key);
    }

    /// <summary>Orders by the field, then by <paramref name="tieBreak"/> in the same direction.</summary>
    public IEnumerable<T> Apply<TTie>(IEnumerable<T> items, Func<T, TTie> tieBreak)
    {
        var comparer = Comparer<IComparable?>.Create(Compare);
        return descending
            ? items.OrderByDescending(key, comparer).ThenByDescending(tieBreak)
            : items.OrderBy(key, comparer).ThenBy(tieBreak);
    }

    // Nulls sort first ascending (last descending); strings compare case-insensitively as a UI list would.
    private static int Compare(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => StringComparer.OrdinalIgnoreCase.Compare(x, y),
        _ => a.CompareTo(b)
    };
}
