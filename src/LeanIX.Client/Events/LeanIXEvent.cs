namespace LeanIX.Client.Events;

/// <summary>
/// A webhook event as LeanIX delivers it in the DEFAULT payload mode (webhooks.md §7): the common envelope of
/// the pathfinder (EAM) events. Integration and automation events fill only the members they carry.
/// </summary>
public abstract record LeanIXEvent
{
    /// <summary>The numeric, increasing event id (webhooks.md §7); null for integration and automation events.</summary>
    public long? Id { get; init; }

    /// <summary>The payload <c>type</c>: a Java-style class name (<c>FactSheetUpdatedEvent</c>) or, for integration events, the tag or integration kind.</summary>
    public string? Type { get; init; }

    /// <summary>The user who made the change.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The workspace the event belongs to.</summary>
    public Guid? WorkspaceId { get; init; }

    /// <summary>When the event happened.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// Shared by all events of one request and increasing per workspace (D28); consumers use it to drop stale
    /// events because delivery order is not guaranteed (webhooks.md §5). Null for <see cref="FactSheetViewedEvent"/>.
    /// </summary>
    public long? TransactionSequenceNumber { get; init; }
}
