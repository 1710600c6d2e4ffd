using System.Text.Json.Nodes;

namespace LeanIX.Client;

public sealed partial class LeanIXClient
{
    internal async Task<FactSheet> CreateFactSheetAsync(string type, string name, IReadOnlyList<Patch> patches, CancellationToken cancellationToken)
    {
        var typeModel = (await GetDataModelAsync(cancellationToken).ConfigureAwait(false)).Type(type);
        var data = await GraphQLAsync(
            $"mutation CreateFactSheet($input: BaseFactSheetInput!, $patches: [Patch]) {{ createFactSheet(input: $input, patches: $patches) {{ factSheet {{ {FactSheetSelection.For(typeModel)} }} }} }}",
            new JsonObject
            {
                ["input"] = new JsonObject { ["name"] = name, ["type"] = typeModel.Key },
                ["patches"] = new JsonArray(patches.Select(p => (JsonNode)p.ToJson()).ToArray())
            }, cancellationToken).ConfigureAwait(false);
        return Materialize((JsonObject)data["createFactSheet"]!["factSheet"]!, complete: true);
    }

    internal async Task UpdateFactSheetAsync(FactSheet factSheet, IReadOnlyList<Patch> patches, string? comment, CancellationToken cancellationToken)
    {
        if (patches.Count == 0) return;
        var typeModel = (await GetDataModelAsync(cancellationToken).ConfigureAwait(false)).Type(factSheet.Type);
        var data = await GraphQLAsync(
            $"mutation UpdateFactSheet($id: ID!, $patches: [Patch]!, $comment: String) {{ updateFactSheet(id: $id, patches: $patches, comment: $comment) {{ factSheet {{ {FactSheetSelection.For(typeModel)} }} }} }}",
            new JsonObject
            {
                ["id"] = factSheet.Id.ToString(),
                ["patches"] = new JsonArray(patches.Select(p => (JsonNode)p.ToJson()).ToArray()),
                ["comment"] = comment
            }, cancellationToken).ConfigureAwait(false);
        factSheet.Refresh((JsonObject)data["updateFactSheet"]!["factSheet"]!, complete: true);
    }

    internal async Task SubscribeAsync(FactSheet factSheet, string email, string roleName, string? comment, string? type, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var role = await SubscriptionRoles.GetAsync(roleName, cancellationToken).ConfigureAwait(false);
        await factSheet.LoadAsync(cancellationToken).ConfigureAwait(false);
        var existing = SubscriptionNodes(factSheet).FirstOrDefault(s => string.Equals(s["user"]?["email"]?.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            // D14/D16: create with roleIds, then attach the comment through update's roles.
            var created = await GraphQLAsync(
                "mutation CreateSubscription($fs: ID!, $user: UserInput!, $type: FactSheetSubscriptionType!, $roleIds: [ID]) { createSubscription(factSheetId: $fs, user: $user, type: $type, roleIds: $roleIds) { id } }",
                new JsonObject
                {
                    ["fs"] = factSheet.Id.ToString(), ["user"] = new JsonObject { ["email"] = email },
                    ["type"] = type ?? role.SubscriptionType ?? "RESPONSIBLE", ["roleIds"] = new JsonArray(role.Id.ToString())
                }, cancellationToken).ConfigureAwait(false);
            if (comment is not null)
                await UpdateSubscriptionAsync(Guid.Parse(created["createSubscription"]!["id"]!.GetValue<string>()), email,
                    type ?? role.SubscriptionType ?? "RESPONSIBLE", [new JsonObject { ["id"] = role.Id.ToString(), ["comment"] = comment }], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var roles = (existing["roles"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(r => r["id"]?.GetValue<string>() != role.Id.ToString())
                .Select(r => new JsonObject { ["id"] = r["id"]!.GetValue<string>(), ["comment"] = r["comment"]?.GetValue<string>() })
                .Append(new JsonObject { ["id"] = role.Id.ToString(), ["comment"] = comment }).ToList();
            await UpdateSubscriptionAsync(Guid.Parse(existing["id"]!.GetValue<string>()), email,
                type ?? existing["type"]!.GetValue<string>(), roles, cancellationToken).ConfigureAwait(false);
        }
        await LoadFullAsync(factSheet, cancellationToken).ConfigureAwait(false);
    }

    internal async Task UnsubscribeAsync(FactSheet factSheet, string email, string roleName, CancellationToken cancellationToken)
    {
        var role = await SubscriptionRoles.GetAsync(roleName, cancellationToken).ConfigureAwait(false);
        await factSheet.LoadAsync(cancellationToken).ConfigureAwait(false);
        var existing = SubscriptionNodes(factSheet).FirstOrDefault(s => string.Equals(s["user"]?["email"]?.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase));
        if (existing is null) return;
        var id = Guid.Parse(existing["id"]!.GetValue<string>());
        var remaining = (existing["roles"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(r => r["id"]?.GetValue<string>() != role.Id.ToString())
            .Select(r => new JsonObject { ["id"] = r["id"]!.GetValue<string>(), ["comment"] = r["comment"]?.GetValue<string>() }).ToList();
        if (remaining.Count == (existing["roles"] as JsonArray)?.Count) return;
        if (remaining.Count > 0)
            await UpdateSubscriptionAsync(id, email, existing["type"]!.GetValue<string>(), remaining, cancellationToken).ConfigureAwait(false);
        else
            await GraphQLAsync("mutation DeleteSubscription($id: ID!) { deleteSubscription(id: $id) { id } }",
                new JsonObject { ["id"] = id.ToString() }, cancellationToken).ConfigureAwait(false);
        await LoadFullAsync(factSheet, cancellationToken).ConfigureAwait(false);
    }

    private Task<JsonNode> UpdateSubscriptionAsync(Guid id, string email, string type, IReadOnlyList<JsonObject> roles, CancellationToken cancellationToken) =>
        GraphQLAsync(
            "mutation UpdateSubscription($id: ID!, $user: UserInput!, $type: FactSheetSubscriptionType!, $roles: [SubscriptionToSubscriptionRoleLinkInput]) { updateSubscription(id: $id, user: $user, type: $type, roles: $roles) { id } }",
            new JsonObject
            {
                ["id"] = id.ToString(), ["user"] = new JsonObject { ["email"] = email }, ["type"] = type,
                ["roles"] = new JsonArray(roles.Select(r => (JsonNode)r).ToArray())
            }, cancellationToken);

    private static IEnumerable<JsonObject> SubscriptionNodes(FactSheet factSheet) =>
        (factSheet.Data["subscriptions"]?["edges"] as JsonArray ?? []).Select(e => e?["node"]).OfType<JsonObject>();
}
