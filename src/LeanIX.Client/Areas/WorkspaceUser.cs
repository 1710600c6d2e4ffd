using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>A workspace user as MTM lists it (D34). <see cref="Role"/> is the workspace role, not the account role.</summary>
public sealed record WorkspaceUser(Guid Id, string UserName, string Email, string? FirstName, string? LastName, string DisplayName,
    string Role, string AccountRole, string Status, string PermissionStatus, bool TechnicalUser, DateTimeOffset? LastLogin)
{
    /// <summary>Active account and active workspace permission.</summary>
    public bool IsActive => Status == "ACTIVE" && PermissionStatus == "ACTIVE";

    /// <summary>Logged in within the last six months (before <paramref name="now"/>).</summary>
    public bool WasRecentlyActive(DateTimeOffset now) => LastLogin is { } last && last >= now.AddMonths(-6);

    internal static WorkspaceUser From(JsonNode node)
    {
        var permission = (node["permissions"] as JsonArray)?.FirstOrDefault();
        return new WorkspaceUser(
            Guid.Parse(node["id"]!.GetValue<string>()), node["userName"]?.GetValue<string>() ?? "", node["email"]?.GetValue<string>() ?? "",
            node["firstName"]?.GetValue<string>(), node["lastName"]?.GetValue<string>(),
            node["displayName"]?.GetValue<string>() ?? $"{node["firstName"]} {node["lastName"]}".Trim(),
            permission?["role"]?.GetValue<string>() ?? "", node["role"]?.GetValue<string>() ?? "",
            node["status"]?.GetValue<string>() ?? "", permission?["status"]?.GetValue<string>() ?? "",
            node["technicalUser"]?.GetValue<bool>() ?? false,
            DateTimeOffset.TryParse(node["lastLogin"]?.GetValue<string>(), out var last) ? last : null);
    }
}
