using LeanIX.Client;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// <c>mandatoryRoles</c>: nobody is subscribed in a role that is mandatory for the type. The roles come from
/// <c>roles</c> (type → role names); a workspace whose roles carry <c>mandatoryForFactSheetTypes</c> (D72/D74) can list
/// them here as well.
/// </summary>
public sealed class MandatoryRoleChecker : QualityChecker
{
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _roles = new Dictionary<string, IReadOnlyList<string>>();

    /// <inheritdoc />
    protected override GapSeverity DefaultSeverity => GapSeverity.Error;

    /// <inheritdoc />
    protected override void ConfigureCore(CheckerSettings settings) => _roles = settings.TypeMap("roles");

    /// <inheritdoc />
    protected override bool CanCheck(FactSheetTypeModel type) => _roles.ContainsKey(type.Key);

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        foreach (var role in _roles[factSheet.Type])
            if (factSheet.Subscriptions(role).Count == 0)
                yield return Gap(factSheet, GapCodes.MandatoryRoleMissing, $"Nobody is subscribed as {role}, a role mandatory for {factSheet.Type}.",
                    $"Subscribe the person who fills the role '{role}'.", relation: role);
    }
}
