namespace LeanIX.Client.Events;

/// <summary>
/// Common members of the RELATION_* events (webhooks.md §7). One relation change emits one event, and
/// <see cref="Relation"/> and <see cref="FromDetails"/> describe the data model's <c>from</c> end (D28).
/// </summary>
public abstract record RelationEvent : LeanIXEvent
{
    /// <summary>The relation id.</summary>
    public Guid RelationId { get; init; }

    /// <summary>The relation after the change.</summary>
    public EventRelation? Relation { get; init; }

    /// <summary>The <c>from</c> fact sheet and the relation name seen from it.</summary>
    public RelationEndDetails? FromDetails { get; init; }

    /// <summary>The <c>to</c> fact sheet and the relation name seen from it.</summary>
    public RelationEndDetails? ToDetails { get; init; }
}

/// <summary><c>RELATION_CREATED</c>.</summary>
public sealed record RelationCreatedEvent : RelationEvent;

/// <summary><c>RELATION_UPDATED</c>: relation fields or activeFrom/activeUntil changed (shape inferred).</summary>
public sealed record RelationUpdatedEvent : RelationEvent;

/// <summary><c>RELATION_ARCHIVED</c> (shape inferred).</summary>
public sealed record RelationArchivedEvent : RelationEvent;

/// <summary><c>RELATION_DELETED</c> (shape inferred; keeps the fixture's <c>relation.status</c>, D28).</summary>
public sealed record RelationDeletedEvent : RelationEvent;

/// <summary>
/// <c>RELATION_SWITCH</c>: the relation now points at another target. <see cref="RelationEvent.Relation"/> and
/// <see cref="RelationEvent.ToDetails"/> describe the new target; <see cref="OldToId"/> is the previous one (D30).
/// </summary>
public sealed record RelationSwitchEvent : RelationEvent
{
    /// <summary>The previous target fact sheet.</summary>
    public Guid? OldToId { get; init; }
}
