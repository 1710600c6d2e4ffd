using System.Text.Json.Nodes;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Rest.Integrations.Expressions;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// <c>inboundSubscription</c> (admin.md §1.3): subscribes the user of the <c>user</c> update (e-mail) to the identified fact
/// sheet with <c>subscriptionType</c> and <c>subscriptionRoles</c> (maps <c>{roleName, comment}</c>), through
/// <see cref="SubscriptionMutations"/>. The user's existing subscription is updated, but an ACCOUNTABLE one keeps its type.
/// <c>addSubscriptionRoles</c> adds to the roles held instead of replacing them. Unknown users and roles are warnings.
/// </summary>
public static class InboundSubscriptionProcessor
{
    public static void Execute(ProcessorStep step)
    {
        var keys = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        foreach (var update in step.Processor["updates"] as JsonArray ?? [])
            if (update is JsonObject entry && step.Text(entry["key"]) is { } key) keys[key] = step.Values(entry);
        string? Text(string key) => keys.TryGetValue(key, out var v) && v.FirstOrDefault(x => x is not null) is { } x ? ExpressionValues.ToText(x) : null;

        var email = Text("user") ?? Text("newUser.email");
        var user = email is null ? null : step.Tx.Users.All.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));
        if (user is null)
        {
            step.Warn($"User '{email}' is not a user of the workspace", isError: true);
            return;
        }
        var type = (Text("subscriptionType") ?? "RESPONSIBLE").ToUpperInvariant();
        var add = keys.ContainsKey("addSubscriptionRoles");
        var roles = new List<RoleRef>();
        foreach (var item in keys.GetValueOrDefault(add ? "addSubscriptionRoles" : "subscriptionRoles") ?? [])
        {
            var map = item as IDictionary<string, object?>;
            var roleName = map is null ? ExpressionValues.ToText(item) : ExpressionValues.ToText(map.TryGetValue("roleName", out var n) ? n : null);
            var role = step.Tx.SubscriptionRoles.All.FirstOrDefault(r => r.Name == roleName);
            if (role is null) step.Warn($"Subscription role '{roleName}' does not exist");
            else roles.Add(new RoleRef(role.Id, map is not null && map.TryGetValue("comment", out var c) && c is not null ? ExpressionValues.ToText(c) : null));
        }
        foreach (var target in FactSheetTarget.Read(step, step.Processor["identifier"], "identifier"))
        {
            if (target.Find(step, null) is not { IsActive: true } fs)
            {
                step.Warn($"Fact sheet {target} not found", isError: true);
                continue;
            }
            var existing = step.Tx.Subscriptions.OwnedBy(fs.Id).FirstOrDefault(s => s.UserId == user.Id);
            var name = $"{user.Email} on {fs.Name}";
            var before = step.Tx.Records.Count;
            if (existing is null)
            {
                var created = SubscriptionMutations.Create(step.Tx, fs.Id, null, new UserRef(user.Id, null), type, roles);
                step.Wrote(before, "CREATE", created.Id, name, "Subscription");
                continue;
            }
            // DOCS/inbound-processors: an existing ACCOUNTABLE subscription is never replaced.
            var keptType = existing.Type == "ACCOUNTABLE" ? existing.Type : type;
            var held = add
                ? existing.Roles.Select(r => new RoleRef(r.RoleId, r.Comment)).Concat(roles.Where(r => existing.Roles.All(e => e.RoleId != r.Id))).ToList()
                : roles;
            SubscriptionMutations.Update(step.Tx, existing.Id, null, new UserRef(user.Id, null), keptType, held);
            step.Wrote(before, "UPDATE", existing.Id, name, "Subscription");
        }
    }
}
