using LeanIX.Client;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Organizations;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// A quality checker: finds the gaps of a fact sheet, or of an organisation (by default, the gaps of its own fact sheet).
/// Checkers read only the preloaded <see cref="QualityWorkspace"/>, never the network. Every checker understands
/// <c>types</c> (the fact sheet types it applies to; default all it can), <c>severity</c> and <c>enabled</c>;
/// <see cref="ConfigureCore"/> reads its own settings.
/// </summary>
public abstract class QualityChecker
{
    /// <summary>The checker's name in the configuration (<c>checkers.&lt;name&gt;</c>), set when the registry creates it.</summary>
    public string Name { get; internal set; } = "";

    /// <summary>The severity of the gaps it reports.</summary>
    public GapSeverity Severity { get; private set; }

    /// <summary>The types it is restricted to; null = every type it can check.</summary>
    public IReadOnlyList<string>? Types { get; private set; }

    /// <summary>The severity when none is configured.</summary>
    protected virtual GapSeverity DefaultSeverity => GapSeverity.Warning;

    /// <summary>Reads and validates the settings; unknown keys are refused.</summary>
    public void Configure(CheckerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Types = settings.Types();
        Severity = settings.Severity(DefaultSeverity);
        ConfigureCore(settings);
        settings.EnsureAllRead();
    }

    /// <summary>Reads the checker's own settings.</summary>
    protected virtual void ConfigureCore(CheckerSettings settings) { }

    /// <summary>Whether the checker looks at fact sheets of <paramref name="type"/>.</summary>
    public bool AppliesTo(FactSheetTypeModel type) => (Types is null || Types.Contains(type.Key)) && CanCheck(type);

    /// <summary>Whether the type has what the checker looks at (e.g. a lifecycle field).</summary>
    protected virtual bool CanCheck(FactSheetTypeModel type) => true;

    /// <summary>The gaps of a fact sheet; none when the checker does not apply to its type.</summary>
    public IEnumerable<QualityGap> Check(FactSheet factSheet, QualityWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        ArgumentNullException.ThrowIfNull(workspace);
        return AppliesTo(factSheet.TypeModel) ? CheckFactSheet(factSheet, workspace) : [];
    }

    /// <summary>The gaps of an organisation; by default those of its own fact sheet.</summary>
    public virtual IEnumerable<QualityGap> Check(Organization organization, QualityWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return Check(organization.FactSheet, workspace);
    }

    /// <summary>The gaps of a fact sheet the checker applies to.</summary>
    protected abstract IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace);

    /// <summary>A gap on <paramref name="factSheet"/> with this checker's severity unless given.</summary>
    protected QualityGap Gap(FactSheet factSheet, string code, string message, string howToFix, string? field = null, string? relation = null,
        GapSeverity? severity = null) =>
        new(code, message, severity ?? Severity, factSheet.Id, factSheet.Type, factSheet.DisplayName, field, relation, howToFix);
}
