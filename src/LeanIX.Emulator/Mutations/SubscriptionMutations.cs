using System.Text.Json.Nodes;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// Subscriptions of users to fact sheets (D14, D16). Rules: one subscription per (fact sheet, user),
/// at most one ACCOUNTABLE per fact sheet, a role's subscriptionType must match, the user must be a
/// workspace user. Every violation is BUSINESS_LOGIC. Each change bumps the fact sheet's rev (D19)
/// and emits only its SUBSCRIPTION_* event (D28).
/// </summary>
public static class SubscriptionMutations
{
    private const string Entity = MutationEntityType.Subscription;
    private static readonly string[] Types = ["ACCOUNTABLE", "RESPONSIBLE", "OBSERVER"];

    public static Subscription Create(WorkspaceTransaction tx, Guid factSheetId, long? factSheetRev, UserRef user, string type, IReadOnlyList<RoleRef> roles)
    {
        var factSheet = MutationGuards.RequireFactSheet(tx, factSheetId);
        MutationGuards.CheckRev(factSheet, factSheetRev);
        var subscription = new Subscription
        {
            Id = Guid.NewGuid(),
            FactSheetId = factSheetId,
            UserId = ResolveUser(tx, user, null).Id,
            Type = ParseType(type, null),
            CreatedAt = tx.Now
        };
        subscription.Roles = ResolveRoles(tx, factSheet, subscription.Type, roles, null);
        CheckUnique(tx, subscription);
        tx.Subscriptions.Add(subscription);
        tx.Touch(factSheetId);
        tx.Record(Event(EventTypes.SubscriptionCreated, subscription, null));
        return subscription;
    }

    public static Subscription Update(WorkspaceTransaction tx, Guid id, long? factSheetRev, UserRef user, string type, IReadOnlyList<RoleRef> roles)
    {
        var before = tx.Subscriptions.Get(id) ?? throw MutationException.NotFound(Entity, id);
        var factSheet = MutationGuards.RequireFactSheet(tx, before.FactSheetId);
        MutationGuards.CheckRev(factSheet, factSheetRev);
        var userId = ResolveUser(tx, user, id).Id;
        var subscriptionType = ParseType(type, id);
        var roleLinks = ResolveRoles(tx, factSheet, subscriptionType, roles, id);
        var subscription = tx.Subscriptions.Edit(id)!;
        subscription.UserId = userId;
        subscription.Type = subscriptionType;
        subscription.Roles = roleLinks;
        CheckUnique(tx, subscription);
        var oldValue = Json(before);
        if (JsonNode.DeepEquals(oldValue, Json(subscription))) return subscription; // no effect: no rev bump, no event
        tx.Touch(factSheet.Id);
        tx.Record(Event(EventTypes.SubscriptionUpdated, subscription, oldValue));
        return subscription;
    }

    /// <summary>Returns the fact sheet, as <c>deleteSubscription</c> does (D16).</summary>
    public static FactSheet Delete(WorkspaceTransaction tx, Guid id, long? factSheetRev)
    {
        var subscription = tx.Subscriptions.Get(id) ?? throw MutationException.NotFound(Entity, id);
        var factSheet = MutationGuards.RequireFactSheet(tx, subscription.FactSheetId);
        MutationGuards.CheckRev(factSheet, factSheetRev);
        tx.Subscriptions.Remove(id);
        tx.Touch(factSheet.Id);
        tx.Record(Event(EventTypes.SubscriptionDeleted, subscription, Json(subscription)));
        // The transaction's copy: it is the one whose rev the completing unit bumps.
        return tx.FactSheets.Edit(factSheet.Id)!;
    }

