using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Webhooks;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>
/// Webhook subscriptions (seed <c>transport_webhooks</c>: POST subscriptions), keyed by <c>identifier</c> (webhooks.md §1:
/// the key LeanIX's own CI upserts by). The workspace, managing user and delivery statistics stay the target's; the
/// authorization header moves but is never shown.
/// </summary>
public sealed class WebhooksTransportKind : ITransportKind
{
    private static readonly string[] ServerFields =
        ["id", "workspaceId", "userId", "createdAt", "lastDeliveryStatus", "errorCount", "firstTimeDeliveryFailed"];

    /// <inheritdoc/>
    public string Name => "webhooks";

    /// <inheritdoc/>
    public string Description => "webhook subscriptions";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "authorizationHeader" };

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        var subscriptions = await workspace.Webhooks.GetAllAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return subscriptions.Where(s => selection.Includes(s.Identifier)).Select(s =>
        {
            var fields = (JsonObject)JsonSerializer.SerializeToNode(s, LeanIXConnection.Wire.WebhookSubscription)!;
            foreach (var name in ServerFields) fields.Remove(name);
            return new TransportElement(s.Identifier, fields, s.Id?.ToString());
        }).ToList();
    }

    /// <inheritdoc/>
    public Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken) =>
        Task.FromResult(source); // event tag sets name event types, not ids; the workspace and user are the target's own

    /// <inheritdoc/>
    public Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken) =>
        target.Webhooks.CreateAsync(Subscription(desired), cancellationToken);

    /// <inheritdoc/>
    public async Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken)
    {
        // A full PUT (webhooks.md §1): the target's own workspace and user are kept.
        var existing = await target.Webhooks.GetAsync(Guid.Parse(current.Handle!), cancellationToken).ConfigureAwait(false);
        await target.Webhooks.UpdateAsync(Subscription(desired) with { Id = existing.Id, WorkspaceId = existing.WorkspaceId, UserId = existing.UserId },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        target.Webhooks.DeleteAsync(Guid.Parse(current.Handle!), cancellationToken);

    private static WebhookSubscription Subscription(TransportElement e) =>
        e.Fields.Deserialize(LeanIXConnection.Wire.WebhookSubscription) ?? throw new ArgumentException($"Webhook '{e.Key}' has no settings.");
}
