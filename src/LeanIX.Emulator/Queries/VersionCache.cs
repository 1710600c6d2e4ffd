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

    private readonly ConcurrentDictionary<Guid, string> _displayNames = new();
    private readonly ConcurrentDictionary<Guid, string> _fullNames = new();
    private readonly ConcurrentDictionary<Guid, int> _levels = new();
    private readonly ConcurrentDictionary<string, List<FactSheet>> _searches = new(StringComparer.Ordinal);

    /// <summary>The cache of <paramref name="view"/>, or null when it is not an immutable version.</summary>
    public static VersionCache? Of(IWorkspaceView view) => view is WorkspaceState state ? Versions.GetValue(state, _ => new VersionCache()) : null;

    // A look-up first and no closure: every fact sheet of a page and every relation's other end asks, and a known
    // value must not cost an allocation (issue 15).
    public string DisplayName(IWorkspaceView view, FactSheet fs, Func<IWorkspaceView, FactSheet, string> compute) =>
        _displayNames.TryGetValue(fs.Id, out var known) ? known : _displayNames.GetOrAdd(fs.Id, static (_, a) => a.compute(a.view, a.fs), (compute, view, fs));

    public string FullName(IWorkspaceView view, FactSheet fs, Func<IWorkspaceView, FactSheet, string> compute) =>
        _fullNames.TryGetValue(fs.Id, out var known) ? known : _fullNames.GetOrAdd(fs.Id, static (_, a) => a.compute(a.view, a.fs), (compute, view, fs));

    public int Level(IWorkspaceView view, FactSheet fs, Func<IWorkspaceView, FactSheet, int> compute) =>
        _levels.TryGetValue(fs.Id, out var known) ? known : _levels.GetOrAdd(fs.Id, static (_, a) => a.compute(a.view, a.fs), (compute, view, fs));

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
