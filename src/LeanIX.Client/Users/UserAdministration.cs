namespace LeanIX.Client;

/// <summary>A technical user (admin.md §9, TechnicalUserData); its API token is never part of it.</summary>
/// <param name="Id">The user id.</param>
/// <param name="UserName">The technical user's name.</param>
/// <param name="PermissionRole">Its workspace role (ADMIN, MEMBER, VIEWER).</param>
/// <param name="WorkspaceId">The workspace.</param>
public sealed record TechnicalUser(Guid Id, string UserName, string? PermissionRole, Guid? WorkspaceId);

/// <summary>A user as MTM names it inside another record (an event's actor, a permission's user).</summary>
/// <param name="Id">The user id.</param>
/// <param name="UserName">The user name.</param>
/// <param name="Email">The e-mail.</param>
/// <param name="DisplayName">First and last name.</param>
public sealed record MtmUserReference(Guid Id, string? UserName, string? Email, string? DisplayName);

/// <summary>One entry of a technical user's changelog (admin.md §9, MTM <c>Event</c>).</summary>
/// <param name="Id">The event id.</param>
/// <param name="Type">USER_CREATE, APITOKEN_CREATE, …</param>
/// <param name="Status">STARTED or FINISHED.</param>
/// <param name="CreatedAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
public sealed record MtmChangeEvent(Guid Id, string Type, string? Status, DateTimeOffset? CreatedAt, MtmUserReference? Actor);

/// <summary>A user's permission in the workspace (admin.md §9, MTM <c>Permission</c>); change it with a <c>with</c> expression.</summary>
/// <param name="Id">The permission id (one per user and workspace).</param>
/// <param name="User">The user.</param>
/// <param name="WorkspaceId">The workspace.</param>
/// <param name="Role">ADMIN, MEMBER, VIEWER or CONTACT.</param>
/// <param name="Status">ACTIVE, INVITED, ARCHIVED or REQUESTED.</param>
/// <param name="LastLogin">The last login, if any.</param>
public sealed record WorkspacePermission(Guid Id, MtmUserReference User, Guid WorkspaceId, string Role, string Status, DateTimeOffset? LastLogin);
