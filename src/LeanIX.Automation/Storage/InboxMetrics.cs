using System.Diagnostics.Metrics;

namespace LeanIX.Automation.Storage;

/// <summary>
/// The inbox's group commits as metrics (meter <c>LeanIX.Automation.Inbox</c>): how many appends each commit holds, how
/// long the inserts and the commit itself (the fsync) take, and how long an append waits from enqueue to its commit.
/// Recording costs nothing while no listener is attached; the bench and OpenTelemetry can listen.
/// </summary>
public static class InboxMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "LeanIX.Automation.Inbox";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Appends per group commit.</summary>
    public static readonly Histogram<int> GroupSize = Meter.CreateHistogram<int>("inbox.group.appends", "{append}");

    /// <summary>Time to run a group's inserts, before the commit.</summary>
    public static readonly Histogram<double> InsertDuration = Meter.CreateHistogram<double>("inbox.group.insert.duration", "ms");

    /// <summary>Time of the commit alone (synchronous=FULL: the WAL fsync).</summary>
    public static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>("inbox.group.commit.duration", "ms");

    /// <summary>Time of a PASSIVE checkpoint on its own thread (copying the log into the database file, off the commits' path).</summary>
    public static readonly Histogram<double> CheckpointDuration = Meter.CreateHistogram<double>("inbox.checkpoint.duration", "ms");

    /// <summary>Time from an append's enqueue until its group committed.</summary>
    public static readonly Histogram<double> AppendWait = Meter.CreateHistogram<double>("inbox.append.wait", "ms");
}
