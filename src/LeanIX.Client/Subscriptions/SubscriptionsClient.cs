using System.Text.Json.Nodes;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>
/// Subscriptions of users to fact sheets in roles (<c>lx.Subscriptions</c>, D14): a user holds one subscription per
/// fact sheet, with one or more roles. Each write refreshes the fact sheet.
/// </summary>
public sealed class SubscriptionsClient
{
    private const string DefaultType = "RESPONSIBLE";
    private readonly LeanIXConnection _connection;
    private readonly SubscriptionRolesClient _roles;
    private readonly FactSheetsClient _factSheets;

    internal SubscriptionsClient(LeanIXConnection connection, SubscriptionRolesClient roles, FactSheetsClient factSheets)
    {
        _connection = connection;
        _roles = roles;
        _factSheets = factSheets;
    }

    /// <summary>
    /// Subscribes a user (by e-mail) to a fact sheet in a role (by name or id). A user who is subscribed already
    /// keeps the subscription and gains the role (D14). <paramref name="type"/> defaults to the role's type, else RESPONSIBLE.
    /// </summary>
    public async Task SubscribeAsync(FactSheet factSheet, string email, string roleName, string? comment = null, string? type = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var role = await _roles.GetAsync(roleName, cancellationToken).ConfigureAwait(false);
        await factSheet.LoadAsync(cancellationToken).ConfigureAwait(false);
        var existing = Of(factSheet, email);
        if (existing is null)
        {
            // D14/D16: create with roleIds, then attach the comment through update's roles.
            var subscriptionType = type ?? role.SubscriptionType ?? DefaultType;
            var created = await _connection.GraphQLAsync(
                "mutation CreateSubscription($fs: ID!, $user: UserInput!, $type: FactSheetSubscriptionType!, $roleIds: [ID]) { createSubscription(factSheetId: $fs, user: $user, type: $type, roleIds: $roleIds) { id } }",
                new JsonObject
                {
                    ["fs"] = factSheet.Id.ToString(), ["user"] = new JsonObject { ["email"] = email },
                    ["type"] = subscriptionType, ["roleIds"] = new JsonArray(role.Id.ToString())
                }, cancellationToken).ConfigureAwait(false);
            if (comment is not null)
            {
                var id = new FactSheetValue(created["createSubscription"]?["id"]).AsString()
                    ?? throw new LeanIXRequestFailedException("createSubscription answered without an id.", "GraphQL mutation CreateSubscription");
                await UpdateAsync(id, email, subscriptionType, [new RoleLink(role.Id.ToString(), comment)], cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            var roles = RolesOf(existing).Where(r => r.Id != role.Id.ToString()).Append(new RoleLink(role.Id.ToString(), comment)).ToList();
            await UpdateAsync(existing.Id!, email, type ?? existing.Type ?? DefaultType, roles, cancellationToken).ConfigureAwait(false);
        }
        await _factSheets.ReloadAsync(factSheet, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a user's role from a fact sheet; the subscription goes when its last role goes. Absent ones are a no-op.</summary>
    public async Task UnsubscribeAsync(FactSheet factSheet, string email, string roleName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var role = await _roles.GetAsync(roleName, cancellationToken).ConfigureAwait(false);
        await factSheet.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (Of(factSheet, email) is not { Id: not null } existing) return;
        var all = RolesOf(existing);
        var remaining = all.Where(r => r.Id != role.Id.ToString()).ToList();
        if (remaining.Count == all.Count) return;
        if (remaining.Count > 0)
            await UpdateAsync(existing.Id, email, existing.Type ?? DefaultType, remaining, cancellationToken).ConfigureAwait(false);
        else
            await _connection.GraphQLAsync("mutation DeleteSubscription($id: ID!) { deleteSubscription(id: $id) { id } }",
                new JsonObject { ["id"] = existing.Id }, cancellationToken).ConfigureAwait(false);
        await _factSheets.ReloadAsync(factSheet, cancellationToken).ConfigureAwait(false);
    }

    private Task<JsonNode> UpdateAsync(string id, string email, string type, IReadOnlyList<RoleLink> roles, CancellationToken cancellationToken) =>
        _connection.GraphQLAsync(
            "mutation UpdateSubscription($id: ID!, $user: UserInput!, $type: FactSheetSubscriptionType!, $roles: [SubscriptionToSubscriptionRoleLinkInput]) { updateSubscription(id: $id, user: $user, type: $type, roles: $roles) { id } }",
            new JsonObject
            {
                ["id"] = id, ["user"] = new JsonObject { ["email"] = email }, ["type"] = type,
                ["roles"] = new JsonArray(roles.Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["comment"] = r.Comment }).ToArray())
            }, cancellationToken);

    private static SubscriptionWire? Of(FactSheet factSheet, string email) =>
        factSheet.SubscriptionNodes.FirstOrDefault(s => string.Equals(s.User?.Email, email, StringComparison.OrdinalIgnoreCase));

    private static List<RoleLink> RolesOf(SubscriptionWire subscription) =>
        (subscription.Roles ?? []).OfType<SubscriptionRoleLinkWire>().Where(r => r.Id is not null).Select(r => new RoleLink(r.Id!, r.Comment)).ToList();

    private sealed record RoleLink(string Id, string? Comment);
}
