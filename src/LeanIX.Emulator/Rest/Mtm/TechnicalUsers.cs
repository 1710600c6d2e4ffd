using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>
/// Technical users (admin.md §9): the paged list (<c>queryUserName</c>, default sort <c>userName-ASC</c>), one by id, its
/// changelog (newest first by default) and creation, which logs USER_CREATE and APITOKEN_CREATE with the caller as actor.
/// A created user's API token works against this emulator until it restarts (tokens of the configuration persist).
/// </summary>
public static class TechnicalUsers
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal) { "ADMIN", "MEMBER", "VIEWER" };

    public static async Task<IResult> ListAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        var raw = context.Request.Query;
        var copy = raw.ToDictionary(kv => kv.Key, kv => kv.Value);
        copy["includeTechnicalUsers"] = "true";
        copy.Remove("q");
        if (raw["queryUserName"].FirstOrDefault() is { Length: > 0 } name) copy["q"] = name;
        if (raw["sort"].FirstOrDefault() is not { Length: > 0 }) copy["sort"] = "userName-asc";
        var query = UserQuery.Parse(new QueryCollection(copy), out var error);
        if (query is null) return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error!.Value.Message, error.Value.Param);
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var matches = query.Matches(workspace.State.Users.All.Where(u => u.TechnicalUser));
            var page = query.PageOf(matches).Select(u => (JsonNode)Json(u, workspace, null)).ToArray();
            return Envelope.OkResult("TechnicalUser", new JsonArray(page), matches.Count);
        }
    }

    public static async Task<IResult> GetAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Find(workspace.State, id) is { } user
                ? Envelope.OkResult("TechnicalUser", Json(user, workspace, null), 1)
                : NotFound(id);
    }

    /// <summary>EventListResponse: <c>sort</c> <c>createdAt-DESC</c> (default) or <c>createdAt-ASC</c>, page/size (size default 100).</summary>
    public static async Task<IResult> ChangelogAsync(HttpContext context, string id)
    {
        var workspace = context.Principal().Workspace;
        var query = context.Request.Query;
        var copy = query.ToDictionary(kv => kv.Key, kv => kv.Value);
        if (query["size"].FirstOrDefault() is not { Length: > 0 }) copy["size"] = "100";
        if (PageRequest.Parse(new QueryCollection(copy), out var error) is not { } paging)
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error!.Value.Message, error.Value.Param);
        var sort = query["sort"].FirstOrDefault() ?? "createdAt-DESC";
        if (!sort.Equals("createdAt-DESC", StringComparison.OrdinalIgnoreCase) && !sort.Equals("createdAt-ASC", StringComparison.OrdinalIgnoreCase))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"sort must be createdAt-DESC or createdAt-ASC, not '{sort}'.", "sort");
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = workspace.State;
            if (Find(view, id) is not { } user) return NotFound(id);
            var events = view.Source<MtmEvent>().OwnedBy(user.Id).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToList();
            if (sort.EndsWith("DESC", StringComparison.OrdinalIgnoreCase)) events.Reverse();
            var page = paging.Of(events).Select(e => (JsonNode)EventJson(e, view, workspace)).ToArray();
            return Envelope.OkResult("Event", new JsonArray(page), events.Count);
        }
    }

    /// <summary>POST: <c>{userName, permissionRole (default MEMBER), description}</c>; ADMIN only. The answer alone carries the token.</summary>
    public static async Task<IResult> CreateAsync(HttpContext context)
    {
        var principal = context.Principal();
        if (!string.Equals(principal.WorkspaceRole, "ADMIN", StringComparison.Ordinal))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, "Only workspace admins may create technical users.", principal.WorkspaceRole);
        if (await MtmBodies.ReadAsync(context) is not JsonObject body) return MtmBodies.BadBody();
        var userName = MtmBodies.Text(body, "userName");
        if (string.IsNullOrWhiteSpace(userName)) return Envelope.ErrorResult(StatusCodes.Status400BadRequest, "A technical user needs a userName.", "userName");
        var role = MtmBodies.Text(body, "permissionRole") ?? "MEMBER";
        if (!Roles.Contains(role))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"permissionRole '{role}' is invalid; use ADMIN, MEMBER or VIEWER.", role);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            if (tx.Users.All.Any(u => u.TechnicalUser && u.UserName.Equals(userName, StringComparison.OrdinalIgnoreCase)))
                return Envelope.ErrorResult(StatusCodes.Status409Conflict, $"A technical user named '{userName}' already exists.", userName);
            var user = new User
            {
                Id = Guid.NewGuid(), UserName = userName.Trim(), Email = $"{userName.Trim()}@technical.example.com", FirstName = userName.Trim(),
                TechnicalUser = true, PermissionId = Guid.NewGuid(), PermissionRole = role, PermissionStatus = "ACTIVE"
            };
            tx.Users.Add(user);
            foreach (var type in new[] { "USER_CREATE", "APITOKEN_CREATE" })
                tx.Overlay<MtmEvent>().Add(new MtmEvent { Id = Guid.NewGuid(), Type = type, UserId = user.Id, ActorId = principal.UserId, CreatedAt = tx.Now });
            workspace.Commit(tx);
            var token = "LXemu" + Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();
            workspace.ApiTokens[token] = user.Id;
            return Envelope.OkResult("TechnicalUser", Json(user, workspace, token, MtmBodies.Text(body, "description")), 1);
        }
    }

    /// <summary>TechnicalUserData (admin.md §9); <c>apiTokenData.token</c> only in the create answer.</summary>
    private static JsonObject Json(User user, Workspace workspace, string? token, string? description = null) => new()
    {
        ["id"] = Formats.Id(user.Id),
        ["userName"] = user.UserName,
        ["email"] = null,
        ["permissionRole"] = user.PermissionRole,
        ["customerRoles"] = null,
        ["accessControlEntities"] = null,
        ["apiTokenData"] = new JsonObject
        {
            ["id"] = Formats.Id(Ids.FromName("apitoken:" + user.Id)), ["expiry"] = null, ["description"] = description, ["token"] = token
        },
        ["accountId"] = Formats.Id(workspace.AccountId),
        ["workspaceId"] = Formats.Id(workspace.Id),
        ["workspaceName"] = workspace.Name
    };

    private static JsonObject EventJson(MtmEvent e, IWorkspaceView view, Workspace workspace) => new()
    {
        ["id"] = Formats.Id(e.Id),
        ["type"] = e.Type,
        ["application"] = "mtm",
        ["status"] = "FINISHED",
        ["createdAt"] = Formats.Timestamp(e.CreatedAt),
        ["finishedAt"] = Formats.Timestamp(e.CreatedAt),
        ["actor"] = e.ActorId is { } a && view.Users.Get(a) is { } actor ? UserRef(actor) : null,
        ["user"] = view.Users.Get(e.UserId) is { } u ? UserRef(u) : null,
        ["workspace"] = MtmJson.WorkspaceRef(workspace),
        ["payload"] = new JsonObject()
    };

    private static JsonObject UserRef(User u) => new()
    {
        ["id"] = Formats.Id(u.Id), ["userName"] = u.UserName, ["email"] = u.Email, ["firstName"] = u.FirstName, ["lastName"] = u.LastName,
        ["displayName"] = u.DisplayName, ["technicalUser"] = u.TechnicalUser
    };

    private static User? Find(IWorkspaceView view, string id) =>
        Guid.TryParse(id, out var guid) && view.Users.Get(guid) is { TechnicalUser: true } user ? user : null;

    private static IResult NotFound(string id) =>
        Envelope.ErrorResult(StatusCodes.Status404NotFound, $"Technical user '{id}' does not exist in this workspace.", id);
}
