using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// <c>inboundFactSheet</c> (admin.md §1.3, DOCS/inbound-processors): creates or updates the fact sheet its identifier names,
/// through <see cref="FactSheetMutations"/> like <c>createFactSheet</c>/<c>updateFactSheet</c>. Creating needs an external
/// id identifier and a <c>name</c> update. <c>mode: delete</c> archives. An external id finds only active fact sheets (so a
/// later update creates a new one); an internal id also finds an archived one, which is recovered.
/// </summary>
public static class InboundFactSheetProcessor
{
    public static void Execute(ProcessorStep step)
    {
        var typeName = step.Text(step.Processor["type"]);
        var type = typeName is null ? null : step.Tx.Model.Type(typeName);
        if (type is null)
        {
            step.Warn($"Unknown fact sheet type '{typeName}'", isError: true);
            return;
        }
        foreach (var target in FactSheetTarget.Read(step, step.Processor["identifier"], "identifier"))
        {
            var current = target.Find(step, type.Key);
            if (current is not null && current.Type != type.Key)
            {
                step.Warn($"Fact sheet {target} is a {current.Type}, not a {type.Key}", isError: true);
                continue;
            }
            if (IsDelete(step.Processor))
            {
                if (current is { IsActive: true })
                {
                    FactSheetMutations.Update(step.Tx, current.Id, null, [new("replace", "/status", FactSheetStatus.Archived)], null);
                    step.Run.Statistics.DeletedCount++;
                    step.Run.Run.Wrote(new RunWrite("DELETE", target.ExternalId, current.Id, current.Name, current.Type));
                }
                continue;
            }
            var patches = FactSheetUpdates.Build(step, type, current, out var name);
            if (current is null)
            {
                if (target.InternalId is not null)
                {
                    step.Warn($"Fact sheet {target} not found", isError: true);
                    continue;
                }
                if (name is null)
                {
                    step.Warn($"Creating {type.Key} '{target.ExternalId}' needs a 'name' update", isError: true);
                    continue;
                }
                if (type.Field(target.ExternalIdField!) is null)
                {
                    step.Warn($"'{target.ExternalIdField}' is not an external id field of {type.Key}", isError: true);
                    continue;
                }
                var externalId = new JsonObject { ["externalId"] = target.ExternalId };
                patches.RemoveAll(p => p.Path == "/" + target.ExternalIdField);
                patches.Insert(0, new("replace", "/" + target.ExternalIdField, externalId.ToJsonString()));
                var created = FactSheetMutations.Create(step.Tx, type.Key, name, patches);
                step.Run.ExternalIds.Add(target.ExternalIdField!, target.ExternalId!, created.Id);
                step.Run.TouchedFactSheets.Add(created.Id);
                step.Run.Statistics.CreatedCount++;
                step.Run.Run.Wrote(new RunWrite("CREATE", target.ExternalId, created.Id, created.Name, created.Type));
                continue;
            }
            if (!current.IsActive) patches.Insert(0, new("replace", "/status", FactSheetStatus.Active));
            if (name is not null && name != current.Name) patches.Insert(0, new("replace", "/name", name));
            var recordsBefore = step.Tx.Records.Count;
            var updated = FactSheetMutations.Update(step.Tx, current.Id, null, patches, null);
            step.Run.TouchedFactSheets.Add(updated.Id);
            // An update without effect records nothing (D19), and is not counted.
            if (step.Tx.Records.Count > recordsBefore)
            {
                step.Run.Statistics.UpdatedCount++;
                step.Run.Run.Wrote(new RunWrite("UPDATE", target.ExternalId, updated.Id, updated.Name, updated.Type));
            }
        }
    }

    public static bool IsDelete(JsonObject processor) =>
        string.Equals(processor["mode"]?.GetValue<string>(), "delete", StringComparison.OrdinalIgnoreCase);
}
