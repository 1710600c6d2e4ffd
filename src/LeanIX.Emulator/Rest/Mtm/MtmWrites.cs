using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>
/// D86: the MTM writes admin scripts use, <c>PUT /users/{id}</c> and <c>POST /permissions</c>
/// (admin.md §9). The emulator hosts one workspace per token, so both act on the token's workspace;
/// another workspace id is a 403 as for reads (D33).
/// </summary>
public static class MtmWrites
{
    private static readonly IReadOnlySet<string> AccountRoles = new HashSet<string>(StringComparer.Ordinal) { "ACCOUNTUSER", "ACCOUNTADMIN" };
    private static readonly IReadOnlySet<string> UserStatuses = new HashSet<string>(StringComparer.Ordinal) { "ACTIVE", "INACTIVE" };

    /// <summary>
    /// Updates the members a script changes (names, e-mail, account role and status); members left
    /// out stay. A <c>permissions</c> entry for this workspace changes the workspace role/status by the
    /// <see cref="PermissionRules"/>. Answers the UserResponse (D34 user).
    /// </summary>
    public static async Task<IResult> PutUserAsync(HttpContext context, Workspace workspace, string userId, string baseUrl)
    {
        if (await ReadBodyAsync(context) is not JsonObject body) return BadBody();
        if (!Guid.TryParse(userId, out var id)) return NotFound(workspace, userId);
        if (Text(body, "id") is { } bodyId && !Same(bodyId, id))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"The body's id '{bodyId}' is not the path's user id '{userId}'.", bodyId);
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            if (tx.Users.Edit(id) is not { } user) return NotFound(workspace, userId);
            if (Text(body, "role") is { } role && !AccountRoles.Contains(role))
                return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"Unknown account role '{role}'; use ACCOUNTUSER or ACCOUNTADMIN.", role);
            if (Text(body, "status") is { } status && !UserStatuses.Contains(status))
                return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"Unknown user status '{status}'; use ACTIVE or INACTIVE.", status);
            if (Text(body, "email") is { } email && !email.Equals(user.Email, StringComparison.OrdinalIgnoreCase) &&
                tx.Users.All.Any(u => u.Id != id && u.Email.Equals(email, StringComparison.OrdinalIgnoreCase)))
                return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"Another user already has the e-mail '{email}'.", email);

            if (Text(body, "firstName") is { } first) user.FirstName = first;
            if (Text(body, "lastName") is { } last) user.LastName = last;
            if (Text(body, "email") is { } newEmail)
            {
                // A person's userName is the e-mail; a technical user's is its own name (D34).
                if (!user.TechnicalUser && user.UserName.Equals(user.Email, StringComparison.OrdinalIgnoreCase)) user.UserName = newEmail;
                user.Email = newEmail;
            }
            if (Text(body, "role") is { } newRole) user.Role = newRole;
            if (Text(body, "status") is { } newStatus) user.Status = newStatus;
            var permission = (body["permissions"] as JsonArray)?.OfType<JsonObject>()
                .FirstOrDefault(p => WorkspaceIdOf(p) is not { } w || Same(w, workspace.Id));
            if (permission is not null && PermissionRules.Apply(user, Text(permission, "role"), Text(permission, "status")) is { } error)
                return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error.Message, error.Param);
            workspace.Commit(tx);
            return Envelope.OkResult("User", MtmJson.User(user, workspace, baseUrl), 1);
        }
    }

    /// <summary>
    /// Creates or changes the one permission of (user, workspace); the body needs <c>user.id</c>,
    /// <c>workspace.id</c> (or <c>workspaceId</c>), <c>role</c> and <c>status</c>. The response has
    /// <c>total: 0</c>, as the documented answer does.
    /// </summary>
    public static async Task<IResult> PostPermissionAsync(HttpContext context, Workspace workspace, string baseUrl)
    {
        if (await ReadBodyAsync(context) is not JsonObject body) return BadBody();
        var userId = Text(body["user"] as JsonObject, "id");
        var workspaceId = WorkspaceIdOf(body);
        foreach (var (value, name) in new[] { (userId, "user.id"), (workspaceId, "workspace.id"), (Text(body, "role"), "role"), (Text(body, "status"), "status") })
            if (value is null) return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"The permission needs '{name}'.", name);
        if (!Same(workspaceId!, workspace.Id))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{workspaceId}'.", workspaceId);
        if (!Guid.TryParse(userId, out var id)) return NotFound(workspace, userId!);
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(context.Principal().UserId);
            if (tx.Users.Edit(id) is not { } user) return NotFound(workspace, userId!);
            // One permission per (user, workspace): an id, when sent, must be that permission.
            if (Text(body, "id") is { } permissionId && !Same(permissionId, user.PermissionId))
                return Envelope.ErrorResult(StatusCodes.Status400BadRequest,
                    $"User '{userId}' already has permission '{user.PermissionId}' in this workspace; send that id or none.", permissionId);
            if ((PermissionRules.Apply(user, Text(body, "role"), Text(body, "status"))
                 ?? PermissionRules.ApplyAccessControlEntities(user, body["accessControlEntities"], tx)) is { } error)
                return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error.Message, error.Param);
            workspace.Commit(tx);
            return Envelope.OkResult("Permission", MtmJson.Permission(user, workspace, baseUrl), 0);
        }
    }

    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? WorkspaceIdOf(JsonObject permission) => Text(permission["workspace"] as JsonObject, "id") ?? Text(permission, "workspaceId");

    private static string? Text(JsonObject? json, string key) =>
        json?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Same(string text, Guid id) => Guid.TryParse(text, out var parsed) && parsed == id;

    private static IResult BadBody() => Envelope.ErrorResult(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");

    private static IResult NotFound(Workspace workspace, string userId) =>
        Envelope.ErrorResult(StatusCodes.Status404NotFound, $"User '{userId}' does not exist in workspace '{workspace.Name}'.", userId);
}
