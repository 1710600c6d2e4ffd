using System.Collections.Concurrent;

namespace LeanIX.Client;

/// <summary>
/// Named runs a script marks as done (<c>lx.RunMarkers</c>), e.g. a nightly check that must not repeat
/// within one process. Kept in memory with the time from the client's clock.
/// </summary>
public sealed class RunMarkers
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _done = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    internal RunMarkers(TimeProvider clock) => _clock = clock;

    /// <summary>Marks a run as done now.</summary>
    public void MarkDone(string runName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runName);
        _done[runName] = _clock.GetUtcNow();
    }

    /// <summary>Whether <see cref="MarkDone"/> was called for this run since the last <see cref="Clear"/>.</summary>
    public bool IsDone(string runName) => _done.ContainsKey(runName);

    /// <summary>When the run was marked done, or null.</summary>
    public DateTimeOffset? DoneAt(string runName) => _done.TryGetValue(runName, out var at) ? at : null;

    /// <summary>Forgets every marker.</summary>
    public void Clear() => _done.Clear();
}
