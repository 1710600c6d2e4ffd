using LeanIX.Client;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary><c>missingDescription</c>: the description is empty or shorter than <c>minLength</c> (default 1).</summary>
public sealed class MissingDescriptionChecker : QualityChecker
{
    private int _minLength = 1;

    /// <inheritdoc />
    protected override void ConfigureCore(CheckerSettings settings) => _minLength = settings.Int("minLength", 1, min: 1);

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        var description = factSheet["description"].AsString()?.Trim() ?? "";
        if (description.Length >= _minLength) yield break;
        yield return Gap(factSheet, GapCodes.MissingDescription,
            description.Length == 0 ? "The fact sheet has no description." : $"The description is shorter than {_minLength} characters.",
            "Describe in a few sentences what it is and what it is used for.", field: "description");
    }
}
