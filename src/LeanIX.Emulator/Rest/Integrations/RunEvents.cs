using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Domain.Integrations;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// INTEGRATION_RUN_STARTED/FINISHED/ABORTED (webhooks.md §7, D75): one change record each, committed on its own, whose
/// NewValue is the payload of fixture INTEGRATION_RUN_FINISHED.json. Test runs write nothing and emit nothing.
/// </summary>
public static class RunEvents
{
    public static async Task EmitAsync(SyncRun run, string eventType, string progress)
    {
        if (run.Test) return;
        var payload = new JsonObject
        {
            ["type"] = "INTEGRATION-API",
            ["scope"] = run.Configuration.ProcessingMode.ToUpperInvariant(),
            ["version"] = run.Configuration.ConnectorVersion,
            ["duration"] = run.Statistics.Duration.TotalSeconds,
            ["progress"] = progress,
            ["direction"] = run.Configuration.ProcessingDirection.ToUpperInvariant(),
            ["errorCount"] = run.Statistics.ErrorCount,
            ["connectorId"] = run.Configuration.ConnectorId,
            ["warningCount"] = run.Statistics.WarningCount,
            ["connectorType"] = run.Configuration.ConnectorType,
            ["integratedTool"] = "",
            ["processedCount"] = run.Statistics.ProcessedContentCount,
            ["synchronizationId"] = run.Id.ToString("D")
        };
        var workspace = run.Workspace;
        using (await workspace.LockAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var tx = workspace.Begin(run.UserId);
            tx.Record(new ChangeRecord { EventType = eventType, EntityType = IntegrationEventTypes.EntityType, EntityId = run.Id, NewValue = payload });
            workspace.Commit(tx);
        }
    }
}