    /// <summary>
    /// D90 <c>cloneFactSheet</c>: the source's subscriptions, same users, types and roles, on the new fact sheet. The rules
    /// still hold (one per user, one ACCOUNTABLE) because the source obeyed them. No rev bump: a fact sheet created in
    /// this unit keeps rev 0 (D19).
    /// </summary>
    internal static void CopyAll(WorkspaceTransaction tx, Guid sourceId, Guid targetId)
    {
        foreach (var source in tx.Subscriptions.OwnedBy(sourceId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToList())
        {
            var copy = source.Clone();
            copy.Id = Guid.NewGuid();
            copy.FactSheetId = targetId;
            copy.CreatedAt = tx.Now;
            tx.Subscriptions.Add(copy);
            tx.Record(Event(EventTypes.SubscriptionCreated, copy, null));
        }
    }

    /// <summary>D14: by id; when no id is given (or it is unknown), by e-mail, case-insensitive; an unknown e-mail becomes a contact (D63).</summary>
    private static User ResolveUser(WorkspaceTransaction tx, UserRef? user, Guid? subscriptionId)
    {
        if (user?.Id is { } userId && tx.Users.Get(userId) is { } byId) return byId;
        if (!string.IsNullOrWhiteSpace(user?.Email))
        {
            var email = user.Email.Trim();
            return tx.Users.All.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))
                ?? Contacts.Create(tx, email, null, null)
                ?? throw MutationException.BusinessLogic(Entity, subscriptionId, null, $"User with email '{email}' not found and '{email}' is not an e-mail address");
        }
        if (user?.Id is { } unknown)
            throw MutationException.BusinessLogic(Entity, subscriptionId, null, $"User with id '{unknown:D}' not found");
        throw MutationException.BusinessLogic(Entity, subscriptionId, null, "A subscription needs a user id or email.");
    }

    private static string ParseType(string? type, Guid? subscriptionId)
    {
        var t = type?.Trim().ToUpperInvariant();
        return t is not null && Types.Contains(t)
            ? t
            : throw MutationException.BusinessLogic(Entity, subscriptionId, null,
                $"Subscription type '{type}' is invalid; use ACCOUNTABLE, RESPONSIBLE or OBSERVER.");
    }

    private static List<SubscriptionRoleLink> ResolveRoles(WorkspaceTransaction tx, FactSheet factSheet, string type, IReadOnlyList<RoleRef>? roles, Guid? subscriptionId)
    {
        var links = new List<SubscriptionRoleLink>();
        foreach (var role in roles ?? [])
        {
            var definition = tx.SubscriptionRoles.Get(role.Id)
                ?? throw MutationException.BusinessLogic(Entity, subscriptionId, null, $"SubscriptionRole with id '{role.Id:D}' not found");
            if (definition.SubscriptionType is { Length: > 0 } roleType && !string.Equals(roleType, type, StringComparison.OrdinalIgnoreCase))
                throw MutationException.BusinessLogic(Entity, subscriptionId, null,
                    $"Role '{definition.Name}' is for {roleType} subscriptions, not {type}.");
            if (definition.RestrictToFactSheetTypes.Count > 0 && !definition.RestrictToFactSheetTypes.Contains(factSheet.Type))
                throw MutationException.BusinessLogic(Entity, subscriptionId, null,
                    $"Role '{definition.Name}' cannot be used on fact sheets of type {factSheet.Type}.");
            var existing = links.FindIndex(l => l.RoleId == role.Id);
            if (existing >= 0) links[existing] = new SubscriptionRoleLink(role.Id, role.Comment);
            else links.Add(new SubscriptionRoleLink(role.Id, role.Comment));
        }
        return links;
    }

    private static void CheckUnique(WorkspaceTransaction tx, Subscription subscription)
    {
        var others = tx.Subscriptions.OwnedBy(subscription.FactSheetId).Where(s => s.Id != subscription.Id).ToList();
        if (others.Any(s => s.UserId == subscription.UserId))
            throw MutationException.BusinessLogic(Entity, subscription.Id, null,
                $"User '{subscription.UserId:D}' is already subscribed to fact sheet '{subscription.FactSheetId:D}'.");
        if (subscription.Type == "ACCOUNTABLE" && others.Any(s => s.Type == "ACCOUNTABLE"))
            throw MutationException.BusinessLogic(Entity, subscription.Id, null,
                $"Fact sheet '{subscription.FactSheetId:D}' already has an ACCOUNTABLE subscriber; only one is allowed.");
    }

    private static ChangeRecord Event(string eventType, Subscription subscription, JsonNode? oldValue) => new()
    {
        EventType = eventType,
        EntityType = Entity,
        EntityId = subscription.Id,
        FactSheetId = subscription.FactSheetId,
        OldValue = oldValue,
        NewValue = eventType == EventTypes.SubscriptionDeleted ? null : Json(subscription)
    };

    private static JsonObject Json(Subscription s) => new()
    {
        ["id"] = s.Id.ToString("D"),
        ["factSheetId"] = s.FactSheetId.ToString("D"),
        ["userId"] = s.UserId.ToString("D"),
        ["type"] = s.Type,
        ["roles"] = new JsonArray(s.Roles
            .Select(r => (JsonNode?)new JsonObject { ["id"] = r.RoleId.ToString("D"), ["comment"] = r.Comment })
            .ToArray())
    };
}
