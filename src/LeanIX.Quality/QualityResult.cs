using LeanIX.Client;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality;

/// <summary>The gaps of every checked fact sheet (organisations' own fact sheets included), in workspace order.</summary>
public sealed class QualityResult
{
    internal QualityResult(QualityWorkspace workspace, IReadOnlyList<FactSheet> checkedFactSheets, IReadOnlyList<QualityGap> gaps)
    {
        Workspace = workspace;
        CheckedFactSheets = checkedFactSheets;
        Gaps = gaps;
        GapsByFactSheet = gaps.GroupBy(g => g.SubjectId).ToDictionary(g => g.Key, g => (IReadOnlyList<QualityGap>)g.ToList());
    }

    /// <summary>The snapshot the checkers ran on.</summary>
    public QualityWorkspace Workspace { get; }

    /// <summary>The fact sheets checked.</summary>
    public IReadOnlyList<FactSheet> CheckedFactSheets { get; }

    /// <summary>Every gap.</summary>
    public IReadOnlyList<QualityGap> Gaps { get; }

    /// <summary>The gaps per fact sheet id (fact sheets without gaps are absent).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<QualityGap>> GapsByFactSheet { get; }

    /// <summary>The gaps of one fact sheet (empty when none).</summary>
    public IReadOnlyList<QualityGap> GapsOf(Guid factSheetId) => GapsByFactSheet.GetValueOrDefault(factSheetId) ?? [];
}
