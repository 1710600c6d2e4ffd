using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>A workspace user as MTM lists it (D34). <see cref="Role"/> is the workspace role, not the account role.</summary>
public sealed record WorkspaceUser(Guid Id, string UserName, string Email, string? FirstName, string? LastName, string DisplayName,
    string Role, string AccountRole, string Status, string PermissionStatus, bool TechnicalUser, DateTimeOffset? LastLogin)
{
    /// <summary>Active account and active workspace permission.</summary>
    public bool IsActive => Status == "ACTIVE" && PermissionStatus == "ACTIVE";

    /// <summary>Logged in within the last six months (before <paramref name="now"/>).</summary>
    public bool WasRecentlyActive(DateTimeOffset now) => LastLogin is { } last && last >= now.AddMonths(-6);

    internal static WorkspaceUser From(MtmUserWire user)
    {
        var permission = user.Permissions?.FirstOrDefault();
        return new WorkspaceUser(
            Guid.TryParse(user.Id, out var id) ? id : throw new LeanIXRequestFailedException("MTM listed a user without an id.", "GET /services/mtm/v1/workspaces/{id}/users"),
            user.UserName ?? "", user.Email ?? "", user.FirstName, user.LastName,
            user.DisplayName ?? $"{user.FirstName} {user.LastName}".Trim(),
            permission?.Role ?? "", user.Role ?? "", user.Status ?? "", permission?.Status ?? "",
            user.TechnicalUser ?? false, user.LastLogin);
    }
}
