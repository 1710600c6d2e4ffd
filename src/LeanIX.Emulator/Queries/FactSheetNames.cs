using LeanIX.Emulator.Store;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Queries;

/// <summary>
/// Computed naming members (datamodel.md "Naming", D22): <c>fullName</c> is <c>[name] [release]</c> for
/// Application and Interface, <c>[Provider] [name] [release]</c> for ITComponent and <c>[name]</c>
/// otherwise; <c>displayName</c> is the parent's displayName + " / " + fullName; roots have level 1.
/// </summary>
public static class FactSheetNames
{
    public const string ParentKey = "relToParent";
    public const string ChildKey = "relToChild";

    public static string FullName(IWorkspaceView view, FactSheet fs) =>
        VersionCache.Of(view) is { } cache ? cache.FullName(view, fs, ComputeFullName) : ComputeFullName(view, fs);

    private static string ComputeFullName(IWorkspaceView view, FactSheet fs)
    {
        var release = fs.StringField("release");
        var parts = new List<string>();
        if (fs.Type == "ITComponent")
        {
            var provider = RelatedIds(view, fs, "relITComponentToProvider").Select(id => view.FactSheets.Get(id)).FirstOrDefault(p => p is not null);
            if (provider is not null) parts.Add(provider.Name);
        }
        parts.Add(fs.Name);
        if (fs.Type is "Application" or "Interface" or "ITComponent" && !string.IsNullOrWhiteSpace(release)) parts.Add(release);
        return string.Join(' ', parts);
    }

    public static string DisplayName(IWorkspaceView view, FactSheet fs) =>
        VersionCache.Of(view) is { } cache ? cache.DisplayName(view, fs, ComputeDisplayName) : ComputeDisplayName(view, fs);

    private static string ComputeDisplayName(IWorkspaceView view, FactSheet fs)
    {
        // A root's displayName is its fullName: no ancestry walk, list or join for it (issue 15: every fact sheet of a
        // first dump computes its names once).
        if (Parent(view, fs) is null) return FullName(view, fs);
        var names = new List<string>();
        foreach (var node in Ancestry(view, fs)) names.Add(FullName(view, node));
        names.Reverse();
        return string.Join(" / ", names);
    }

    /// <summary>1 for a root, parent's level + 1 otherwise (D22).</summary>
    public static int Level(IWorkspaceView view, FactSheet fs) =>
        VersionCache.Of(view) is { } cache ? cache.Level(view, fs, ComputeLevel) : ComputeLevel(view, fs);

    private static int ComputeLevel(IWorkspaceView view, FactSheet fs) => Parent(view, fs) is null ? 1 : Ancestry(view, fs).Count();

    /// <summary>The parent through an active <c>relToParent</c> relation, or null.</summary>
    public static FactSheet? Parent(IWorkspaceView view, FactSheet fs)
    {
        // ActiveRelations' walk without its iterators and closures: every name and level asks (issue 15).
        var directional = view.Model.Type(fs.Type)?.Relation(ParentKey);
        if (directional is null) return null;
        foreach (var r in view.Relations.OwnedBy(fs.Id))
        {
            if (!r.IsActive || r.DefinitionName != directional.Definition.InternalName) continue;
            if (!(directional.IsFromSide ? r.FromId == fs.Id : r.ToId == fs.Id)) continue;
            if (view.FactSheets.Get(r.OtherEnd(fs.Id)) is { } parent) return parent;
        }
        return null;
    }

    /// <summary>The fact sheet itself, then its parents up to the root; stops on a cycle.</summary>
    public static IEnumerable<FactSheet> Ancestry(IWorkspaceView view, FactSheet fs)
    {
        var seen = new HashSet<Guid>();
        for (var current = fs; current is not null && seen.Add(current.Id); current = Parent(view, current))
            yield return current;
    }

    /// <summary>Ids of the fact sheets related to <paramref name="fs"/> through the directional key, active relations only.</summary>
    public static IEnumerable<Guid> RelatedIds(IWorkspaceView view, FactSheet fs, string key) =>
        ActiveRelations(view, fs, key).Select(r => r.OtherEnd(fs.Id));

    /// <summary>Active relations of <paramref name="fs"/> through the directional key (D12: archived ones are never returned).</summary>
    public static IEnumerable<Relation> ActiveRelations(IWorkspaceView view, FactSheet fs, string key)
    {
        var directional = view.Model.Type(fs.Type)?.Relation(key);
        if (directional is null) yield break;
        foreach (var r in view.Relations.OwnedBy(fs.Id))
        {
            if (!r.IsActive || r.DefinitionName != directional.Definition.InternalName) continue;
            if (directional.IsFromSide ? r.FromId == fs.Id : r.ToId == fs.Id) yield return r;
        }
    }
}
