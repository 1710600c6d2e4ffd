namespace LeanIX.Emulator.Webhooks;

/// <summary>Event ids are one global increasing long across workspaces (webhooks.md §8, D6).</summary>
public sealed class EventIdSequence(long next)
{
    private long _next = next;

    public long Next() => Interlocked.Increment(ref _next) - 1;

    /// <summary>The id the next event will get (persisted with each append).</summary>
    public long Peek => Interlocked.Read(ref _next);
}
