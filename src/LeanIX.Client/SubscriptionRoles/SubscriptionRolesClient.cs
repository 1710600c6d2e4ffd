
namespace LeanIX.Client;

/// <summary>The workspace's subscription roles (<c>lx.SubscriptionRoles</c>), loaded once.</summary>
public sealed class SubscriptionRolesClient
{
    private readonly LeanIXConnection _connection;
    private IReadOnlyList<SubscriptionRole>? _roles;

    internal SubscriptionRolesClient(LeanIXConnection connection) => _connection = connection;

    /// <summary>Every role.</summary>
    public async Task<IReadOnlyList<SubscriptionRole>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_roles is not null) return _roles;
        var data = await _connection.GraphQLAsync("query SubscriptionRoles { allSubscriptionRoles { edges { node { id name description subscriptionType } } } }",
            null, LeanIXConnection.Wire.SubscriptionRolesQueryWire, cancellationToken).ConfigureAwait(false);
        _roles = (data.AllSubscriptionRoles?.Nodes ?? []).Where(r => r.Id is not null)
            .Select(r => new SubscriptionRole(Guid.Parse(r.Id!), r.Name ?? "", r.Description, r.SubscriptionType)).ToList();
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
