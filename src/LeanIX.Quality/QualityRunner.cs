using LeanIX.Client;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality;

/// <summary>Runs checkers over a preloaded workspace: pure computation, no request.</summary>
public static class QualityRunner
{
    /// <summary>Applies every checker to every fact sheet (of <paramref name="types"/> when given), reporting progress per fact sheet.</summary>
    public static QualityResult Run(QualityWorkspace workspace, IReadOnlyList<QualityChecker> checkers, IReadOnlyCollection<string>? types = null,
        IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(checkers);
        var factSheets = workspace.FactSheets.Where(f => types is null || types.Contains(f.Type, StringComparer.OrdinalIgnoreCase)).ToList();
        var organizations = workspace.Organizations.ToDictionary(o => o.Id);
        var gaps = new List<QualityGap>();
        for (var i = 0; i < factSheets.Count; i++)
        {
            var factSheet = factSheets[i];
            foreach (var checker in checkers)
                gaps.AddRange(organizations.TryGetValue(factSheet.Id, out var organization)
                    ? checker.Check(organization, workspace)
                    : checker.Check(factSheet, workspace));
            progress?.Report(i + 1);
        }
        return new QualityResult(workspace, factSheets, gaps);
    }
}
