using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Queries;

/// <summary>
/// A fact sheet's active relations under one directional key with the fact sheet at the other end, ordered by that
/// end's name (case-insensitive), then by relation id (D12). A page asks every relation key of every fact sheet in
/// turn; each ask used to walk all of the fact sheet's relations (issue 15). The relations of the fact sheet asked
/// last are grouped by key in one walk and kept for the next key: one instance per request, reused only for an
/// immutable version.
/// </summary>
public sealed class RelationLists
{
    private sealed record Grouped(IWorkspaceView View, FactSheet FactSheet, Dictionary<string, List<(Relation Relation, FactSheet Other)>> ByKey);

    private Grouped? _last;

    public IReadOnlyList<(Relation Relation, FactSheet Other)> Of(IWorkspaceView view, FactSheet fs, string key)
    {
        var last = _last;
        if (last is null || !ReferenceEquals(last.View, view) || !ReferenceEquals(last.FactSheet, fs))
        {
            last = new Grouped(view, fs, Group(view, fs));
            // A transaction's view changes under the same objects: only a published version may be reused.
            _last = view is WorkspaceState ? last : null;
        }
        return last.ByKey.TryGetValue(key, out var list) ? list : [];
    }

    private static Dictionary<string, List<(Relation, FactSheet)>> Group(IWorkspaceView view, FactSheet fs)
    {
        var byKey = new Dictionary<string, List<(Relation, FactSheet)>>(StringComparer.Ordinal);
        var type = view.Model.Type(fs.Type);
        if (type is null) return byKey;
        var factSheets = view.FactSheets;
        var byDefinition = TypeRelations.Of(type);
        foreach (var r in view.Relations.OwnedBy(fs.Id))
        {
            if (!r.IsActive || !byDefinition.TryGetValue(r.DefinitionName, out var directionals)) continue;
            FactSheet? other = null;
            foreach (var (directional, _) in directionals)
            {
                if (!(directional.IsFromSide ? r.FromId == fs.Id : r.ToId == fs.Id)) continue;
                other ??= factSheets.Get(r.OtherEnd(fs.Id));
                if (other is null) break;
                if (!byKey.TryGetValue(directional.Key, out var list)) byKey[directional.Key] = list = [];
                list.Add((r, other));
            }
        }
        foreach (var list in byKey.Values)
            list.Sort(static (a, b) =>
            {
                var byName = StringComparer.OrdinalIgnoreCase.Compare(a.Item2.Name, b.Item2.Name);
                return byName != 0 ? byName : a.Item1.Id.CompareTo(b.Item1.Id);
            });
        return byKey;
    }
}
