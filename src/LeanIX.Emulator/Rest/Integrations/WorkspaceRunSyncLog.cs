using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// D75: each ended run becomes a synclog synchronization (topic "Integration API", name = connectorId) with one OK item
/// per entity it wrote, committed through the workspace transaction as the synclog endpoints commit theirs (admin.md §2.2).
/// The status is left to be derived from the items (D46); the run's warnings and errors are counted on it.
/// </summary>
public sealed class WorkspaceRunSyncLog : IRunSyncLog
{
    public const string Topic = "Integration API";

    public async Task RunEndedAsync(SyncRun run, string finalStatus, string? failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var writes = run.Writes;
        var progress = finalStatus switch { RunStatus.Finished => "FINISHED", RunStatus.Stopped => "ABORTED", _ => "FAILED" };
        var workspace = run.Workspace;
        using (await workspace.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var tx = workspace.Begin(run.UserId);
            var synchronization = new Synchronization
            {
                Id = Guid.NewGuid(),
                Name = run.Ldif["connectorId"]?.GetValue<string>(),
                Topic = Topic,
                Trigger = run.Test ? "TEST" : "API",
                Progress = progress,
                Message = failure,
                CreatedAt = run.StartedAt ?? run.CreatedAt,
                FinishedAt = tx.Now,
                Total = writes.Count,
                Processed = writes.Count,
                Warnings = run.Statistics.WarningCount,
                Errors = run.Statistics.ErrorCount,
                Actions = writes.Count
            };
            var items = tx.Overlay<SyncItem>();
            foreach (var write in writes)
                items.Add(new SyncItem
                {
                    Id = Guid.NewGuid(), SynchronizationId = synchronization.Id, Ordinal = ++synchronization.ItemCount,
                    Status = "OK", Action = write.Action, SourceId = write.SourceId, SourceType = run.Ldif["connectorType"]?.GetValue<string>(),
                    TargetId = write.TargetId.ToString("D"), TargetName = write.TargetName, TargetType = write.TargetType, CreatedAt = tx.Now
                });
            tx.Overlay<Synchronization>().Add(synchronization);
            workspace.Commit(tx);
        }
    }
}
