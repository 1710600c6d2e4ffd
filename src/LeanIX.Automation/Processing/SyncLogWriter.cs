using LeanIX.Automation.Handlers;
using LeanIX.Automation.Runs;
using LeanIX.Client;
using LeanIX.Client.SyncLog;

namespace LeanIX.Automation.Processing;

/// <summary>
/// Writes one Sync Logging entry per run (topic <c>LeanIX Automation Platform</c>) with an item per action
/// (admin.md §2, D43–D46) through the client area <c>lx.SyncLog</c>. The only place that talks to the sync log.
/// A workspace without the sync log service (404) is remembered and not asked again.
/// </summary>
internal sealed partial class SyncLogWriter
{
    public const string Topic = "LeanIX Automation Platform";
    private readonly ILogger<SyncLogWriter> _logger;
    private volatile bool _unavailable;

    public SyncLogWriter(ILogger<SyncLogWriter> logger) => _logger = logger;

    /// <summary>Writes the run's entry and items; failures are logged, never thrown (the run's effects already happened).</summary>
    public async Task WriteAsync(LeanIXClient client, AutomationRun run, IReadOnlyList<AutomationAction> actions, CancellationToken cancellationToken)
    {
        if (_unavailable) return;
        try
        {
            var errors = run.Status == RunStatus.Failed ? 1 : 0;
            var warnings = actions.Count(a => a.Status == SyncLogStatus.Warning);
            var full = run.Trigger.StartsWith("initial-sync", StringComparison.Ordinal);
            var entry = new SyncLogEntry
            {
                Name = $"{run.AutomationName} ({run.Trigger})",
                Topic = Topic,
                Trigger = full ? "FULL_SYNC_MANUAL" : "LEANIX_CHANGES",
                Scope = full ? "FULL" : "PARTIAL",
                Status = errors > 0 ? SyncLogStatus.Error : warnings > 0 ? SyncLogStatus.Warning : SyncLogStatus.Ok,
                Progress = run.Status == RunStatus.Failed ? SyncLogProgress.Failed : SyncLogProgress.Finished,
                Message = run.Error ?? $"{run.EventType} on {run.FactSheetId}",
                CreatedAt = run.StartedAt,
                FinishedAt = run.FinishedAt,
                Total = 1,
                Processed = 1,
                Warnings = warnings,
                Errors = errors,
                Actions = actions.Count
            };
            var items = actions.Select(a => new SyncLogItem
            {
                Status = a.Status,
                Action = a.Action,
                SourceId = run.FactSheetId?.ToString(),
                SourceName = run.AutomationName,
                SourceType = run.EventType,
                TargetId = a.TargetId,
                TargetName = a.TargetName,
                TargetType = a.TargetType,
                Message = a.Message
            }).ToList();
            await client.SyncLog.CreateEntryAsync(entry, items, cancellationToken).ConfigureAwait(false);
        }
        catch (LeanIXNotFoundException)
        {
            _unavailable = true;
            LogUnavailable(_logger);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(_logger, run.AutomationName, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The workspace has no sync log service (404); runs are not written to Sync Logging")]
    private static partial void LogUnavailable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the sync log entry of '{Automation}' failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string automation, string reason);
}
