using LeanIX.Client;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// <c>mandatoryRoles</c>: nobody is subscribed in a role that is mandatory for the type. The mandatory roles are the
/// workspace's (each role's <c>mandatoryForFactSheetTypes</c>, admin.md §13, D72) plus those <c>roles</c> adds
/// (type → role names), e.g. for a workspace whose roles do not say it.
/// </summary>
public sealed class MandatoryRoleChecker : QualityChecker
{
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _configured = new Dictionary<string, IReadOnlyList<string>>();

    /// <inheritdoc />
    protected override GapSeverity DefaultSeverity => GapSeverity.Error;

    /// <inheritdoc />
    protected override void ConfigureCore(CheckerSettings settings) => _configured = settings.TypeMap("roles");

    /// <summary>The roles mandatory for <paramref name="type"/>: the workspace's, then the configured ones, each once.</summary>
    public IReadOnlyList<string> MandatoryRoles(string type, QualityWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var fromWorkspace = workspace.SubscriptionRoles.Where(r => r.MandatoryForFactSheetTypes.Contains(type, StringComparer.Ordinal)).Select(r => r.Name);
        return fromWorkspace.Concat(_configured.GetValueOrDefault(type) ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        foreach (var role in MandatoryRoles(factSheet.Type, workspace))
            if (factSheet.Subscriptions(role).Count == 0)
                yield return Gap(factSheet, GapCodes.MandatoryRoleMissing, $"Nobody is subscribed as {role}, a role mandatory for {factSheet.Type}.",
                    $"Subscribe the person who fills the role '{role}'.", relation: role);
    }
}
