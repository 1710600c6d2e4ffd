using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain.Integrations;
using LeanIX.Emulator.Rest.Integrations.Processing;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// The emulator's synchronization runs and their state machine (admin.md §1.5, D75): CREATED → (start) PENDING → after
/// <see cref="IntegrationApiOptions.RunDelay"/> IN_PROGRESS → FINISHED | FAILED; stop turns PENDING/IN_PROGRESS into STOPPED.
/// Processing runs in the background on the thread pool; its writes take the workspace's writer turn per content item.
/// </summary>
public sealed class SyncRuns(IntegrationApiOptions options, TimeProvider clock, IRunSyncLog syncLog, ILogger logger)
{
    private readonly ConcurrentDictionary<Guid, SyncRun> _runs = new();
    private readonly ConcurrentDictionary<Guid, Task> _processing = new();

    public SyncRun Create(Workspace workspace, Guid userId, JsonObject ldif, ProcessorConfiguration configuration)
    {
        var run = new SyncRun(Guid.NewGuid(), workspace, userId, ldif, configuration, clock.GetUtcNow());
        _runs[run.Id] = run;
        return run;
    }

    /// <summary>The run, if it exists and belongs to <paramref name="workspace"/> (another workspace's run is unknown here).</summary>
    public SyncRun? Get(Workspace workspace, Guid id) => _runs.TryGetValue(id, out var run) && run.Workspace == workspace ? run : null;

    public IEnumerable<SyncRun> Of(Workspace workspace) => _runs.Values.Where(r => r.Workspace == workspace).OrderBy(r => r.CreatedAt);

    /// <summary>Starts a CREATED run; returns why not otherwise (HTTP 400).</summary>
    public string? Start(SyncRun run, bool test)
    {
        lock (run.Gate)
        {
            if (run.Status != RunStatus.Created) return $"Synchronization run {run.Id:D} is already started (status {run.Status})";
            run.Status = RunStatus.Pending;
            run.Test = test;
        }
        _processing[run.Id] = Task.Run(() => ProcessAsync(run));
        return null;
    }

    /// <summary>Stops a PENDING or IN_PROGRESS run; returns why not otherwise (HTTP 400).</summary>
    public string? Stop(SyncRun run)
    {
        lock (run.Gate)
        {
            if (run.Status is not (RunStatus.Pending or RunStatus.InProgress))
                return $"Synchronization run {run.Id:D} is not pending or in progress (status {run.Status})";
            run.Status = RunStatus.Stopped;
            run.FinishedAt = clock.GetUtcNow();
        }
        run.Stop.Cancel();
        return null;
    }

    /// <summary>Waits for the background processing of a run (tests and shutdown).</summary>
    public Task WhenProcessedAsync(Guid runId) => _processing.TryGetValue(runId, out var task) ? task : Task.CompletedTask;

    private async Task ProcessAsync(SyncRun run)
    {
        try
        {
            if (options.RunDelay > TimeSpan.Zero) await Task.Delay(options.RunDelay, clock, run.Stop.Token).ConfigureAwait(false);
            lock (run.Gate)
            {
                if (run.Status != RunStatus.Pending) return;
                run.Status = RunStatus.InProgress;
                run.StartedAt = clock.GetUtcNow();
            }
            await RunEvents.EmitAsync(run, IntegrationEventTypes.RunStarted, "STARTED").ConfigureAwait(false);
            var failure = LdifValidation.WorkspaceError(run.Ldif, run.Workspace.Id);
            if (failure is not null) run.Warn(new RunWarning(null, null, null, failure, null, RunWarning.CategoryValidation, true));
            else await ExecuteAsync(run).ConfigureAwait(false);
            await EndAsync(run, failure).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
        {
            // Stopped while pending: nothing ran, nothing to report.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Integration API run {RunId} failed", run.Id);
            await EndAsync(run, "The run failed: " + e.Message).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(SyncRun run)
    {
        var context = new RunContext(run, (JsonObject)JsonNode.Parse(run.Configuration.Json)!);
        if (run.Configuration.ProcessingDirection == "outbound")
        {
            using (run.Workspace.PinSnapshot()) OutboundRun.Execute(context, run.Workspace.State);
            return;
        }
        await InboundRun.ExecuteAsync(context, run.Stop.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends a run: the event and the synclog synchronization (D75) first, then the state, so a client that sees FINISHED
    /// finds both already committed; a run stopped meanwhile keeps STOPPED and reports ABORTED.
    /// </summary>
    private async Task EndAsync(SyncRun run, string? failure)
    {
        bool stopped;
        string final;
        lock (run.Gate)
        {
            stopped = run.Status == RunStatus.Stopped;
            final = stopped ? RunStatus.Stopped : failure is null ? RunStatus.Finished : RunStatus.Failed;
            run.Statistics.Duration = (run.FinishedAt ?? clock.GetUtcNow()) - (run.StartedAt ?? run.CreatedAt);
        }
        await RunEvents.EmitAsync(run, stopped ? IntegrationEventTypes.RunAborted : IntegrationEventTypes.RunFinished,
            stopped ? "ABORTED" : final).ConfigureAwait(false);
        await syncLog.RunEndedAsync(run, final, failure, CancellationToken.None).ConfigureAwait(false);
        lock (run.Gate)
        {
            if (run.Status == RunStatus.InProgress)
            {
                run.Status = final;
                run.Description = failure;
                run.FinishedAt = clock.GetUtcNow();
            }
        }
    }
}
