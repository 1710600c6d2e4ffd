using System.Text.Json.Nodes;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>The workspace's subscription roles (<c>lx.SubscriptionRoles</c>), loaded once, and their administration (D72).</summary>
public sealed class SubscriptionRolesClient
{
    private const string RoleFields = "id name description subscriptionType restrictToFactSheetTypes mandatoryForFactSheetTypes";
    private static readonly string[] SubscriptionTypes = ["RESPONSIBLE", "ACCOUNTABLE", "OBSERVER"];

    private readonly LeanIXConnection _connection;
    private IReadOnlyList<SubscriptionRole>? _roles;

    internal SubscriptionRolesClient(LeanIXConnection connection) => _connection = connection;

    /// <summary>Every role.</summary>
    public async Task<IReadOnlyList<SubscriptionRole>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_roles is not null) return _roles;
        var data = await _connection.GraphQLAsync($"query SubscriptionRoles {{ allSubscriptionRoles {{ edges {{ node {{ {RoleFields} }} }} }} }}",
            null, LeanIXConnection.Wire.SubscriptionRolesQueryWire, cancellationToken).ConfigureAwait(false);
        _roles = (data.AllSubscriptionRoles?.Nodes ?? []).Where(r => r.Id is not null).Select(From).ToList();
        return _roles;
    }

    /// <summary>A role by name (case-insensitive) or id; an unknown one raises <see cref="LeanIXNotFoundException"/> listing the known roles.</summary>
    public async Task<SubscriptionRole> GetAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        var roles = await AllAsync(cancellationToken).ConfigureAwait(false);
        return roles.FirstOrDefault(r => r.Id.ToString() == nameOrId.ToLowerInvariant() || r.Name.Equals(nameOrId, StringComparison.OrdinalIgnoreCase))
            ?? throw new LeanIXNotFoundException($"No subscription role '{nameOrId}'. Known roles: {string.Join(", ", roles.Select(r => r.Name))}.", "Get subscription role");
    }

    /// <summary>
    /// Creates a role (<c>createSubscriptionRole</c>, admin.md §13.1). A name already taken (case-insensitively) is a
    /// <see cref="LeanIXBusinessException"/>; only workspace admins may create roles.
    /// </summary>
    /// <param name="name">The role name.</param>
    /// <param name="description">The description.</param>
    /// <param name="subscriptionType">RESPONSIBLE, ACCOUNTABLE or OBSERVER; null = usable with any subscription type.</param>
    /// <param name="restrictToFactSheetTypes">Fact sheet types the role may be used on; null or empty = all.</param>
    /// <param name="mandatoryForFactSheetTypes">Types whose fact sheets should have a subscription in this role.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The role as stored.</returns>
    public async Task<SubscriptionRole> CreateAsync(string name, string? description = null, string? subscriptionType = null,
        IEnumerable<string>? restrictToFactSheetTypes = null, IEnumerable<string>? mandatoryForFactSheetTypes = null,
        CancellationToken cancellationToken = default)
    {
        var variables = Variables(name, description, subscriptionType, restrictToFactSheetTypes, mandatoryForFactSheetTypes);
        var data = await WriteAsync($$"""
            mutation CreateSubscriptionRole($name: String!, $description: String, $type: FactSheetSubscriptionType,
                                            $allowed: [FactSheetType!], $mandatoryFor: [FactSheetType!]) {
              createSubscriptionRole(name: $name, description: $description, type: $type, allowedFactSheetTypes: $allowed,
                                     mandatoryForFactSheetTypes: $mandatoryFor) { {{RoleFields}} }
            }
            """, variables, cancellationToken).ConfigureAwait(false);
        return From(data.CreateSubscriptionRole ?? throw NoRole("Create subscription role"));
    }

    /// <summary>
    /// Creates a role from a record read elsewhere (another workspace, a backup): the seed's <c>create_subscription_role(role)</c>,
    /// mapping the read names <c>subscriptionType</c>/<c>restrictToFactSheetTypes</c> to the input names (admin.md §13.1).
    /// </summary>
    public Task<SubscriptionRole> CreateAsync(SubscriptionRole role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(role);
        return CreateAsync(role.Name, role.Description, role.SubscriptionType, role.RestrictToFactSheetTypes, role.MandatoryForFactSheetTypes, cancellationToken);
    }

    /// <summary>Replaces a role's name, description, type and type lists (<c>updateSubscriptionRole</c>); existing subscriptions stay valid (D72).</summary>
    public async Task<SubscriptionRole> UpdateAsync(SubscriptionRole role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(role);
        CheckId(role.Id);
        var variables = Variables(role.Name, role.Description, role.SubscriptionType, role.RestrictToFactSheetTypes, role.MandatoryForFactSheetTypes);
        variables["id"] = role.Id.ToString();
        var data = await WriteAsync($$"""
            mutation UpdateSubscriptionRole($id: ID!, $name: String!, $description: String, $type: FactSheetSubscriptionType,
                                            $allowed: [FactSheetType!], $mandatoryFor: [FactSheetType!]) {
              updateSubscriptionRole(id: $id, name: $name, description: $description, type: $type, allowedFactSheetTypes: $allowed,
                                     mandatoryForFactSheetTypes: $mandatoryFor) { {{RoleFields}} }
            }
            """, variables, cancellationToken).ConfigureAwait(false);
        return From(data.UpdateSubscriptionRole ?? throw NoRole("Update subscription role"));
    }

    /// <summary>Deletes a role; subscriptions holding it lose it (D72).</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        await WriteAsync("mutation DeleteSubscriptionRole($id: ID!) { deleteSubscriptionRole(id: $id) { id } }",
            new JsonObject { ["id"] = id.ToString() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the loaded roles.</summary>
    public void Reload() => _roles = null;

    private async Task<SubscriptionRoleWritesWire> WriteAsync(string mutation, JsonObject variables, CancellationToken cancellationToken)
    {
        try
        {
            return await _connection.GraphQLAsync(mutation, variables, LeanIXConnection.Wire.SubscriptionRoleWritesWire, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Reload();
        }
    }

    private static JsonObject Variables(string name, string? description, string? subscriptionType, IEnumerable<string>? restrict, IEnumerable<string>? mandatoryFor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var type = subscriptionType?.Trim().ToUpperInvariant();
        if (type is not null && !SubscriptionTypes.Contains(type))
            throw new ArgumentException($"Subscription type '{subscriptionType}' is invalid; use {string.Join(", ", SubscriptionTypes)} or null.", nameof(subscriptionType));
        return new JsonObject
        {
            ["name"] = name, ["description"] = description, ["type"] = type,
            ["allowed"] = restrict is null ? null : new JsonArray(restrict.Select(t => (JsonNode?)t).ToArray()),
            ["mandatoryFor"] = mandatoryFor is null ? null : new JsonArray(mandatoryFor.Select(t => (JsonNode?)t).ToArray())
        };
    }

    private static SubscriptionRole From(SubscriptionRoleWire r) =>
        new(Guid.Parse(r.Id!), r.Name ?? "", r.Description, r.SubscriptionType, r.RestrictToFactSheetTypes ?? [], r.MandatoryForFactSheetTypes ?? []);

    private static LeanIXRequestFailedException NoRole(string operation) =>
        new($"{operation} returned no role.", operation, System.Net.HttpStatusCode.OK);

    private static void CheckId(Guid id)
    {
        if (id == Guid.Empty) throw new ArgumentException("The role id must not be empty.", nameof(id));
    }
}
