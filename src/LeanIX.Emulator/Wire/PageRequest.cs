namespace LeanIX.Emulator.Wire;

/// <summary>
/// The page/size paging every page-style LeanIX list shares (MTM users D33, webhook deliveries
/// webhooks.md §1): <c>page</c> is 1-indexed and 0 is taken as 1 (scripts send it), <c>size</c>
/// defaults to 30 and is clamped to 100.
/// </summary>
public readonly record struct PageRequest(int Page, int Size)
{
    public const int DefaultSize = 30;
    public const int MaxSize = 100;

    /// <summary>The items of this page.</summary>
    public IEnumerable<T> Of<T>(IEnumerable<T> ordered) => ordered.Skip((int)Math.Min((long)(Page - 1) * Size, int.MaxValue)).Take(Size);

    /// <summary>Reads <c>page</c> and <c>size</c>; a bad value gives the parameter and a message for a 400 (D2).</summary>
    public static PageRequest? Parse(IQueryCollection query, out (string Param, string Message)? error)
    {
        error = null;
        var page = 1;
        if (query["page"].FirstOrDefault() is { Length: > 0 } p && (!int.TryParse(p, out page) || page < 0))
        {
            error = ("page", $"page must be a whole number ≥ 1 (1-indexed), not '{p}'.");
            return null;
        }
        var size = DefaultSize;
        if (query["size"].FirstOrDefault() is { Length: > 0 } s && (!int.TryParse(s, out size) || size < 1))
        {
            error = ("size", $"size must be a whole number ≥ 1, not '{s}'.");
            return null;
        }
        return new PageRequest(Math.Max(page, 1), Math.Min(size, MaxSize));
    }
}
