using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>Subscription roles (seed <c>transport_subscription_roles</c>: createSubscriptionRole, admin.md §13.1), keyed by name.</summary>
public sealed class RolesTransportKind : ITransportKind
{
    /// <inheritdoc/>
    public string Name => "roles";

    /// <inheritdoc/>
    public string Description => "subscription roles";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        workspace.SubscriptionRoles.Reload();
        var roles = await workspace.SubscriptionRoles.AllAsync(cancellationToken).ConfigureAwait(false);
        return roles.Where(r => selection.Includes(r.Name)).Select(r => new TransportElement(r.Name, new JsonObject
        {
            ["name"] = r.Name, ["description"] = r.Description, ["subscriptionType"] = r.SubscriptionType,
            ["restrictToFactSheetTypes"] = Array(r.RestrictToFactSheetTypes), ["mandatoryForFactSheetTypes"] = Array(r.MandatoryForFactSheetTypes)
        }, r.Id.ToString())).ToList();
    }

    /// <inheritdoc/>
    public async Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken)
    {
        await references.CheckFactSheetTypesAsync(source.Texts("restrictToFactSheetTypes").Concat(source.Texts("mandatoryForFactSheetTypes")).Distinct(),
            $"subscription role '{source.Key}'", cancellationToken).ConfigureAwait(false);
        return source;
    }

    /// <inheritdoc/>
    public Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken) =>
        target.SubscriptionRoles.CreateAsync(Role(Guid.Empty, desired), cancellationToken);

    /// <inheritdoc/>
    public Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken) =>
        target.SubscriptionRoles.UpdateAsync(Role(Guid.Parse(current.Handle!), desired), cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        target.SubscriptionRoles.DeleteAsync(Guid.Parse(current.Handle!), cancellationToken);

    private static SubscriptionRole Role(Guid id, TransportElement e) =>
        new(id, e.Text("name")!, e.Text("description") ?? "", e.Text("subscriptionType"), e.Texts("restrictToFactSheetTypes"), e.Texts("mandatoryForFactSheetTypes"));

    private static JsonArray Array(IEnumerable<string> items) => new(items.Order(StringComparer.Ordinal).Select(i => (JsonNode?)i).ToArray());
}
