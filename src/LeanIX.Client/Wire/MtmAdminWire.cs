namespace LeanIX.Client.Wire;

/// <summary>TechnicalUserData (admin.md §9); the token member is left unread on purpose.</summary>
internal sealed record TechnicalUserWire(string? Id, string? UserName, string? PermissionRole, string? WorkspaceId);

/// <summary>A user inside an MTM record.</summary>
internal sealed record MtmUserRefWire(string? Id, string? UserName, string? Email, string? FirstName, string? LastName, string? DisplayName);

/// <summary>An MTM changelog event.</summary>
internal sealed record MtmEventWire(string? Id, string? Type, string? Status, DateTimeOffset? CreatedAt, MtmUserRefWire? Actor);

/// <summary>An MTM permission (read and written).</summary>
internal sealed record MtmPermissionFullWire(string? Id, MtmUserRefWire? User, IdWire? Workspace, string? WorkspaceId, string? Role, string? Status,
    DateTimeOffset? LastLogin);

/// <summary>The body of <c>POST /idm/invite</c> (admin.md §9, RUBY-MTM Invitation).</summary>
internal sealed record InvitationWire(IdWire Host, InviteeWire User, IdWire Workspace, RoleWire Permission, string Message);

internal sealed record InviteeWire(string Email);

internal sealed record RoleWire(string Role);

/// <summary>The body of <c>POST /users</c> (D63).</summary>
internal sealed record NewUserWire(string Email, string? FirstName, string? LastName, List<NewUserPermissionWire> Permissions);

internal sealed record NewUserPermissionWire(IdWire Workspace, string Role);
