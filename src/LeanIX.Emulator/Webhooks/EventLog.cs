namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// A workspace's webhook events: every retained event is in SQLite, and only the latest
/// <see cref="WebhookOptions.EventsInMemory"/> are also held in memory (issue 9: memory grew by about
/// 22 KB per mutation while a subscription existed). A reader behind that window reads the older part
/// from SQLite in pages, then continues in memory; offsets ascend throughout (D27).
/// </summary>
public sealed class EventLog(WebhookStore store, Guid workspaceId, int inMemory, List<WebhookEvent> tail)
{
    private const int PageSize = 500;
    private readonly List<WebhookEvent> _tail = tail;

    /// <summary>The events held in memory, oldest first.</summary>
    public IReadOnlyList<WebhookEvent> Tail => _tail;

    public WebhookEvent? Last => _tail.Count > 0 ? _tail[^1] : null;

    public void Append(IEnumerable<WebhookEvent> events)
    {
        _tail.AddRange(events);
        if (_tail.Count > inMemory) _tail.RemoveRange(0, _tail.Count - inMemory);
    }

    /// <summary>Every retained event with offset ≥ <paramref name="offset"/>, oldest first; read lazily.</summary>
    public IEnumerable<WebhookEvent> From(long offset)
    {
        var windowStart = _tail.Count > 0 ? _tail[0].Offset : long.MaxValue;
        var next = offset;
        while (next < windowStart)
        {
            var page = store.LoadEvents(workspaceId, next, Math.Min(windowStart, long.MaxValue), PageSize);
            if (page.Count == 0) break;
            foreach (var e in page) yield return e;
            next = page[^1].Offset + 1;
        }
        for (var i = IndexOf(Math.Max(offset, next)); i < _tail.Count; i++) yield return _tail[i];
    }

    /// <summary>Drops events created before <paramref name="cutoff"/> from memory; true if any were.</summary>
    public bool DropBefore(DateTimeOffset cutoff)
    {
        var expired = _tail.TakeWhile(e => e.CreatedAt < cutoff).Count();
        _tail.RemoveRange(0, expired);
        return expired > 0;
    }

    private int IndexOf(long offset)
    {
        int lo = 0, hi = _tail.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tail[mid].Offset < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
