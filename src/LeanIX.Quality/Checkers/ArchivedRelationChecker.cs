using LeanIX.Client;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// <c>archivedRelations</c>: a relation leads to an archived fact sheet. LeanIX archives a fact sheet's relations with it
/// (D22), so this finds relations kept alive by imports or older data; one gap per relation.
/// </summary>
public sealed class ArchivedRelationChecker : QualityChecker
{
    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        foreach (var key in factSheet.TypeModel.Relations.Keys)
            foreach (var relation in factSheet.Relations(key).Where(r => r.FactSheet.Status == "ARCHIVED"))
                yield return Gap(factSheet, GapCodes.RelationToArchived,
                    $"The relation {key} leads to '{relation.DisplayName}', which is archived.",
                    "Remove the relation or link the successor instead.", relation: key);
    }
}
