namespace LeanIX.Client;

/// <summary>A subscription of a user to a fact sheet in one role, as listed under that role's name.</summary>
/// <param name="SubscriptionId">The subscription's id.</param>
/// <param name="Type">ACCOUNTABLE, RESPONSIBLE or OBSERVER.</param>
/// <param name="UserId">The subscribed user's id.</param>
/// <param name="Email">The subscribed user's e-mail.</param>
/// <param name="DisplayName">The subscribed user's name.</param>
/// <param name="RoleName">The role, e.g. 'System Owner'.</param>
/// <param name="Comment">The comment on this role.</param>
public sealed record RoleSubscription(Guid SubscriptionId, string Type, Guid UserId, string Email, string? DisplayName, string RoleName, string? Comment)
{
    /// <summary>The user's status in the workspace (ACTIVE, INVITED, ARCHIVED…, D81), when the service says.</summary>
    public string? UserStatus { get; init; }

    /// <summary>The user's workspace role (ADMIN, MEMBER, VIEWER…, <c>permission.role</c>, D81), when the service says.</summary>
    public string? WorkspaceRole { get; init; }
}

/// <summary>A tag on a fact sheet.</summary>
/// <param name="Id">The tag id.</param>
/// <param name="Name">The tag name.</param>
/// <param name="GroupId">The tag group id, null for an ungrouped tag.</param>
/// <param name="GroupName">The tag group name, <see cref="FactSheet.UngroupedTags"/> for an ungrouped tag.</param>
/// <param name="Color">The colour, <c>#rrggbb</c>.</param>
public sealed record FactSheetTag(Guid Id, string Name, Guid? GroupId, string GroupName, string? Color);

/// <summary>A document (resource) on a fact sheet (D15).</summary>
/// <param name="Id">The document id.</param>
/// <param name="Name">The document name.</param>
/// <param name="Url">The link.</param>
/// <param name="Description">The description.</param>
/// <param name="Origin">E.g. CUSTOM_LINK.</param>
/// <param name="DocumentType">Free text such as 'logo'.</param>
public sealed record FactSheetDocument(Guid Id, string Name, string? Url, string? Description, string? Origin, string? DocumentType);

/// <summary>A lifecycle phase.</summary>
/// <param name="Phase">plan, phaseIn, active, phaseOut or endOfLife.</param>
/// <param name="StartDate">YYYY-MM-DD.</param>
public sealed record LifecyclePhase(string Phase, string? StartDate);

/// <summary>A fact sheet's lifecycle (D11).</summary>
/// <param name="Current">The current phase (<c>asString</c>), or null.</param>
/// <param name="Phases">The phases sorted by start date.</param>
public sealed record Lifecycle(string? Current, IReadOnlyList<LifecyclePhase> Phases);
