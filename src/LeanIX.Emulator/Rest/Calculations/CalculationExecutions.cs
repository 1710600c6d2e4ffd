using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Calculations;

/// <summary>
/// D57: an active calculation runs when a fact sheet of its type is created or updated. The emulator does not run the
/// JavaScript; it records the execution in the calculation's managed-code log (status SUCCESS, no output) with the input
/// the run would have had, so clients can list executions. Recorded right after the change commits, in the same writer's turn.
/// </summary>
public static class CalculationExecutions
{
    public static void Attach(IEnumerable<Workspace> workspaces)
    {
        foreach (var workspace in workspaces) workspace.Committed += Record;
    }

    private static void Record(Workspace workspace, IReadOnlyList<ChangeRecord> records)
    {
        var state = workspace.Latest;
        var active = state.Source<Calculation>().All.Where(c => c.Status == "active").ToList();
        if (active.Count == 0) return;
        var triggered = records
            .Where(r => r.EventType is EventTypes.FactSheetCreated or EventTypes.FactSheetUpdated && r.FactSheetId is not null)
            .GroupBy(r => r.FactSheetId!.Value)
            .Select(g => (Id: g.Key, Event: g.Any(r => r.EventType == EventTypes.FactSheetCreated) ? EventTypes.FactSheetCreated : EventTypes.FactSheetUpdated))
            .ToList();
        if (triggered.Count == 0) return;
        var tx = workspace.Begin(null);
        foreach (var (id, eventType) in triggered)
        {
            if (state.FactSheets.Get(id) is not { } factSheet) continue;
            foreach (var calculation in active.Where(c => c.AffectedFactSheetType == factSheet.Type))
            {
                var version = state.Source<ExecutionConfiguration>().Get(calculation.Id)?.Version ?? 1;
                tx.Overlay<ExecutionLog>().Add(new ExecutionLog
                {
                    Id = Guid.NewGuid(), ExecutionConfigurationId = calculation.Id, Timestamp = tx.Now, Status = "SUCCESS", Version = version,
                    InputJson = new JsonObject
                    {
                        ["factSheetId"] = id.ToString("D"), ["factSheetType"] = factSheet.Type, ["eventType"] = eventType,
                        ["targetField"] = calculation.AffectedFieldKey
                    }.ToJsonString()
                });
            }
        }
        // No change records: this commit raises no further Committed event.
        workspace.Commit(tx);
    }
}
