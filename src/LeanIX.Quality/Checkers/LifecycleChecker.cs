using LeanIX.Client;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// <c>lifecycle</c>: the lifecycle is empty, or its phases' start dates run backwards in the order the data model lists
/// the phases (plan, phaseIn, active, phaseOut, endOfLife). Only types with a LIFECYCLE field named <c>lifecycle</c>.
/// </summary>
public sealed class LifecycleChecker : QualityChecker
{
    private static readonly string[] StandardOrder = ["plan", "phaseIn", "active", "phaseOut", "endOfLife"];

    /// <inheritdoc />
    protected override bool CanCheck(FactSheetTypeModel type) => type.Fields.TryGetValue("lifecycle", out var field) && field.Type == "LIFECYCLE";

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        var phases = factSheet.Lifecycle?.Phases.Where(p => !string.IsNullOrEmpty(p.StartDate)).ToList() ?? [];
        if (phases.Count == 0)
        {
            yield return Gap(factSheet, GapCodes.MissingLifecycle, "The lifecycle is empty.",
                "Enter at least the date the fact sheet became (or becomes) active.", field: "lifecycle");
            yield break;
        }
        var order = factSheet.TypeModel.Fields["lifecycle"].Values is { Count: > 0 } values ? values : StandardOrder;
        var ordered = phases.OrderBy(p => IndexOf(order, p.Phase)).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (string.CompareOrdinal(ordered[i - 1].StartDate, ordered[i].StartDate) <= 0) continue;
            yield return Gap(factSheet, GapCodes.LifecycleOutOfOrder,
                $"The lifecycle phase {ordered[i].Phase} ({ordered[i].StartDate}) starts before {ordered[i - 1].Phase} ({ordered[i - 1].StartDate}).",
                "Correct the phase dates so that each phase starts on or after the one before.", field: "lifecycle", severity: GapSeverity.Error);
            yield break;
        }
    }

    private static int IndexOf(IReadOnlyList<string> order, string phase)
    {
        for (var i = 0; i < order.Count; i++) if (order[i] == phase) return i;
        return order.Count;
    }
}
