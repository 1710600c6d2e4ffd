namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// Where a run reports itself to the synchronization log.
/// TODO(D75): every run must create a synclog synchronization (topic "Integration API", name = connectorId, one item per
/// written entity). The synclog service (admin.md §2) is being built on branch <c>services</c> (Rest/SyncLog and its
/// store); when it lands, implement this interface over that store and pass it to <see cref="SyncRuns"/>.
/// Until then <see cref="None"/> records nothing.
/// </summary>
public interface IRunSyncLog
{
    /// <summary>Called once when a run has ended (FINISHED, FAILED or STOPPED), outside the workspace lock.</summary>
    Task RunEndedAsync(SyncRun run, CancellationToken cancellationToken);

    public static IRunSyncLog None { get; } = new NoSyncLog();

    private sealed class NoSyncLog : IRunSyncLog
    {
        public Task RunEndedAsync(SyncRun run, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
