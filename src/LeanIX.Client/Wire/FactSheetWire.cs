namespace LeanIX.Client.Wire;

/// <summary>A fact sheet's fixed parts the client reads by name (D10–D15); data-model fields stay dynamic.</summary>
internal sealed record FactSheetPartsWire(
    string? Id, string? Type, string? Name, string? DisplayName, string? Status, long? Rev,
    List<FactSheetTagWire?>? Tags, ConnectionWire<SubscriptionWire>? Subscriptions, ConnectionWire<DocumentWire>? Documents);

/// <summary>A tag on a fact sheet (D13).</summary>
internal sealed record FactSheetTagWire(string? Id, string? Name, string? Description, string? Color, string? Status, TagGroupWire? TagGroup);

/// <summary>A subscription on a fact sheet (D14).</summary>
internal sealed record SubscriptionWire(string? Id, string? Type, SubscriptionUserWire? User, List<SubscriptionRoleLinkWire?>? Roles);

/// <summary>The subscribed user, with the status and workspace permission of D81.</summary>
internal sealed record SubscriptionUserWire(string? Id, string? Email, string? DisplayName, string? Status, UserPermissionWire? Permission);

/// <summary>A user's permission in the current workspace (D81).</summary>
internal sealed record UserPermissionWire(string? Role, string? Status);

/// <summary>A role of a subscription with its comment.</summary>
internal sealed record SubscriptionRoleLinkWire(string? Id, string? Name, string? Comment);

/// <summary>A document (D15).</summary>
internal sealed record DocumentWire(string? Id, string? Name, string? Url, string? Description, string? Origin, string? DocumentType);

/// <summary>A lifecycle (D11).</summary>
internal sealed record LifecycleWire(string? AsString, List<LifecyclePhaseWire?>? Phases);

/// <summary>A lifecycle phase.</summary>
internal sealed record LifecyclePhaseWire(string? Phase, string? StartDate);

/// <summary>The other end of a relation as the selection reads it (<c>id name displayName type status</c>).</summary>
internal sealed record FactSheetReferenceWire(string? Id, string? Name, string? DisplayName, string? Type, string? Status);

/// <summary>The id of a created or changed object (<c>createSubscription { id }</c>).</summary>
internal sealed record IdWire(string? Id);
