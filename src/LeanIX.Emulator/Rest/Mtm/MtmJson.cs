using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>The MTM object shapes: User (D34), Permission and Workspace (rest-other.md §4).</summary>
public static class MtmJson
{
    /// <summary>
    /// D34: id, userName, email, firstName, lastName, displayName, role (account role), status,
    /// technicalUser, account, permissions (only the queried workspace's) and lastLogin.
    /// </summary>
    public static JsonObject User(User user, Workspace workspace)
    {
        var json = UserWithoutPermissions(user, workspace);
        json["permissions"] = new JsonArray(new JsonObject
        {
            ["id"] = user.PermissionId.ToString(),
            ["workspaceId"] = workspace.Id.ToString(),
            ["role"] = user.PermissionRole,
            ["status"] = user.PermissionStatus
        });
        return json;
    }

    /// <summary>A workspace membership, with the user embedded as MTM's Permission model does.</summary>
    public static JsonObject Permission(User user, Workspace workspace) => new()
    {
        ["id"] = user.PermissionId.ToString(),
        ["user"] = UserWithoutPermissions(user, workspace),
        ["workspaceId"] = workspace.Id.ToString(),
        ["role"] = user.PermissionRole,
        ["status"] = user.PermissionStatus,
        ["lastLogin"] = Time(user.LastLogin),
        ["customerRoles"] = null,
        ["accessControlEntities"] = new JsonArray(),
        ["active"] = user.PermissionStatus == "ACTIVE"
    };

    /// <summary>
    /// The Workspace model's members the emulator can fill (rest-other.md §4). <c>type</c> is
    /// SANDBOX because an emulated workspace is never productive; <c>instance.url</c> is the
    /// emulator's base URL, the same as the JWT's <c>instanceUrl</c>.
    /// </summary>
    public static JsonObject Workspace(Workspace workspace, string baseUrl) => new()
    {
        ["id"] = workspace.Id.ToString(),
        ["name"] = workspace.Name,
        ["status"] = "ACTIVE",
        ["type"] = "SANDBOX",
        ["product"] = "EAM",
        ["defaultRole"] = "MEMBER",
        ["url"] = baseUrl + "/" + workspace.Name,
        ["active"] = true,
        ["instance"] = new JsonObject
        {
            ["id"] = Ids.FromName("instance:emulator").ToString(),
            ["name"] = "emulator",
            ["url"] = baseUrl,
            ["region"] = workspace.Region
        },
        ["featureBundleId"] = null,
        ["invitationOnly"] = false,
        ["allowTransientUsers"] = false
    };

    /// <summary>D6: ISO-8601 UTC with six fractional digits and <c>Z</c>.</summary>
    public static string? Time(DateTimeOffset? value) => value is { } v ? Formats.Timestamp(v) : null;

    private static JsonObject UserWithoutPermissions(User user, Workspace workspace) => new()
    {
        ["id"] = user.Id.ToString(),
        ["userName"] = user.UserName,
        ["email"] = user.Email,
        ["firstName"] = user.FirstName,
        ["lastName"] = user.LastName,
        ["displayName"] = user.DisplayName,
        ["role"] = user.Role,
        ["status"] = user.Status,
        ["technicalUser"] = user.TechnicalUser,
        ["account"] = new JsonObject { ["id"] = workspace.AccountId.ToString(), ["name"] = workspace.AccountName },
        ["lastLogin"] = Time(user.LastLogin)
    };
}
