using LeanIX.Client;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary><c>owner</c>: neither an accountable nor a responsible subscriber (observers do not count).</summary>
public sealed class OwnerChecker : QualityChecker
{
    /// <inheritdoc />
    protected override GapSeverity DefaultSeverity => GapSeverity.Error;

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        if (!Subscriber.Of(factSheet).Any(s => s.IsOwner))
            yield return Gap(factSheet, GapCodes.NoOwner, "Nobody is accountable or responsible for the fact sheet.",
                "Subscribe an accountable or responsible owner.", relation: "subscriptions");
    }
}
