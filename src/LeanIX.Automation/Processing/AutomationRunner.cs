using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Intake;
using LeanIX.Automation.Mail;
using LeanIX.Automation.Runs;
using LeanIX.Automation.Storage;
using LeanIX.Client;
using LeanIX.Client.Events;
using Microsoft.Extensions.Options;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Processing;

/// <summary>
/// Runs one automation on one event: the handler with its context, then the run history and the Sync Logging entry.
/// Shared by the inbox workers and the initial sync.
/// </summary>
internal sealed partial class AutomationRunner
{
    private readonly WorkspaceConnection _workspace;
    private readonly IRunHistory _history;
    private readonly SyncLogWriter _syncLog;
    private readonly IAutomationMailer _mailer;
    private readonly SqliteMailOutbox _mails;
    private readonly string _mailOwner;
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly bool _writeSyncLog;

    public AutomationRunner(WorkspaceConnection workspace, IRunHistory history, SyncLogWriter syncLog, IAutomationMailer mailer,
        SqliteMailOutbox mails, TimeProvider clock, ILoggerFactory loggers, IOptions<AutomationOptions> options)
    {
        _workspace = workspace;
        _history = history;
        _syncLog = syncLog;
        _mailer = mailer;
        _mails = mails;
        _mailOwner = options.Value.Processing.InstanceName + "/";
        _clock = clock;
        _loggers = loggers;
        _logger = loggers.CreateLogger<AutomationRunner>();
        _writeSyncLog = options.Value.Processing.WriteSyncLog;
    }

    /// <summary>Whether <paramref name="automation"/> reacts to an event of this type about a fact sheet of this type.</summary>
    public static bool Matches(AutomationDefinition automation, EventHandler handler, string? eventType, string? factSheetType)
    {
        if (!handler.ReactsTo(eventType)) return false;
        var types = automation.FactSheetTypes;
        return types.Count == 0 || (factSheetType is not null && types.Contains(factSheetType, StringComparer.Ordinal));
    }

    /// <summary>Reads the fact sheet an event is about, fresh; null when the event names none or it is gone.</summary>
    public async Task<FactSheet?> ResolveAsync(LeanIXClient client, EventSubject subject, CancellationToken cancellationToken)
    {
        if (subject.FactSheetId is not { } id || subject.FactSheetType is not { } type) return null;
        try
        {
            return await client.FactSheets.GetAsync(type, id.ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch (LeanIXNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Runs the handler and records the run. Never throws for a handler failure: the run says Failed.</summary>
    public async Task<RunResult> RunAsync(AutomationDefinition automation, EventHandler handler, LeanIXEvent leanIXEvent, FactSheet? factSheet,
        RunOrigin origin, Action<LogLine>? liveLog, CancellationToken cancellationToken)
    {
        var started = _clock.GetUtcNow();
        var log = new RunLogger(_loggers.CreateLogger($"LeanIX.Automation.Handlers.{handler.Name}"), _clock, liveLog);
        var client = origin.Client ?? _workspace.Client;
        var mailer = new IdempotentMailer(_mailer, _mails, origin.IdempotencyKey, automation.Id!, _mailOwner, log);
        var context = new HandlerContext(client, automation, log, mailer, _workspace.Links, origin.IdempotencyKey);
        string? error = null;
        try
        {
            await handler.HandleAsync(leanIXEvent, factSheet, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"{e.GetType().Name}: {e.Message}";
            log.LogError("{Automation} failed on {EventType}: {Error}", automation.DisplayName, leanIXEvent.Type, error);
        }
        var run = new AutomationRun(Guid.NewGuid().ToString("N"), automation.Id!, automation.DisplayName, origin.EventSequence, leanIXEvent.Type,
            EventSubject.Of(leanIXEvent).FactSheetId ?? factSheet?.Id, origin.Trigger, error is null ? RunStatus.Succeeded : RunStatus.Failed,
            started, _clock.GetUtcNow(), error, log.Lines);
        try
        {
            await _history.RecordAsync(run, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogHistoryFailed(_logger, e);
        }
        if (_writeSyncLog && origin.WriteSyncLog)
            await _syncLog.WriteAsync(client, run, context.Actions, CancellationToken.None).ConfigureAwait(false);
        return new RunResult(run, context.Actions);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording a run in the history failed")]
    private static partial void LogHistoryFailed(ILogger logger, Exception e);
}

/// <summary>Where a run comes from.</summary>
/// <param name="IdempotencyKey">Unique per event (or synthetic event) and automation.</param>
/// <param name="Trigger">event:push, event:pull, initial-sync…</param>
/// <param name="EventSequence">The inbox event, if any.</param>
/// <param name="Client">A client other than the host's (an initial sync's preloaded one).</param>
/// <param name="WriteSyncLog">False when the caller writes one entry for many runs (an initial sync).</param>
internal sealed record RunOrigin(string IdempotencyKey, string Trigger, long? EventSequence = null, LeanIXClient? Client = null, bool WriteSyncLog = true);

/// <summary>A finished run and the actions its handler recorded.</summary>
internal sealed record RunResult(AutomationRun Run, IReadOnlyList<AutomationAction> Actions);
