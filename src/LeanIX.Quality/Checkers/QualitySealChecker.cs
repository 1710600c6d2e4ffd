using LeanIX.Client;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// <c>qualitySeal</c>: the seal is broken (<c>lxState BROKEN_QUALITY_SEAL</c>), or an approved fact sheet has not been
/// re-approved (nor changed) within <c>maxAgeDays</c> (default 365), read from <c>updatedAt</c>.
/// </summary>
public sealed class QualitySealChecker : QualityChecker
{
    private int _maxAgeDays = 365;

    /// <inheritdoc />
    protected override GapSeverity DefaultSeverity => GapSeverity.Error;

    /// <inheritdoc />
    protected override void ConfigureCore(CheckerSettings settings) => _maxAgeDays = settings.Int("maxAgeDays", 365, min: 1);

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        var state = factSheet["lxState"].AsString();
        if (state == "BROKEN_QUALITY_SEAL")
        {
            yield return Gap(factSheet, GapCodes.QualitySealBroken, "The quality seal is broken: the fact sheet changed since it was last approved.",
                "Review the fact sheet and renew the quality seal.", field: "qualitySeal");
        }
        else if (state == "APPROVED" && DateTimeOffset.TryParse(factSheet["updatedAt"].AsString(), out var updated)
                 && updated < workspace.Now.AddDays(-_maxAgeDays))
        {
            yield return Gap(factSheet, GapCodes.QualitySealStale,
                $"The quality seal was last confirmed {(int)(workspace.Now - updated).TotalDays} days ago (more than {_maxAgeDays}).",
                "Check the fact sheet is still right and renew the quality seal.", field: "qualitySeal", severity: GapSeverity.Warning);
        }
    }
}
