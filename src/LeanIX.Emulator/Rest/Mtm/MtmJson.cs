using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>The MTM object shapes: User (D34, D86), Permission and Workspace (rest-other.md §4, D86).</summary>
public static class MtmJson
{
    /// <summary>
    /// D34: id, userName, email, firstName, lastName, displayName, role (account role), status,
    /// technicalUser, account, permissions (only the queried workspace's) and lastLogin; D86 adds
    /// <c>active</c> and <c>links</c> (self, permissions). Permissions here carry no <c>user</c>.
    /// </summary>
    public static JsonObject User(User user, Workspace workspace, string baseUrl)
    {
        var json = UserWithoutPermissions(user, workspace, baseUrl);
        json["permissions"] = new JsonArray(new JsonObject
        {
            ["id"] = user.PermissionId.ToString(),
            ["workspaceId"] = workspace.Id.ToString(),
            ["workspace"] = WorkspaceRef(workspace),
            ["role"] = user.PermissionRole,
            ["status"] = user.PermissionStatus
        });
        return json;
    }

    /// <summary>
    /// A workspace membership as MTM's Permission model has it: D86 <c>workspace {id, name}</c>, and the
    /// <c>user</c> only when <paramref name="withUser"/> (a workspace's listing; a user's own list omits it).
    /// </summary>
    public static JsonObject Permission(User user, Workspace workspace, string baseUrl, bool withUser = true)
    {
        var json = new JsonObject { ["id"] = user.PermissionId.ToString() };
        if (withUser) json["user"] = UserWithoutPermissions(user, workspace, baseUrl);
        json["workspace"] = WorkspaceRef(workspace);
        json["workspaceId"] = workspace.Id.ToString();
        json["role"] = user.PermissionRole;
        json["status"] = user.PermissionStatus;
        json["lastLogin"] = Time(user.LastLogin);
        json["customerRoles"] = null;
        json["accessControlEntities"] = new JsonArray([.. user.AccessControlEntityIds.Select(a => (JsonNode?)new JsonObject { ["id"] = a.ToString() })]);
        json["active"] = user.PermissionStatus == "ACTIVE";
        return json;
    }

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
            ["region"] = workspace.Region,
            ["application"] = Application()
        },
        ["contract"] = Contract(workspace),
        ["featureBundleId"] = null,
        ["invitationOnly"] = false,
        ["allowTransientUsers"] = false
    };

    /// <summary>D86: <c>{id, name}</c>, how a permission names its workspace.</summary>
    public static JsonObject WorkspaceRef(Workspace workspace) => new() { ["id"] = workspace.Id.ToString(), ["name"] = workspace.Name };

    /// <summary>D86: <c>instance.application</c> and <c>contract.application</c> (MTM's Application model: name, type).</summary>
    private static JsonObject Application() => new() { ["name"] = "EAM", ["type"] = "EAM" };

    /// <summary>
    /// D86: the workspace's contract, MTM's Contract model. An emulated workspace has an open-ended,
    /// active contract of its account; the dates are fixed so answers stay reproducible.
    /// </summary>
    private static JsonObject Contract(Workspace workspace) => new()
    {
        ["id"] = Ids.FromName("contract:" + workspace.Id).ToString(),
        ["featureBundleId"] = null,
        ["startDate"] = "2020-01-01T00:00:00.000000Z",
        ["endDate"] = null,
        ["type"] = "SANDBOX",
        ["status"] = "ACTIVE",
        ["comment"] = null,
        ["account"] = new JsonObject { ["id"] = workspace.AccountId.ToString(), ["name"] = workspace.AccountName },
        ["application"] = Application(),
        ["active"] = true,
        ["displayName"] = workspace.AccountName + " – " + workspace.Name
    };

    /// <summary>D6: ISO-8601 UTC with six fractional digits and <c>Z</c>.</summary>
    public static string? Time(DateTimeOffset? value) => value is { } v ? Formats.Timestamp(v) : null;

    private static JsonObject UserWithoutPermissions(User user, Workspace workspace, string baseUrl) => new()
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
        ["lastLogin"] = Time(user.LastLogin),
        ["active"] = user.Status == "ACTIVE",
        // D86: scripts follow these instead of building paths.
        ["links"] = new JsonArray(
            Link("self", $"{baseUrl}/services/mtm/v1/users/{user.Id}"),
            Link("permissions", $"{baseUrl}/services/mtm/v1/users/{user.Id}/permissions"))
    };

    private static JsonObject Link(string rel, string href) => new() { ["rel"] = rel, ["href"] = href };
}
