using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// The <c>relToParent</c> hierarchy (D22): the relation whose definition's <c>from.name</c> is
/// <c>relToParent</c>; the child is <see cref="Relation.FromId"/>, the parent <see cref="Relation.ToId"/>.
/// </summary>
public static class FactSheetHierarchy
{
    public const string ParentKey = "relToParent";

    /// <summary>The parent of <paramref name="id"/> through an ACTIVE relToParent relation, or null for a root.</summary>
    public static Guid? ParentOf(IWorkspaceView view, Guid id) => ParentOf(view, id, null);

    internal static Guid? ParentOf(IWorkspaceView view, Guid id, Guid? ignoredRelationId)
    {
        foreach (var r in view.Relations.OwnedBy(id))
        {
            if (r.FromId != id || !r.IsActive || r.Id == ignoredRelationId) continue;
            if (view.Model.Relations.TryGetValue(r.DefinitionName, out var def) && def.From.Name == ParentKey)
                return r.ToId;
        }
        return null;
    }

    /// <summary>True when <paramref name="childId"/> is <paramref name="parentId"/> or one of its ancestors.</summary>
    internal static bool WouldCycle(IWorkspaceView view, Guid childId, Guid parentId, Guid? ignoredRelationId)
    {
        var visited = new HashSet<Guid>();
        for (Guid? current = parentId; current is { } c; current = ParentOf(view, c, ignoredRelationId))
        {
            if (c == childId) return true;
            if (!visited.Add(c)) return false; // an existing loop elsewhere: not ours to report
        }
        return false;
    }

    internal static bool IsHierarchy(Model.RelationDefinition definition) => definition.From.Name == ParentKey;
}
