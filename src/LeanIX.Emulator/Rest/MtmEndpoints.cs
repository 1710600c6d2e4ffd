using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Rest.Mtm;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// The MTM reads a client library needs (rest-other.md §4, D33, D34): the token's workspace, its
/// users and permissions. A token only sees its own workspace: any other workspace id → 403
/// (D33; also for ids the emulator does not host, so a token learns nothing about others).
/// Unknown user ids → 404. All answers are D1 envelopes, failures D2 bodies.
/// </summary>
public static class MtmEndpoints
{
    public const string Base = "/services/mtm/v1";

    public static WebApplication MapMtmEndpoints(this WebApplication app)
    {
        app.MapGet(Base + "/workspaces", (Func<HttpContext, Task<IResult>>)ListWorkspacesAsync); // a bare RequestDelegate would drop the IResult
        app.MapGet(Base + "/workspaces/{workspaceId}", GetWorkspaceAsync);
        app.MapGet(Base + "/workspaces/{workspaceId}/users", ListWorkspaceUsersAsync);
        app.MapGet(Base + "/workspaces/{workspaceId}/users/{userId}", GetWorkspaceUserAsync);
        app.MapGet(Base + "/workspaces/{workspaceId}/permissions", ListPermissionsAsync);
        // Account-level user routes, scoped to the token's workspace: the emulator hosts no account beyond it.
        app.MapGet(Base + "/users", (Func<HttpContext, Task<IResult>>)ListUsersAsync); // a bare RequestDelegate would drop the IResult
        app.MapGet(Base + "/users/{userId}", GetUserAsync);
        app.MapGet(Base + "/users/{userId}/permissions", GetUserPermissionsAsync);
        // D86: the writes of admin scripts (admin.md §9).
        app.MapPut(Base + "/users/{userId}", (HttpContext context, string userId) =>
            MtmWrites.PutUserAsync(context, context.Principal().Workspace, userId, BaseUrl(context)));
        app.MapPost(Base + "/permissions", (Func<HttpContext, Task<IResult>>)(context =>
            MtmWrites.PostPermissionAsync(context, context.Principal().Workspace, BaseUrl(context))));
        return app;
    }

    /// <summary>The workspaces the token may see: only its own.</summary>
    private static async Task<IResult> ListWorkspacesAsync(HttpContext context)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Envelope.OkResult("Workspace", new JsonArray(MtmJson.Workspace(workspace, BaseUrl(context))), 1);
    }

    private static async Task<IResult> GetWorkspaceAsync(HttpContext context, string workspaceId)
    {
        if (OwnWorkspace(context, workspaceId) is not { } workspace) return Forbidden(workspaceId);
        using (await workspace.ReadLockAsync(context.RequestAborted))
            return Envelope.OkResult("Workspace", MtmJson.Workspace(workspace, BaseUrl(context)), 1);
    }

    private static Task<IResult> ListWorkspaceUsersAsync(HttpContext context, string workspaceId) =>
        OwnWorkspace(context, workspaceId) is { } workspace ? ListAsync(context, workspace) : Task.FromResult(Forbidden(workspaceId));

    private static Task<IResult> ListUsersAsync(HttpContext context) => ListAsync(context, context.Principal().Workspace);

    private static Task<IResult> GetWorkspaceUserAsync(HttpContext context, string workspaceId, string userId) =>
        OwnWorkspace(context, workspaceId) is { } workspace ? GetAsync(context, workspace, userId) : Task.FromResult(Forbidden(workspaceId));

    private static Task<IResult> GetUserAsync(HttpContext context, string userId) => GetAsync(context, context.Principal().Workspace, userId);

    /// <summary>D33: <c>total</c> = all matches, <c>data</c> = the requested page.</summary>
    private static async Task<IResult> ListAsync(HttpContext context, Workspace workspace)
    {
        var query = UserQuery.Parse(context.Request.Query, out var error);
        if (query is null) return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error!.Value.Message, error.Value.Param);
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var matches = query.Matches(workspace.State.Users.All);
            var page = new JsonArray(query.PageOf(matches).Select(u => (JsonNode)MtmJson.User(u, workspace, BaseUrl(context))).ToArray());
            return Envelope.OkResult("User", page, matches.Count);
        }
    }

    /// <summary>D34: one User object in <c>data</c>.</summary>
    private static async Task<IResult> GetAsync(HttpContext context, Workspace workspace, string userId)
    {
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            if (FindUser(workspace, userId) is not { } user)
                return Envelope.ErrorResult(StatusCodes.Status404NotFound, $"User '{userId}' does not exist in workspace '{workspace.Name}'.", userId);
            return Envelope.OkResult("User", MtmJson.User(user, workspace, BaseUrl(context)), 1);
        }
    }

    /// <summary>D86: the user's permissions – here the one in the token's workspace, without the embedded user.</summary>
    private static async Task<IResult> GetUserPermissionsAsync(HttpContext context, string userId)
    {
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            if (FindUser(workspace, userId) is not { } user)
                return Envelope.ErrorResult(StatusCodes.Status404NotFound, $"User '{userId}' does not exist in workspace '{workspace.Name}'.", userId);
            return Envelope.OkResult("Permission", new JsonArray(MtmJson.Permission(user, workspace, BaseUrl(context), withUser: false)), 1);
        }
    }

    /// <summary>The workspace's memberships (technical users included), paged like the user list.</summary>
    private static async Task<IResult> ListPermissionsAsync(HttpContext context, string workspaceId)
    {
        if (OwnWorkspace(context, workspaceId) is not { } workspace) return Forbidden(workspaceId);
        var query = UserQuery.Parse(WithTechnicalUsers(context.Request.Query), out var error);
        if (query is null) return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error!.Value.Message, error.Value.Param);
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var matches = query.Matches(workspace.State.Users.All);
            var page = new JsonArray(query.PageOf(matches).Select(u => (JsonNode)MtmJson.Permission(u, workspace, BaseUrl(context))).ToArray());
            return Envelope.OkResult("Permission", page, matches.Count);
        }
    }

    private static IQueryCollection WithTechnicalUsers(IQueryCollection query)
    {
        if (query.ContainsKey("includeTechnicalUsers")) return query;
        var copy = query.ToDictionary(kv => kv.Key, kv => kv.Value);
        copy["includeTechnicalUsers"] = "true";
        return new QueryCollection(copy);
    }

    private static Workspace? OwnWorkspace(HttpContext context, string workspaceId)
    {
        var workspace = context.Principal().Workspace;
        return Guid.TryParse(workspaceId, out var id) && id == workspace.Id ? workspace : null;
    }

    private static User? FindUser(Workspace workspace, string userId) =>
        Guid.TryParse(userId, out var id) ? workspace.State.Users.Get(id) : null;

    // The same base URL the token endpoint puts into instanceUrl.
    private static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    private static IResult Forbidden(string workspaceId) =>
        Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{workspaceId}'.", workspaceId);
}
