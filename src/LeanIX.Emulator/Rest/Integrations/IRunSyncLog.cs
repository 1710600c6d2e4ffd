namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>Where a run reports itself to the synchronization log (D75, <see cref="WorkspaceRunSyncLog"/>).</summary>
public interface IRunSyncLog
{
    /// <summary>
    /// Called once as a run ends, before its status shows <paramref name="finalStatus"/> (FINISHED, FAILED or STOPPED),
    /// so a client that sees the run ended finds its synchronization; outside the workspace lock.
    /// </summary>
    Task RunEndedAsync(SyncRun run, string finalStatus, string? failure, CancellationToken cancellationToken);
}
