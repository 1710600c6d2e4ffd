using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LeanIX.Automation.Storage;

namespace LeanIX.Bench;

/// <summary>
/// Listens to the inbox's group-commit metrics and the GC during a measured run, and prints where an answer's time goes:
/// the wait from enqueue to commit, the group sizes, the inserts and the commit (fsync) of each group, and GC pauses.
/// </summary>
internal sealed class InboxSplits : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _values = new();
    private int[] _gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private TimeSpan _pauseBefore = GC.GetTotalPauseDuration();

    public InboxSplits()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == InboxMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<int>((i, v, _, _) => Add(i.Name, v));
        _listener.SetMeasurementEventCallback<double>((i, v, _, _) => Add(i.Name, v));
        _listener.Start();
    }

    /// <summary>
    /// Forgets what was recorded so far. The listener is attached before the warm-up, so the recording path is compiled
    /// then and not in the measured run.
    /// </summary>
    public void Reset()
    {
        _values.Clear();
        _gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        _pauseBefore = GC.GetTotalPauseDuration();
    }

    private void Add(string name, double value) => _values.GetOrAdd(name, _ => new ConcurrentQueue<double>()).Enqueue(value);

    public void Print()
    {
        _listener.Dispose();
        Line("wait for commit ", "inbox.append.wait", " ms");
        Line("group size      ", "inbox.group.appends", "");
        Line("group inserts   ", "inbox.group.insert.duration", " ms");
        Line("group commit    ", "inbox.group.commit.duration", " ms");
        Line("checkpoint      ", "inbox.checkpoint.duration", " ms");
        Console.WriteLine($"  GC gen0/1/2     : {GC.CollectionCount(0) - _gcBefore[0]} / {GC.CollectionCount(1) - _gcBefore[1]} / {GC.CollectionCount(2) - _gcBefore[2]}, paused {(GC.GetTotalPauseDuration() - _pauseBefore).TotalMilliseconds:F0} ms in all");
    }

    private void Line(string label, string name, string unit)
    {
        if (!_values.TryGetValue(name, out var queue) || queue.IsEmpty) return;
        var sorted = queue.Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine($"  {label}: n {sorted.Length:N0}, p50 {P(0.5):F1}{unit}, p90 {P(0.9):F1}{unit}, p99 {P(0.99):F1}{unit}, max {sorted[^1]:F1}{unit}, mean {sorted.Average():F1}{unit}");
    }

    public void Dispose() => _listener.Dispose();
}
