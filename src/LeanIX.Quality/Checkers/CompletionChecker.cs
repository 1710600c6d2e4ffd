using LeanIX.Client;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary><c>completion</c>: the completion LeanIX computes (D10) is below <c>threshold</c> (0–1, default 0.5).</summary>
public sealed class CompletionChecker : QualityChecker
{
    private double _threshold = 0.5;

    /// <summary>The configured threshold.</summary>
    public double Threshold => _threshold;

    /// <inheritdoc />
    protected override void ConfigureCore(CheckerSettings settings) => _threshold = settings.Double("threshold", 0.5, 0, 1);

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        if (Completion(factSheet) is not { } completion || completion >= _threshold) yield break;
        yield return Gap(factSheet, GapCodes.LowCompletion, $"The fact sheet is {completion:P0} complete (at least {_threshold:P0} expected).",
            "Fill in the empty fields and relations, or mark those that do not apply as not applicable.", field: "completion");
    }

    /// <summary>The completion share (0–1) as read with the fact sheet, or null when the workspace does not report it.</summary>
    public static double? Completion(FactSheet factSheet) => factSheet.Json["completion"] is { } node ? new FactSheetValue(node)["completion"].AsDouble() : null;
}
