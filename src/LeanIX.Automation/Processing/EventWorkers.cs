using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using LeanIX.Automation.Intake;
using LeanIX.Automation.Storage;
using LeanIX.Client;
using LeanIX.Client.Events;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Processing;

/// <summary>
/// The workers: each claims a batch from the inbox (at most one event per fact sheet, the oldest, under a lease in the
/// database), runs every enabled automation whose conditions match, and completes or fails the event. An automation
/// that applied an event is recorded under the key (event, automation) before the event completes, so a retry, a replay
/// or a restart after a crash runs only the automations that had not finished.
/// </summary>
internal sealed partial class EventWorkers : BackgroundService
{
    private readonly WorkspaceConnection _workspace;
    private readonly SqliteEventInbox _inbox;
    private readonly SqliteAutomationStore _store;
    private readonly HandlerRegistry _handlers;
    private readonly AutomationRunner _runner;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _clock;
    private readonly ProcessingOptions _options;
    private readonly string _instance;
    private readonly SqliteMailOutbox _mails;
    private readonly DateTimeOffset _startedAt;
    private readonly ILogger<EventWorkers> _logger;

    public EventWorkers(WorkspaceConnection workspace, SqliteEventInbox inbox, SqliteAutomationStore store, HandlerRegistry handlers,
        AutomationRunner runner, InboxSignal signal, SqliteMailOutbox mails, TimeProvider clock, IOptions<AutomationOptions> options, ILogger<EventWorkers> logger)
    {
        _workspace = workspace;
        _inbox = inbox;
        _store = store;
        _handlers = handlers;
        _runner = runner;
        _signal = signal;
        _clock = clock;
        _options = options.Value.Processing;
        _instance = _options.InstanceName;
        _mails = mails;
        _startedAt = clock.GetUtcNow();
        _logger = logger;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _workspace.WhenConnectedAsync(stoppingToken).ConfigureAwait(false);
            // Whatever this instance held when it last stopped (a crash) is handed back at once rather than after the lease.
            var released = await _inbox.ReleaseClaimsOfAsync(_instance + "/", stoppingToken).ConfigureAwait(false);
            if (released > 0) LogReleased(_logger, released);
            // Mails this instance was sending when it stopped may have gone out: never sent again on their own (the menu shows them).
            var uncertain = await _mails.MarkInterruptedUncertainAsync(_instance + "/", _startedAt, stoppingToken).ConfigureAwait(false);
            if (uncertain > 0) LogUncertainMails(_logger, uncertain);
        }
        catch (OperationCanceledException) { return; }
        catch (Exception e)
        {
            LogWorkerFailed(_logger, e);
            return;
        }
        // Workers = 0: this instance only takes events in (another instance on the same database processes them).
        var workers = Enumerable.Range(0, Math.Max(0, _options.Workers)).Select(i => WorkAsync($"{_instance}/{i}", stoppingToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private async Task WorkAsync(string owner, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await _inbox.ClaimAsync(owner, _options.BatchSize, _options.Lease, stoppingToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    await _signal.WaitAsync(_options.IdleDelay, _clock, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                var automations = await _store.ListEnabledAsync(stoppingToken).ConfigureAwait(false);
                // A batch holds at most one event per fact sheet, so its events may run side by side.
                await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = stoppingToken },
                    (e, ct) => new ValueTask(ProcessAsync(e, owner, automations, ct))).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogWorkerFailed(_logger, e);
                await Task.Delay(_options.IdleDelay, _clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Processes one claimed event and completes or fails it.</summary>
    internal async Task ProcessAsync(InboxEvent inboxEvent, string owner, IReadOnlyList<AutomationDefinition> automations, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        try
        {
            var parsed = LeanIXEvents.Parse(inboxEvent.Body);
            var subject = EventSubject.Of(parsed);
            FactSheet? factSheet = null;
            var resolved = false;
            foreach (var automation in automations)
            {
                if (_handlers.Find(automation.HandlerName) is not { } handler) continue;
                if (!AutomationRunner.Matches(automation, handler, parsed.Type, subject.FactSheetType)) continue;
                if (await _inbox.IsAppliedAsync(inboxEvent.Sequence, automation.Id!, cancellationToken).ConfigureAwait(false)) continue;
                if (handler.ResolvesFactSheet && !resolved)
                {
                    factSheet = await _runner.ResolveAsync(_workspace.Client, subject, cancellationToken).ConfigureAwait(false);
                    resolved = true;
                }
                var origin = new RunOrigin($"event:{inboxEvent.Sequence}:{automation.Id}", $"event:{inboxEvent.Source}", inboxEvent.Sequence);
                var run = (await _runner.RunAsync(automation, handler, parsed, handler.ResolvesFactSheet ? factSheet : null, origin, null, cancellationToken).ConfigureAwait(false)).Run;
                if (run.Status == Runs.RunStatus.Succeeded)
                    await _inbox.MarkAppliedAsync(inboxEvent.Sequence, automation.Id!, CancellationToken.None).ConfigureAwait(false);
                else
                    failures.Add($"{automation.DisplayName}: {run.Error}");
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            failures.Add($"{e.GetType().Name}: {e.Message}");
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (failures.Count == 0)
            await _inbox.CompleteAsync(inboxEvent.Sequence, owner, CancellationToken.None).ConfigureAwait(false);
        else if (await _inbox.FailAsync(inboxEvent.Sequence, owner, string.Join("; ", failures), CancellationToken.None).ConfigureAwait(false))
            LogFailed(_logger, inboxEvent.Sequence, inboxEvent.Attempts, string.Join("; ", failures));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} events held by this instance before a restart were handed back to the inbox")]
    private static partial void LogReleased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Sequence} failed (attempt {Attempt}): {Reason}")]
    private static partial void LogFailed(ILogger logger, long sequence, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "An inbox worker failed; it goes on after a pause")]
    private static partial void LogWorkerFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} mail(s) were being sent when this host stopped and may have gone out; they are not sent again: see Uncertain mails in the menu")]
    private static partial void LogUncertainMails(ILogger logger, int count);
}
