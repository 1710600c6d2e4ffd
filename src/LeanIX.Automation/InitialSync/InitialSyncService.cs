using LeanIX.Automation.Runs;

namespace LeanIX.Automation.InitialSync;

/// <summary>
/// Runs automations over every existing fact sheet of their <c>fs_types</c>: one preload, then a synthetic event per fact
/// sheet. Progress and position live in the database, so a sync resumes after a restart; each sync has a live log that
/// <c>GET /automations/{id}/sync/stream</c> streams as server-sent events.
/// </summary>
public sealed class InitialSyncService
{
    /// <summary>Starts a sync of the automation (or answers the running one).</summary>
    /// <exception cref="KeyNotFoundException">No automation has this id.</exception>
    /// <exception cref="InvalidOperationException">Its handler does not support an initial sync.</exception>
    public Task<InitialSyncStatus> StartAsync(string automationId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("initial sync: slice 5");

    /// <summary>Cancels the automation's running sync; false when none runs.</summary>
    public Task<bool> CancelAsync(string automationId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("initial sync: slice 5");

    /// <summary>The automation's latest sync, or null when it never had one.</summary>
    public Task<InitialSyncStatus?> GetStatusAsync(string automationId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("initial sync: slice 5");

    /// <summary>
    /// The live log of the automation's latest sync: the lines so far, then each new line as it is written, ending when the
    /// sync ends (or <paramref name="cancellationToken"/> is cancelled). Empty when it never had one.
    /// </summary>
    public IAsyncEnumerable<LogLine> StreamLogAsync(string automationId, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("initial sync: slice 5");
}
