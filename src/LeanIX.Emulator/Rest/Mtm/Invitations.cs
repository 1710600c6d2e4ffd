using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>
/// D63: inviting a user (<c>POST /idm/invite?silent=</c>) and creating a user directly (<c>POST /users</c>, account
/// admins only). The emulator never sends mail, so <c>silent</c> only has to be a boolean.
/// </summary>
public static class Invitations
{
    private static readonly HashSet<string> InviteRoles = new(StringComparer.Ordinal) { "ADMIN", "MEMBER", "VIEWER" };

    /// <summary>
    /// Invitation body <c>{host:{id}, user:{email}, workspace:{id}, permission:{role}, message}</c>: the user is created if
    /// needed with an INVITED permission; an ACTIVE one is answered unchanged; an INVITED or ARCHIVED one is (re)invited
    /// in the role. Workspace admins only.
    /// </summary>
    public static async Task<IResult> InviteAsync(HttpContext context, string baseUrl)
    {
        var principal = context.Principal();
        if (context.Request.Query["silent"].FirstOrDefault() is { Length: > 0 } silent && !bool.TryParse(silent, out _))
            return Bad("silent", $"silent must be true or false, not '{silent}'.");
        if (!string.Equals(principal.WorkspaceRole, "ADMIN", StringComparison.Ordinal))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, "Only workspace admins may invite users.", principal.WorkspaceRole);
        if (await MtmBodies.ReadAsync(context) is not JsonObject body) return MtmBodies.BadBody();
        var email = MtmBodies.Text(body["user"] as JsonObject, "email")?.Trim();
        if (!Contacts.IsEmail(email)) return Bad("user.email", $"The invitation needs the invitee's e-mail address in user.email, not '{email}'.");
        var workspaceId = MtmBodies.Text(body["workspace"] as JsonObject, "id");
        if (workspaceId is null) return Bad("workspace.id", "The invitation needs 'workspace.id'.");
        var workspace = principal.Workspace;
        if (!(Guid.TryParse(workspaceId, out var wid) && wid == workspace.Id))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{workspaceId}'.", workspaceId);
        var role = MtmBodies.Text(body["permission"] as JsonObject, "role") ?? "MEMBER";
        if (!InviteRoles.Contains(role)) return Bad("permission.role", $"Role '{role}' cannot be invited; use ADMIN, MEMBER or VIEWER.");
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            var existing = tx.Users.All.FirstOrDefault(u => u.Email.Equals(email, StringComparison.OrdinalIgnoreCase));
            if (existing is { PermissionStatus: "ACTIVE" }) return Envelope.OkResult("User", MtmJson.User(existing, workspace, baseUrl), 1);
            User user;
            if (existing is null)
            {
                user = Contacts.Create(tx, email!, MtmBodies.Text(body["user"] as JsonObject, "firstName"), MtmBodies.Text(body["user"] as JsonObject, "lastName"),
                    role, "INVITED")!;
            }
            else
            {
                user = tx.Users.Edit(existing.Id)!;
                user.PermissionRole = role;
                user.PermissionStatus = "INVITED";
            }
            tx.Overlay<MtmEvent>().Add(new MtmEvent { Id = Guid.NewGuid(), Type = "USER_INVITE", UserId = user.Id, ActorId = principal.UserId, CreatedAt = tx.Now });
            workspace.Commit(tx);
            return Envelope.OkResult("User", MtmJson.User(user, workspace, baseUrl), 1);
        }
    }

    /// <summary>
    /// D63: <c>POST /users</c> for account admins (the token's <c>principal.role</c> is ACCOUNTADMIN), else 403; a
    /// <c>permissions</c> entry for this workspace gives the role (CONTACT when none); the permission is ACTIVE.
    /// </summary>
    public static async Task<IResult> CreateUserAsync(HttpContext context, string baseUrl)
    {
        var principal = context.Principal();
        var workspace = principal.Workspace;
        if (workspace.State.Users.Get(principal.UserId)?.Role != "ACCOUNTADMIN")
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, "Only account admins may create users; invite them instead (POST /idm/invite).", "ACCOUNTADMIN");
        if (await MtmBodies.ReadAsync(context) is not JsonObject body) return MtmBodies.BadBody();
        var email = MtmBodies.Text(body, "email")?.Trim();
        if (!Contacts.IsEmail(email)) return Bad("email", $"A user needs an e-mail address, not '{email}'.");
        var permission = (body["permissions"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(p => MtmBodies.Text(p["workspace"] as JsonObject, "id") is not { } w || (Guid.TryParse(w, out var id) && id == workspace.Id));
        var role = MtmBodies.Text(permission, "role") ?? "CONTACT";
        if (!PermissionRules.Roles.Contains(role)) return Bad("permissions.role", $"Unknown permission role '{role}'; use one of {string.Join(", ", PermissionRules.Roles)}.");
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            if (tx.Users.All.Any(u => u.Email.Equals(email, StringComparison.OrdinalIgnoreCase)))
                return Envelope.ErrorResult(StatusCodes.Status409Conflict, $"A user with the e-mail '{email}' already exists.", email);
            var user = Contacts.Create(tx, email!, MtmBodies.Text(body, "firstName"), MtmBodies.Text(body, "lastName"), role)!;
            tx.Overlay<MtmEvent>().Add(new MtmEvent { Id = Guid.NewGuid(), Type = "USER_CREATE", UserId = user.Id, ActorId = principal.UserId, CreatedAt = tx.Now });
            workspace.Commit(tx);
            return Envelope.OkResult("User", MtmJson.User(user, workspace, baseUrl), 1);
        }
    }

    private static IResult Bad(string param, string message) => Envelope.ErrorResult(StatusCodes.Status400BadRequest, message, param);
}
