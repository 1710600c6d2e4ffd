using System.Text.Json.Nodes;
using LeanIX.Emulator.Mutations;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// <c>inboundRelation</c> (admin.md §1.3): <c>from</c>/<c>to</c> name the ends, <c>type</c> the relation key; updates set
/// <c>description</c>, <c>activeFrom</c>, <c>activeUntil</c> or relation fields. Written with <see cref="RelationMutations"/>
/// (the <c>upsertRelation</c> path of GraphQL); <c>mode: delete</c> deletes the relation.
/// </summary>
public static class InboundRelationProcessor
{
    public static void Execute(ProcessorStep step)
    {
        var relKey = step.Text(step.Processor["type"]);
        if (relKey is null)
        {
            step.Warn("'type' (the relation key) is missing", isError: true);
            return;
        }
        var froms = FactSheetTarget.Read(step, step.Processor["from"], "from");
        var tos = FactSheetTarget.Read(step, step.Processor["to"], "to");
        foreach (var from in froms)
            foreach (var to in tos)
            {
                var fromFs = from.Find(step, null);
                var toFs = to.Find(step, null);
                if (fromFs is not { IsActive: true } || toFs is not { IsActive: true })
                {
                    step.Warn($"Relation '{relKey}': fact sheet {(fromFs is { IsActive: true } ? to : from)} not found", isError: true);
                    continue;
                }
                var fromId = new FactSheetIdentifier(fromFs.Id, null, null);
                var toId = new FactSheetIdentifier(toFs.Id, null, null);
                var name = $"{fromFs.Name} → {toFs.Name}";
                var before = step.Tx.Records.Count;
                if (InboundFactSheetProcessor.IsDelete(step.Processor))
                {
                    var deleted = RelationMutations.Delete(step.Tx, fromId, toId, relKey);
                    step.Run.Statistics.DeletedCount++;
                    step.Wrote(before, "DELETE", deleted.Id, name, relKey);
                    continue;
                }
                var relation = RelationMutations.Upsert(step.Tx, fromId, toId, relKey, Patches(step));
                step.Run.TouchedRelations.Add(relation.Id);
                // The committed state tells a new relation from one this write changed.
                step.Wrote(before, step.Tx.Parent.Relations.Get(relation.Id) is null ? "CREATE" : "UPDATE", relation.Id, name, relKey);
            }
    }

    private static List<PatchOperation> Patches(ProcessorStep step)
    {
        var patches = new List<PatchOperation>();
        foreach (var update in step.Processor["updates"] as JsonArray ?? [])
        {
            if (update is not JsonObject entry || step.Text(entry["key"]) is not { } key) continue;
            var values = step.Values(entry).Where(v => v is not null).Select(Expressions.ExpressionValues.ToText).ToList();
            patches.Add(values.Count == 0 || values[0].Length == 0 ? new("remove", "/" + key, null) : new("replace", "/" + key, values[0]));
        }
        return patches;
    }
}
