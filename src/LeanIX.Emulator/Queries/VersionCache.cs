using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Queries;

/// <summary>
/// Values derived from one committed workspace version, computed once and shared by every reader of that
/// version (issue 15: a page of 1,000 fact sheets asked each one's displayName, and every query re-filtered and
/// re-sorted the whole workspace per page). Only a <see cref="WorkspaceState"/> is cached: it never changes once
/// published, and a commit or a data-model change publishes a new one, so nothing here can go stale. Views of a
/// transaction are computed every time. The entries live as long as the version (a weak table).
/// </summary>
public sealed class VersionCache
{
    /// <summary>Distinct search results kept per version; further ones are computed and not kept.</summary>
    public const int MaxSearches = 64;

    private static readonly ConditionalWeakTable<WorkspaceState, VersionCache> Versions = new();

    private readonly ConcurrentDictionary<string, List<FactSheet>> _searches = new(StringComparer.Ordinal);

    /// <summary>The cache of <paramref name="view"/>, or null when it is not an immutable version.</summary>
    public static VersionCache? Of(IWorkspaceView view) => view is WorkspaceState state ? Versions.GetValue(state, _ => new VersionCache()) : null;

    /// <summary>
    /// A fact sheet's computed names in this version (<see cref="FactSheetNames"/>); <see cref="InCycle"/> when its
    /// ancestry runs into a cycle, so its names are not a prefix for its children's.
    /// </summary>
    internal sealed record Names(object Stamp, string FullName, string DisplayName, int Level, bool InCycle);

    /// <summary>
    /// The names remembered for <paramref name="fs"/> in this version, or null. They are kept on the fact sheet itself,
    /// stamped with the version (issue 15: every fact sheet of a page and every relation's other end asks, and a hash
    /// look-up per ask was a tenth of a warm dump; the dictionaries' growth and their entries' promotion a sixth of the
    /// first). A fact sheet unchanged by a commit is the same object in the next version: the stamp tells the versions
    /// apart, and the newer one's names replace the older's.
    /// </summary>
    internal Names? NamesOf(FactSheet fs) => fs.DerivedNames is Names names && ReferenceEquals(names.Stamp, Stamp) ? names : null;

    /// <summary>Names this version's entries; not the cache itself, so a stale entry does not keep the version's searches alive.</summary>
    internal object Stamp { get; } = new();

    internal void Remember(FactSheet fs, Names names) => fs.DerivedNames = names;

    // The version's fact sheets by type, in the order of FactSheets.All; made on the first typed search.
    private volatile Dictionary<string, List<FactSheet>>? _byType;

    /// <summary>
    /// The fact sheets of <paramref name="type"/> in <paramref name="view"/> (the version of this cache), in the order of
    /// <c>FactSheets.All</c> (issue 15: a dump's first page of each type filtered every fact sheet of the workspace; now
    /// one walk sorts them all by type). Callers must not modify the list.
    /// </summary>
    public IReadOnlyList<FactSheet> OfType(IWorkspaceView view, string type)
    {
        var byType = _byType;
        if (byType is null)
        {
            // Readers racing here build equal dictionaries.
            byType = new Dictionary<string, List<FactSheet>>(StringComparer.Ordinal);
            foreach (var fs in view.FactSheets.All)
            {
                if (!byType.TryGetValue(fs.Type, out var list)) byType[fs.Type] = list = [];
                list.Add(fs);
            }
            _byType = byType;
        }
        return byType.TryGetValue(type, out var ofType) ? ofType : [];
    }

    /// <summary>
    /// The ordered matches of a search named by <paramref name="key"/> (everything the result depends on:
    /// type, filter, sort, hierarchy, the day). Callers must not modify the list.
    /// </summary>
    public List<FactSheet> Search(string key, Func<List<FactSheet>> compute)
    {
        if (_searches.TryGetValue(key, out var known)) return known;
        var result = compute();
        if (_searches.Count < MaxSearches) _searches.TryAdd(key, result);
        return result;
    }
}
