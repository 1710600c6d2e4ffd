using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// Subscription role administration (admin.md §13.1, D72): create, update and delete. Names are unique
/// case-insensitively; a role's type is RESPONSIBLE, ACCOUNTABLE, OBSERVER or null (any type). Restricting a role
/// to fact sheet types leaves existing subscriptions as they are; deleting a role removes it from the subscriptions
/// that hold it. Only workspace admins administer roles (D66). No webhook event (D72).
/// </summary>
public static class SubscriptionRoleMutations
{
    private const string Entity = MutationEntityType.SubscriptionRole;
    private static readonly string[] SubscriptionTypes = ["RESPONSIBLE", "ACCOUNTABLE", "OBSERVER"];

    public static SubscriptionRole Create(WorkspaceTransaction tx, string? name, string? description, string? type,
        IReadOnlyList<string>? allowedFactSheetTypes, IReadOnlyList<string>? mandatoryForFactSheetTypes)
    {
        RequireAdmin(tx, null);
        var role = new SubscriptionRole { Id = Guid.NewGuid(), Name = RequireName(tx, name, null) };
        Apply(tx, role, description, type, allowedFactSheetTypes, mandatoryForFactSheetTypes);
        tx.SubscriptionRoles.Add(role);
        return role;
    }

    /// <summary>Replaces name, description, type and both type lists (the arguments are the whole role, §13.1).</summary>
    public static SubscriptionRole Update(WorkspaceTransaction tx, Guid id, string? name, string? description, string? type,
        IReadOnlyList<string>? allowedFactSheetTypes, IReadOnlyList<string>? mandatoryForFactSheetTypes)
    {
        RequireAdmin(tx, id);
        var role = tx.SubscriptionRoles.Edit(id) ?? throw MutationException.NotFound(Entity, id);
        role.Name = RequireName(tx, name, id);
        Apply(tx, role, description, type, allowedFactSheetTypes, mandatoryForFactSheetTypes);
        return role;
    }

    /// <summary>Deletes a role and takes it off every subscription that holds it (D72); returns the deleted role.</summary>
    public static SubscriptionRole Delete(WorkspaceTransaction tx, Guid id)
    {
        RequireAdmin(tx, id);
        var role = tx.SubscriptionRoles.Get(id) ?? throw MutationException.NotFound(Entity, id);
        foreach (var holder in tx.Subscriptions.All.Where(s => s.Roles.Any(r => r.RoleId == id)).Select(s => s.Id).ToList())
            tx.Subscriptions.Edit(holder)!.Roles.RemoveAll(r => r.RoleId == id);
        tx.SubscriptionRoles.Remove(id);
        return role;
    }

    private static void Apply(WorkspaceTransaction tx, SubscriptionRole role, string? description, string? type,
        IReadOnlyList<string>? allowed, IReadOnlyList<string>? mandatoryFor)
    {
        var normalisedType = type?.Trim().ToUpperInvariant();
        if (normalisedType is { Length: > 0 } && !SubscriptionTypes.Contains(normalisedType))
            throw MutationException.BusinessLogic(Entity, role.Id, "/type", $"Subscription type '{type}' is invalid; use {string.Join(", ", SubscriptionTypes)} or none.");
        role.Description = string.IsNullOrEmpty(description) ? null : description;
        role.SubscriptionType = normalisedType is { Length: > 0 } ? normalisedType : null;
        role.RestrictToFactSheetTypes = CheckTypes(tx, allowed, role.Id, "/restrictToFactSheetTypes");
        role.MandatoryForFactSheetTypes = CheckTypes(tx, mandatoryFor, role.Id, "/mandatoryForFactSheetTypes");
    }

    private static string RequireName(WorkspaceTransaction tx, string? name, Guid? id)
    {
        if (string.IsNullOrWhiteSpace(name)) throw MutationException.BusinessLogic(Entity, id, "/name", "The name of a SubscriptionRole is mandatory.");
        var trimmed = name.Trim();
        if (tx.SubscriptionRoles.All.Any(r => r.Id != id && r.Name.Equals(trimmed, StringComparison.OrdinalIgnoreCase)))
            throw MutationException.BusinessLogic(Entity, id, "/name", $"A subscription role named '{trimmed}' already exists.");
        return trimmed;
    }

    private static List<string> CheckTypes(WorkspaceTransaction tx, IReadOnlyList<string>? types, Guid id, string path)
    {
        var result = new List<string>();
        foreach (var type in types ?? [])
        {
            if (tx.Model.Type(type) is null) throw MutationException.BusinessLogic(Entity, id, path, $"Unknown fact sheet type '{type}'.");
            if (!result.Contains(type)) result.Add(type);
        }
        return result;
    }

    private static void RequireAdmin(WorkspaceTransaction tx, Guid? id)
    {
        var role = tx.ActorId is { } actor ? tx.Users.Get(actor)?.PermissionRole : null;
        if (!string.Equals(role, "ADMIN", StringComparison.Ordinal))
            throw MutationException.BusinessLogic(Entity, id, null, $"Only workspace admins may administer subscription roles; the caller is {role ?? "unknown"}.");
    }
}
