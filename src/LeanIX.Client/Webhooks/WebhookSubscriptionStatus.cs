namespace LeanIX.Client.Webhooks;

/// <summary>
/// The delivery state of a subscription (<c>GET /subscriptions/{id}/status</c>, 2026 spec only; webhooks.md §1). The spec's
/// shape is not documented; these are the members the emulator serves, all optional so other shapes still read.
/// </summary>
public sealed record WebhookSubscriptionStatus
{
    /// <summary>The subscription id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The subscription identifier.</summary>
    public string? Identifier { get; init; }

    /// <summary>PUSH or PULL.</summary>
    public WebhookDeliveryType? DeliveryType { get; init; }

    /// <summary>Whether deliveries happen.</summary>
    public bool? Active { get; init; }

    /// <summary>The HTTP status of the last PUSH delivery.</summary>
    public int? LastDeliveryStatus { get; init; }

    /// <summary>Consecutive failed deliveries.</summary>
    public int? ErrorCount { get; init; }

    /// <summary>When the current run of failures began.</summary>
    public DateTimeOffset? FirstTimeDeliveryFailed { get; init; }

    /// <summary>Matching events not yet delivered or committed.</summary>
    public int? PendingEvents { get; init; }

    /// <summary>The committed PULL cursor (<c>cursor.offset</c>).</summary>
    public WebhookCursor? Cursor { get; init; }

    /// <summary>The end of the event log (<c>endOfLog.offset</c>).</summary>
    public WebhookCursor? EndOfLog { get; init; }

    /// <summary>When the next PUSH retry is due.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
}

/// <summary>A position in the event log (<c>{"offset": n}</c>, D27).</summary>
public sealed record WebhookCursor
{
    /// <summary>The offset.</summary>
    public long Offset { get; init; }
}
