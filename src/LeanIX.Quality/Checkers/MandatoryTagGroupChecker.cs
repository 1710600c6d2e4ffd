using LeanIX.Client;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// <c>mandatoryTagGroups</c>: no tag of a group that is mandatory for the type – listed in its
/// <c>mandatoryForFactSheetTypes</c>, or marked <c>mandatory</c> and open to the type (D74).
/// </summary>
public sealed class MandatoryTagGroupChecker : QualityChecker
{
    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        foreach (var group in workspace.TagGroups.Where(g => IsMandatoryFor(g, factSheet.Type)))
            if (factSheet.Tags(group.Name).Count == 0)
                yield return Gap(factSheet, GapCodes.MandatoryTagGroupMissing, $"No tag of the mandatory tag group '{group.Name}'.",
                    $"Pick the right tag of '{group.Name}'.", relation: group.Name);
    }

    /// <summary>Whether fact sheets of <paramref name="type"/> should carry a tag of <paramref name="group"/>.</summary>
    public static bool IsMandatoryFor(TagGroup group, string type) =>
        group.MandatoryForFactSheetTypes.Contains(type)
        || (group.Mandatory && (group.RestrictToFactSheetTypes.Count == 0 || group.RestrictToFactSheetTypes.Contains(type)));
}
