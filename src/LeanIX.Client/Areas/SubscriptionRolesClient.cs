using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>The workspace's subscription roles (<c>lx.SubscriptionRoles</c>), loaded once.</summary>
public sealed class SubscriptionRolesClient
{
    private readonly LeanIXClient _client;
    private IReadOnlyList<SubscriptionRole>? _roles;

    internal SubscriptionRolesClient(LeanIXClient client) => _client = client;

    /// <summary>Every role.</summary>
    public async Task<IReadOnlyList<SubscriptionRole>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_roles is not null) return _roles;
        var data = await _client.GraphQLAsync("query SubscriptionRoles { allSubscriptionRoles { edges { node { id name description subscriptionType } } } }",
            cancellationToken: cancellationToken).ConfigureAwait(false);
        _roles = (data["allSubscriptionRoles"]?["edges"] as JsonArray ?? []).Select(e => e?["node"]).OfType<JsonObject>()
            .Select(n => new SubscriptionRole(Guid.Parse(n["id"]!.GetValue<string>()), n["name"]!.GetValue<string>(),
                n["description"]?.GetValue<string>(), n["subscriptionType"]?.GetValue<string>()))
            .ToList();
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

    /// <summary>Forgets the loaded roles.</summary>
    public void Reload() => _roles = null;
}
