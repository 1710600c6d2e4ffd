using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Store;

/// <summary>
/// What a forced data-model replacement removes: fact sheets of types the model no longer has, relations
/// whose definition or either end is gone, and what hangs off a removed fact sheet (subscriptions,
/// documents). Kept data always fits the model, so no reader meets a type the schema cannot resolve.
/// </summary>
internal static class ModelReplacement
{
    public static void RemoveOrphans(WorkspaceTransaction tx, DataModel model)
    {
        var removed = new HashSet<Guid>();
        foreach (var fs in tx.FactSheets.All.Where(fs => model.Type(fs.Type) is null).ToList())
        {
            tx.FactSheets.Remove(fs.Id);
            removed.Add(fs.Id);
        }
        foreach (var r in tx.Relations.All.Where(r => !model.Relations.ContainsKey(r.DefinitionName) || removed.Contains(r.FromId) || removed.Contains(r.ToId)).ToList())
            tx.Relations.Remove(r.Id);
        foreach (var id in removed)
        {
            foreach (var s in tx.Subscriptions.OwnedBy(id).ToList()) tx.Subscriptions.Remove(s.Id);
            foreach (var d in tx.Documents.OwnedBy(id).ToList()) tx.Documents.Remove(d.Id);
        }
    }
}
