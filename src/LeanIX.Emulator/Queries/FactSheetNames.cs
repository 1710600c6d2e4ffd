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
        VersionCache.Of(view) is { } cache ? Cached(cache, view, fs).FullName : ComputeFullName(view, fs);

    private static string ComputeFullName(IWorkspaceView view, FactSheet fs)
    {
        string? provider = null;
        if (fs.Type == "ITComponent")
            foreach (var id in RelatedIds(view, fs, "relITComponentToProvider"))
                if (view.FactSheets.Get(id) is { } p)
                {
                    provider = p.Name;
                    break;
                }
        var release = fs.Type is "Application" or "Interface" or "ITComponent" ? fs.StringField("release") : null;
        if (string.IsNullOrWhiteSpace(release)) release = null;
        // Most fact sheets have neither provider nor release: their name is their fullName, no new string for them.
        return (provider, release) switch
        {
            (null, null) => fs.Name,
            (null, _) => string.Concat(fs.Name, " ", release),
            (_, null) => string.Concat(provider, " ", fs.Name),
            _ => string.Concat(provider, " ", fs.Name, " ", release)
        };
    }

    public static string DisplayName(IWorkspaceView view, FactSheet fs) =>
        VersionCache.Of(view) is { } cache ? Cached(cache, view, fs).DisplayName : ComputeDisplayName(view, fs);

    private static string ComputeDisplayName(IWorkspaceView view, FactSheet fs)
    {
        // A root's displayName is its fullName: no ancestry walk, list or join for it (issue 15: every fact sheet of a
        // first dump computes its names once).
        if (Parent(view, fs) is null) return ComputeFullName(view, fs);
        var names = new List<string>();
        foreach (var node in Ancestry(view, fs)) names.Add(ComputeFullName(view, node));
        names.Reverse();
        return string.Join(" / ", names);
    }

    /// <summary>1 for a root, parent's level + 1 otherwise (D22).</summary>
    public static int Level(IWorkspaceView view, FactSheet fs) =>
        VersionCache.Of(view) is { } cache ? Cached(cache, view, fs).Level : ComputeLevel(view, fs);

    private static int ComputeLevel(IWorkspaceView view, FactSheet fs) => Parent(view, fs) is null ? 1 : Ancestry(view, fs).Count();

    /// <summary>
    /// The names of <paramref name="fs"/> in a committed version, each fact sheet's made once and from its parent's
    /// (issue 15: a first dump walked every fact sheet's ancestry three times – displayName, level, and fullName per
    /// ancestor – and kept the results in three dictionaries). The chain up to the first ancestor already known, or to
    /// the root, is collected, then named top-down: displayName = parent's displayName + " / " + fullName, level =
    /// parent's + 1, which is what the ancestry walk gives as long as the chain ends at a root. A chain that runs into
    /// a cycle is named by the ancestry walk itself (it stops at the first repeated fact sheet), and so is everything
    /// below it.
    /// </summary>
    private static VersionCache.Names Cached(VersionCache cache, IWorkspaceView view, FactSheet fs)
    {
        if (cache.NamesOf(fs) is { } known) return known;
        List<FactSheet>? chain = null;
        VersionCache.Names? above = null;
        var cyclic = false;
        for (var current = fs; ;)
        {
            if (Parent(view, current) is not { } parent) break;
            if (cache.NamesOf(parent) is { } parentNames)
            {
                above = parentNames;
                cyclic = parentNames.InCycle;
                break;
            }
            chain ??= [fs];
            if (chain.Contains(parent))
            {
                cyclic = true;
                break;
            }
            chain.Add(parent);
            current = parent;
        }
        if (cyclic)
        {
            foreach (var node in chain ?? [fs])
                cache.Remember(node, new VersionCache.Names(cache.Stamp, ComputeFullName(view, node), ComputeDisplayName(view, node), ComputeLevel(view, node), InCycle: true));
            return cache.NamesOf(fs)!;
        }
        VersionCache.Names? made = above;
        for (var i = (chain?.Count ?? 1) - 1; i >= 0; i--)
        {
            var node = chain is null ? fs : chain[i];
            var fullName = ComputeFullName(view, node);
            made = made is null
                ? new VersionCache.Names(cache.Stamp, fullName, fullName, 1, InCycle: false)
                : new VersionCache.Names(cache.Stamp, fullName, string.Concat(made.DisplayName, " / ", fullName), made.Level + 1, InCycle: false);
            cache.Remember(node, made);
        }
        return made!;
    }

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
