using LeanIX.Client;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Organizations;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Reports;

/// <summary>
/// The reference report: runs the checkers over every organisation and its fact sheets and aggregates per organisation,
/// rolled up through the hierarchy (issue 11 §6). Pure computation over a <see cref="QualityResult"/>.
/// </summary>
public static class DataCompletenessPerOrganization
{
    /// <summary>Builds the report from a checker run over the whole workspace.</summary>
    public static DataCompletenessReport Build(QualityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var workspace = result.Workspace;
        var rows = new List<OrganizationQuality>();
        foreach (var root in workspace.Organizations.Where(o => o.Parent is null))
            foreach (var unit in root.SelfAndDescendants())
                rows.Add(Row(result, unit.Id, unit.Name, PathOf(unit), unit.Depth, unit.ResponsibleFor.Count, unit.ResponsibleForRolledUp()));
        var whole = Row(result, Guid.Empty, "Workspace", "Workspace", -1, result.CheckedFactSheets.Count, result.CheckedFactSheets);
        var responsible = new Dictionary<Guid, List<string>>();
        foreach (var unit in workspace.Organizations)
            foreach (var fs in unit.ResponsibleFor)
                (responsible.TryGetValue(fs.Id, out var list) ? list : responsible[fs.Id] = []).Add(unit.Name);
        var gaps = result.Gaps
            .OrderByDescending(g => g.Severity).ThenBy(g => g.SubjectType, StringComparer.Ordinal).ThenBy(g => g.SubjectName, StringComparer.Ordinal).ThenBy(g => g.Code, StringComparer.Ordinal)
            .Select(g => new ReportGap(g, workspace.DeepLink(g.SubjectId, g.SubjectType), responsible.GetValueOrDefault(g.SubjectId) ?? []))
            .ToList();
        return new DataCompletenessReport
        {
            GeneratedAt = workspace.Now, WorkspaceUrl = workspace.WorkspaceUrl,
            OrganizationType = OrganizationHierarchy.DetectType(workspace.Model) ?? "",
            Workspace = whole, Organizations = rows, Gaps = gaps
        };
    }

    /// <summary>Loads the workspace, runs <paramref name="checkers"/> over every fact sheet and builds the report.</summary>
    public static DataCompletenessReport Build(QualityWorkspace workspace, IReadOnlyList<QualityChecker> checkers, IProgress<int>? progress = null) =>
        Build(QualityRunner.Run(workspace, checkers, progress: progress));

    private static OrganizationQuality Row(QualityResult result, Guid id, string name, string path, int depth, int direct, IReadOnlyList<FactSheet> factSheets)
    {
        var gaps = factSheets.SelectMany(f => result.GapsOf(f.Id)).ToList();
        var completions = factSheets.Select(CompletionChecker.Completion).OfType<double>().ToList();
        return new OrganizationQuality(id, name, path, depth, direct, factSheets.Count,
            factSheets.Count(f => result.GapsOf(f.Id).Count == 0),
            completions.Count == 0 ? 0 : Math.Round(100 * completions.Average(), 1),
            gaps.Count,
            gaps.GroupBy(g => g.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Enum.GetValues<GapSeverity>().ToDictionary(s => s, s => gaps.Count(g => g.Severity == s)));
    }

    private static string PathOf(Organization unit) => unit.Parent is null ? unit.Name : $"{PathOf(unit.Parent)} / {unit.Name}";
}
