namespace LeanIX.Client.Events;

/// <summary>Common members of the SUBSCRIPTION_* events: a user's role subscription on a fact sheet (not a webhook subscription).</summary>
public abstract record FactSheetSubscriptionEvent : FactSheetReferenceEvent
{
    /// <summary>The subscription id.</summary>
    public Guid? SubscriptionId { get; init; }

    /// <summary>The subscribed user.</summary>
    public Guid? SubscribedUserId { get; init; }

    /// <summary>RESPONSIBLE, ACCOUNTABLE or OBSERVER.</summary>
    public string? SubscriptionType { get; init; }

    /// <summary>The subscription roles.</summary>
    public IReadOnlyList<EventRoleInfo> RoleInfos { get; init; } = [];
}

/// <summary>A subscription role in a SUBSCRIPTION_* event.</summary>
public sealed record EventRoleInfo
{
    /// <summary>The role id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The role name.</summary>
    public string? Name { get; init; }
}

/// <summary><c>SUBSCRIPTION_CREATED</c>.</summary>
public sealed record SubscriptionCreatedEvent : FactSheetSubscriptionEvent;

/// <summary><c>SUBSCRIPTION_UPDATED</c> (shape inferred).</summary>
public sealed record SubscriptionUpdatedEvent : FactSheetSubscriptionEvent;

/// <summary><c>SUBSCRIPTION_DELETED</c> (shape inferred).</summary>
public sealed record SubscriptionDeletedEvent : FactSheetSubscriptionEvent;
