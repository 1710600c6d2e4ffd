using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>
/// admin.md §9 (DOCS/updating-user-permissions): one permission per (user, workspace), changed in
/// place; users are never removed, only ARCHIVED; ARCHIVED → ACTIVE is allowed, INVITED → ACTIVE is
/// not (only the invitee accepting does that). Roles and statuses are those of D34.
/// </summary>
public static class PermissionRules
{
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal) { "ADMIN", "MEMBER", "VIEWER", "CONTACT" };
    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal) { "ACTIVE", "INVITED", "ARCHIVED", "REQUESTED" };

    /// <summary>Applies a role and/or status to <paramref name="user"/>; returns the parameter and message of a 400, or null.</summary>
    public static (string Param, string Message)? Apply(User user, string? role, string? status)
    {
        if (role is not null && !Roles.Contains(role))
            return ("role", $"Unknown permission role '{role}'; use one of {string.Join(", ", Roles)}.");
        if (status is not null && !Statuses.Contains(status))
            return ("status", $"Unknown permission status '{status}'; use one of {string.Join(", ", Statuses)}.");
        if (status == "ACTIVE" && user.PermissionStatus == "INVITED")
            return ("status", "An INVITED permission cannot be set to ACTIVE; the user has to accept the invitation.");
        if (role is not null) user.PermissionRole = role;
        if (status is not null) user.PermissionStatus = status;
        return null;
    }

    /// <summary>
    /// D66: the permission's <c>accessControlEntities</c> – comma-separated ACE ids, or an array of ids or <c>{"id"}</c>
    /// objects; absent leaves them, empty clears them. Returns the parameter and message of a 400 for an unknown entity, or null.
    /// </summary>
    public static (string Param, string Message)? ApplyAccessControlEntities(User user, JsonNode? value, IWorkspaceView view)
    {
        if (value is null) return null;
        var texts = value is JsonArray array
            ? array.Select(a => a is JsonObject o ? o["id"]?.ToString() : a?.ToString())
            : value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = new List<Guid>();
        foreach (var text in texts)
        {
            if (!Guid.TryParse(text, out var id) || view.Source<AccessControlEntity>().Get(id) is null)
                return ("accessControlEntities", $"Access control entity '{text}' does not exist.");
            if (!ids.Contains(id)) ids.Add(id);
        }
        user.AccessControlEntityIds = ids;
        return null;
    }
}
