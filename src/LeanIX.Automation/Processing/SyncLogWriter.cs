using System.Globalization;
using System.Text.Json.Nodes;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Runs;
using LeanIX.Client;

namespace LeanIX.Automation.Processing;

/// <summary>
/// Writes one Sync Logging entry per run (topic <c>LeanIX Automation Platform</c>) with an item per action
/// (admin.md §2, D43–D46): POST <c>/synchronizations</c>, then POST <c>/{id}/syncItemBatch</c>. The only place that
/// talks to the sync log, so moving to the client area <c>lx.SyncLog</c> (branch <c>services</c>) changes this class alone.
/// A workspace without the sync log service (404) is remembered and not asked again.
/// </summary>
internal sealed partial class SyncLogWriter
{
    public const string Topic = "LeanIX Automation Platform";
    private const string Base = "services/synclog/v1/synchronizations";
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
            var warnings = actions.Count(a => a.Status == "WARNING");
            var entry = new JsonObject
            {
                ["name"] = $"{run.AutomationName} ({run.Trigger})",
                ["topic"] = Topic,
                ["trigger"] = run.Trigger.StartsWith("initial-sync", StringComparison.Ordinal) ? "FULL_SYNC_MANUAL" : "LEANIX_CHANGES",
                ["scope"] = run.Trigger.StartsWith("initial-sync", StringComparison.Ordinal) ? "FULL" : "PARTIAL",
                ["status"] = errors > 0 ? "ERROR" : warnings > 0 ? "WARNING" : "OK",
                ["progress"] = run.Status == RunStatus.Failed ? "FAILED" : "FINISHED",
                ["message"] = run.Error ?? $"{run.EventType} on {run.FactSheetId}",
                ["createdAt"] = Iso(run.StartedAt),
                ["finishedAt"] = Iso(run.FinishedAt),
                ["total"] = 1,
                ["processed"] = 1,
                ["warnings"] = warnings,
                ["errors"] = errors,
                ["actions"] = actions.Count
            };
            var created = await client.Connection.RequestAsync(Base, HttpMethod.Post, entry, null, cancellationToken).ConfigureAwait(false);
            var id = created?["data"]?["id"]?.GetValue<string>();
            if (id is null || actions.Count == 0) return;
            var items = new JsonArray();
            foreach (var a in actions)
                items.Add(new JsonObject
                {
                    ["synchronizationId"] = id,
                    ["status"] = a.Status,
                    ["action"] = a.Action,
                    ["sourceId"] = run.FactSheetId?.ToString(),
                    ["sourceName"] = run.AutomationName,
                    ["sourceType"] = run.EventType,
                    ["targetId"] = a.TargetId,
                    ["targetName"] = a.TargetName,
                    ["targetType"] = a.TargetType,
                    ["message"] = a.Message
                });
            await client.Connection.RequestAsync($"{Base}/{Uri.EscapeDataString(id)}/syncItemBatch", HttpMethod.Post, items, null, cancellationToken).ConfigureAwait(false);
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

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The workspace has no sync log service (404); runs are not written to Sync Logging")]
    private static partial void LogUnavailable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the sync log entry of '{Automation}' failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string automation, string reason);
}
