using System.Collections.Concurrent;

namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Per-key fixed one-minute windows: a key's window starts with its first request and allows
/// <c>limit</c> requests; later requests in that window are refused with the seconds left until it
/// ends (the <c>Retry-After</c> value). The clock is the emulator's TimeProvider, so tests can
/// move time instead of sleeping.
/// </summary>
public sealed class FixedWindowLimiter(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>True when the request may pass; otherwise <paramref name="retryAfter"/> says when to come back.</summary>
    public bool TryAcquire(string key, int limit, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        var counter = _counters.GetOrAdd(key, _ => new Counter());
        lock (counter)
        {
            if (now >= counter.WindowStart + Window || now < counter.WindowStart)
            {
                counter.WindowStart = now;
                counter.Count = 0;
            }
            if (counter.Count < limit)
            {
                counter.Count++;
                retryAfter = TimeSpan.Zero;
                return true;
            }
            retryAfter = counter.WindowStart + Window - now;
            return false;
        }
    }

    private sealed class Counter
    {
        public DateTimeOffset WindowStart = DateTimeOffset.MinValue;
        public int Count;
    }
}
