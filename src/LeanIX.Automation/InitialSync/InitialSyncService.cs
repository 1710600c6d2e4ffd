using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Processing;
using LeanIX.Automation.Runs;
using LeanIX.Automation.Storage;
using LeanIX.Client;

namespace LeanIX.Automation.InitialSync;

/// <summary>
/// Runs automations over every existing fact sheet of their <c>fs_types</c>: one preload (no request per fact sheet to
/// read), then the handler's synthetic event (<see cref="Handlers.EventHandler.InitialSyncEventAsync"/>) per fact sheet,
/// in id order. Progress and position are saved after each fact sheet, so a sync interrupted by a restart resumes after
/// the last one handled; mails keep their idempotency keys across the resume. Each sync has a live log that
/// the menu's <c>GET /automations/{id}/sync/log</c> streams as server-sent events, behind its login. One entry in Sync Logging per sync.
/// </summary>
public sealed partial class InitialSyncService : IHostedService
{
    private readonly IAutomationStore _automations;
    private readonly HandlerRegistry _handlers;
    private readonly WorkspaceConnection _workspace;
    private readonly InitialSyncStore _store;
    private readonly TimeProvider _clock;
    private readonly ILogger<InitialSyncService> _logger;
    private readonly ConcurrentDictionary<string, RunningSync> _running = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly AutomationRunner _runner;
    private readonly SyncLogWriter _syncLog;
    private readonly bool _writeSyncLog;

    internal InitialSyncService(IAutomationStore automations, HandlerRegistry handlers, WorkspaceConnection workspace, AutomationDatabase database,
        AutomationRunner runner, SyncLogWriter syncLog, TimeProvider clock, Microsoft.Extensions.Options.IOptions<AutomationOptions> options, ILogger<InitialSyncService> logger)
    {
        _automations = automations;
        _handlers = handlers;
        _workspace = workspace;
        _store = new InitialSyncStore(database);
        _runner = runner;
        _syncLog = syncLog;
        _clock = clock;
        _writeSyncLog = options.Value.Processing.WriteSyncLog;
        _logger = logger;
    }

