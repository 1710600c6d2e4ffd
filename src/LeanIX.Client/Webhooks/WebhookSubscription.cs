namespace LeanIX.Client.Webhooks;

/// <summary>
/// A webhook subscription with every documented field (webhooks.md §2). Server-assigned members (<see cref="Id"/>,
/// <see cref="CreatedAt"/>, delivery statistics) are null on a subscription you build for
/// <see cref="WebhooksClient.CreateAsync"/>; change one with a <c>with</c> expression and pass it to
/// <see cref="WebhooksClient.UpdateAsync"/>.
/// </summary>
public sealed record WebhookSubscription
{
    /// <summary>The server-assigned id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The human name, also the idempotency key LeanIX's own CI upserts by (webhooks.md §1).</summary>
    public string Identifier { get; init; } = "";

    /// <summary>PUSH or PULL.</summary>
    public WebhookDeliveryType DeliveryType { get; init; } = WebhookDeliveryType.Push;

    /// <summary>
    /// The event filter: an event matches when it carries every tag of at least one inner set (OR over sets, AND within;
    /// D32). See <see cref="WebhookTagSets"/>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> TagSets { get; init; } = [];

    /// <summary>The workspace.</summary>
    public Guid? WorkspaceId { get; init; }

    /// <summary>The managing user (a technical user is recommended).</summary>
    public Guid? UserId { get; init; }

    /// <summary>When the subscription was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Where PUSH deliveries go (required for PUSH; D32).</summary>
    public string? TargetUrl { get; init; }

    /// <summary>The HTTP method of PUSH deliveries, usually POST.</summary>
    public string? TargetMethod { get; init; }

    /// <summary>Sent verbatim as the <c>Authorization</c> header of PUSH deliveries. A secret: never log it.</summary>
    public string? AuthorizationHeader { get; init; }

    /// <summary>JavaScript that may rewrite a PUSH delivery (stored, not executed by the emulator; D32).</summary>
    public string? Callback { get; init; }

    /// <summary>The HTTP status of the last PUSH delivery.</summary>
    public int? LastDeliveryStatus { get; init; }

    /// <summary>Don't retry failed PUSH deliveries (webhooks.md §5).</summary>
    public bool IgnoreError { get; init; }

    /// <summary>PULL batch soft limit in KiB (default 512).</summary>
    public int? MaxBatchSize { get; init; }

    /// <summary>Which events the subscription sees with respect to workspaces.</summary>
    public WebhookWorkspaceConstraint? WorkspaceConstraint { get; init; }

    /// <summary>Who sees the subscription: <see cref="WebhookVisibility.Workspace"/> or <see cref="WebhookVisibility.Private"/>.</summary>
    public string? Visibility { get; init; }

    /// <summary>Whether deliveries happen.</summary>
    public bool Active { get; init; } = true;

    /// <summary>Failed deliveries so far.</summary>
    public int? ErrorCount { get; init; }

    /// <summary>When deliveries started failing (LeanIX deactivates after 10 days of failures).</summary>
    public DateTimeOffset? FirstTimeDeliveryFailed { get; init; }

    /// <summary>What a PUSH body holds.</summary>
    public WebhookPayloadMode? PayloadMode { get; init; }

    /// <summary>The settings only, without the server-assigned members: what a re-create sends.</summary>
    public WebhookSubscription WithoutServerFields() => this with
    {
        Id = null, CreatedAt = null, LastDeliveryStatus = null, ErrorCount = null, FirstTimeDeliveryFailed = null
    };

    /// <inheritdoc/>
    public override string ToString() =>
        // Records print every member; this one holds a secret (AuthorizationHeader), so print only what identifies it.
        $"WebhookSubscription {{ Id = {Id}, Identifier = {Identifier}, DeliveryType = {DeliveryType}, Active = {Active} }}";
}
