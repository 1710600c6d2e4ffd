using LeanIX.Client;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary><c>mandatoryRelations</c>: a relation listed in <c>relations</c> (type → relation keys or plural names) is missing.</summary>
public sealed class MandatoryRelationChecker : QualityChecker
{
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _relations = new Dictionary<string, IReadOnlyList<string>>();

    /// <inheritdoc />
    protected override GapSeverity DefaultSeverity => GapSeverity.Error;

    /// <inheritdoc />
    protected override void ConfigureCore(CheckerSettings settings)
    {
        var relations = settings.TypeMap("relations");
        var resolved = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (type, keys) in relations)
        {
            var model = settings.Model.Type(type);
            resolved[type] = keys.Select(key =>
            {
                try { return model.Relation(key).Key; }
                catch (ArgumentException)
                {
                    throw settings.Bad($"relations.{type}",
                        $"'{key}' is not a relation of {type}. Known relations: {string.Join(", ", model.Relations.Keys.Order(StringComparer.Ordinal))}.");
                }
            }).ToList();
        }
        _relations = resolved;
    }

    /// <inheritdoc />
    protected override bool CanCheck(FactSheetTypeModel type) => _relations.ContainsKey(type.Key);

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        foreach (var key in _relations[factSheet.Type])
        {
            if (factSheet.Relations(key).Count > 0) continue;
            var target = factSheet.TypeModel.Relations[key].TargetType;
            yield return Gap(factSheet, GapCodes.MandatoryRelationMissing, $"The fact sheet is not linked to any {target} ({key}).",
                $"Add the {target} it relates to.", relation: key);
        }
    }
}