    /// <summary>Starts a sync of the automation, or answers the one running.</summary>
    /// <exception cref="KeyNotFoundException">No automation has this id.</exception>
    /// <exception cref="InvalidOperationException">Its handler is unknown or does not support an initial sync.</exception>
    public async Task<InitialSyncStatus> StartAsync(string automationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(automationId);
        var automation = await _automations.GetAsync(automationId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No automation has the id '{automationId}'.");
        var handler = _handlers.Find(automation.HandlerName)
            ?? throw new InvalidOperationException($"The handler '{automation.HandlerName}' of '{automation.DisplayName}' is not registered.");
        if (!handler.SupportsInitialSync)
            throw new InvalidOperationException($"The handler '{handler.Name}' does not support an initial sync.");
        if (await _store.LatestAsync(automationId, cancellationToken).ConfigureAwait(false) is { Status.State: InitialSyncState.Running } running)
        {
            Launch(running.Status.SyncId, automation, handler, running.Position, []);
            return running.Status;
        }
        var id = Guid.NewGuid().ToString("N");
        await _store.CreateAsync(id, automationId, _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Launch(id, automation, handler, null, []);
        return (await _store.GetAsync(id, cancellationToken).ConfigureAwait(false))!.Value.Status;
    }

    /// <summary>Cancels the automation's running sync; false when none runs.</summary>
    public async Task<bool> CancelAsync(string automationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(automationId);
        if (await _store.LatestAsync(automationId, cancellationToken).ConfigureAwait(false) is not { Status.State: InitialSyncState.Running } latest) return false;
        if (_running.TryGetValue(latest.Status.SyncId, out var sync))
        {
            await sync.Cancellation.CancelAsync().ConfigureAwait(false);
            await sync.Task.ConfigureAwait(false);
        }
        else
            await _store.FinishAsync(latest.Status.SyncId, InitialSyncState.Cancelled, _clock.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The automation's latest sync, or null when it never had one.</summary>
    public async Task<InitialSyncStatus?> GetStatusAsync(string automationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(automationId);
        return (await _store.LatestAsync(automationId, cancellationToken).ConfigureAwait(false))?.Status;
    }

    /// <summary>
    /// The live log of the automation's latest sync: the lines so far, then each new line as it is written, ending when the
    /// sync ends (or <paramref name="cancellationToken"/> is cancelled). Empty when it never had one.
    /// </summary>
    public async IAsyncEnumerable<LogLine> StreamLogAsync(string automationId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(automationId);
        if (await _store.LatestAsync(automationId, cancellationToken).ConfigureAwait(false) is not { } latest) yield break;
        if (_running.TryGetValue(latest.Status.SyncId, out var sync))
        {
            await foreach (var line in sync.Log.Subscribe().ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return line;
            yield break;
        }
        foreach (var line in await _store.LinesAsync(latest.Status.SyncId, cancellationToken).ConfigureAwait(false))
            yield return line;
    }

    /// <summary>Resumes the syncs that were running when the host stopped.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The workspace connects in its own hosted service; resuming waits for it in the background.
        _ = Task.Run(async () =>
        {
            try
            {
                await _workspace.WhenConnectedAsync(_stopping.Token).ConfigureAwait(false);
                foreach (var (status, position) in await _store.RunningAsync(_stopping.Token).ConfigureAwait(false))
                {
                    var automation = await _automations.GetAsync(status.AutomationId, _stopping.Token).ConfigureAwait(false);
                    if (automation is null || _handlers.Find(automation.HandlerName) is not { } handler)
                    {
                        await _store.FinishAsync(status.SyncId, InitialSyncState.Failed, _clock.GetUtcNow(), "The automation or its handler is gone.", _stopping.Token).ConfigureAwait(false);
                        continue;
                    }
                    LogResuming(_logger, automation.DisplayName, status.Processed);
                    Launch(status.SyncId, automation, handler, position, await _store.LinesAsync(status.SyncId, _stopping.Token).ConfigureAwait(false));
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception e) { LogResumeFailed(_logger, e); }
        }, CancellationToken.None);
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Stops running syncs without finishing them: they stay Running in the database and resume on the next start.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running.Values.Select(s => s.Task)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) { }
    }

    private void Launch(string syncId, AutomationDefinition automation, Handlers.EventHandler handler, string? position, IReadOnlyList<LogLine> earlier)
    {
        lock (_running)
        {
            if (_running.ContainsKey(syncId)) return;
            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var log = new LiveLog(earlier);
            var sync = new RunningSync(cancellation, log);
            _running[syncId] = sync;
            sync.Task = Task.Run(() => RunAsync(syncId, automation, handler, position, sync), CancellationToken.None);
        }
    }

    private async Task RunAsync(string syncId, AutomationDefinition automation, Handlers.EventHandler handler, string? position, RunningSync sync)
    {
        var ct = sync.Cancellation.Token;
        var lineNo = sync.Log.Count;
        void Write(LogLevel level, string message) => WriteLine(new LogLine(_clock.GetUtcNow(), level, message));
        void WriteLine(LogLine line)
        {
            var no = Interlocked.Increment(ref lineNo);
            sync.Log.Write(line);
            // Lines are kept so the log survives a restart; a failed write loses a line, not the sync.
            _ = _store.AppendLineAsync(syncId, no, line, CancellationToken.None);
        }
        var started = _clock.GetUtcNow();
        var actions = new List<AutomationAction>();
        int processed = 0, failed = 0;
        try
        {
            await _workspace.WhenConnectedAsync(ct).ConfigureAwait(false);
            if (await _store.GetAsync(syncId, ct).ConfigureAwait(false) is { } saved) (processed, failed) = (saved.Status.Processed, saved.Status.Failed);
            Write(LogLevel.Information, position is null
                ? $"Initial sync of '{automation.DisplayName}' started."
                : $"Initial sync of '{automation.DisplayName}' resumed after {processed} fact sheets.");
            using var client = _workspace.CreateCachingClient();
            var types = automation.FactSheetTypes.Count > 0
                ? automation.FactSheetTypes
                : (await client.DataModel.GetAsync(ct).ConfigureAwait(false)).Types.Keys.ToList();
            await client.PreloadAsync(types, maxParallelTypes: 4, cancellationToken: ct).ConfigureAwait(false);
            var factSheets = new List<FactSheet>();
            foreach (var type in types)
                factSheets.AddRange(await client.FactSheets.Of(type).AllAsync(ct).ConfigureAwait(false));
            factSheets.Sort((a, b) => string.CompareOrdinal(a.Id.ToString(), b.Id.ToString()));
            await _store.SetTotalAsync(syncId, factSheets.Count, ct).ConfigureAwait(false);
            Write(LogLevel.Information, $"Preloaded {factSheets.Count} fact sheets of {string.Join(", ", types)}.");

            foreach (var factSheet in factSheets)
            {
                if (position is not null && string.CompareOrdinal(factSheet.Id.ToString(), position) <= 0) continue;
                ct.ThrowIfCancellationRequested();
                var syntheticEvent = await handler.InitialSyncEventAsync(factSheet).ConfigureAwait(false);
                var origin = new RunOrigin($"sync:{syncId}:{factSheet.Id}:{automation.Id}", "initial-sync", null, client, WriteSyncLog: false);
                var result = await _runner.RunAsync(automation, handler, syntheticEvent, factSheet, origin, WriteLine, ct).ConfigureAwait(false);
                actions.AddRange(result.Actions);
                processed++;
                if (result.Run.Status == RunStatus.Failed) failed++;
                await _store.SaveProgressAsync(syncId, processed, failed, factSheet.Id.ToString(), CancellationToken.None).ConfigureAwait(false);
            }
            Write(LogLevel.Information, $"Initial sync finished: {processed} fact sheets, {failed} failed, {actions.Count} actions.");
            await FinishAsync(syncId, automation, InitialSyncState.Completed, null, started, processed, failed, actions).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Host shutdown: stays Running in the database and resumes on the next start.
        }
        catch (OperationCanceledException)
        {
            Write(LogLevel.Warning, $"Initial sync cancelled after {processed} fact sheets.");
            await FinishAsync(syncId, automation, InitialSyncState.Cancelled, null, started, processed, failed, actions).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Write(LogLevel.Error, $"Initial sync failed: {e.Message}");
            await FinishAsync(syncId, automation, InitialSyncState.Failed, e.Message, started, processed, failed, actions).ConfigureAwait(false);
        }
        finally
        {
            sync.Log.End();
            _running.TryRemove(syncId, out _);
            sync.Cancellation.Dispose();
        }
    }

    private async Task FinishAsync(string syncId, AutomationDefinition automation, InitialSyncState state, string? error, DateTimeOffset started,
        int processed, int failed, IReadOnlyList<AutomationAction> actions)
    {
        await _store.FinishAsync(syncId, state, _clock.GetUtcNow(), error, CancellationToken.None).ConfigureAwait(false);
        if (!_writeSyncLog) return;
        var summary = new AutomationRun(syncId, automation.Id!, automation.DisplayName, null, "InitialSync", null, "initial-sync",
            state == InitialSyncState.Failed || failed > 0 ? RunStatus.Failed : RunStatus.Succeeded, started, _clock.GetUtcNow(),
            error ?? (failed > 0 ? $"{failed} of {processed} fact sheets failed" : null), []);
        await _syncLog.WriteAsync(_workspace.Client, summary, actions, CancellationToken.None).ConfigureAwait(false);
    }

    private sealed class RunningSync(CancellationTokenSource cancellation, LiveLog log)
    {
        public CancellationTokenSource Cancellation { get; } = cancellation;
        public LiveLog Log { get; } = log;
        public Task Task { get; set; } = Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming the initial sync of '{Automation}' after {Processed} fact sheets")]
    private static partial void LogResuming(ILogger logger, string automation, int processed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming initial syncs failed")]
    private static partial void LogResumeFailed(ILogger logger, Exception e);
}
