namespace LeanIX.Automation.InitialSync;

/// <summary>Where an initial sync is.</summary>
/// <param name="SyncId">The sync's id.</param>
/// <param name="AutomationId">The automation it runs.</param>
/// <param name="State">Running, completed, cancelled or failed.</param>
/// <param name="Total">Fact sheets to go through (0 until the preload finished).</param>
/// <param name="Processed">Fact sheets done so far (kept across a restart).</param>
/// <param name="Failed">Fact sheets whose handler threw.</param>
/// <param name="StartedAt">When it was started.</param>
/// <param name="FinishedAt">When it ended, or null while running.</param>
/// <param name="Error">Why it failed, or null.</param>
public sealed record InitialSyncStatus(string SyncId, string AutomationId, InitialSyncState State, int Total, int Processed, int Failed,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    /// <summary>Percent done (0–100).</summary>
    public int Percent => Total == 0 ? (State == InitialSyncState.Completed ? 100 : 0) : (int)(100L * Processed / Total);
}

/// <summary>The life of an initial sync.</summary>
public enum InitialSyncState
{
    /// <summary>Going through the fact sheets (or waiting to resume after a restart).</summary>
    Running,
    /// <summary>Every fact sheet was handled.</summary>
    Completed,
    /// <summary>Stopped by an admin.</summary>
    Cancelled,
    /// <summary>Stopped by an error outside the handler (the preload failed).</summary>
    Failed
}
