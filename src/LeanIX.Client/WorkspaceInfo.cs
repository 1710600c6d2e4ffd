namespace LeanIX.Client;

/// <summary>What the access token says about the connection (auth.md §3, D5).</summary>
/// <param name="InstanceUrl">Base URL of every service call (the JWT's <c>instanceUrl</c>).</param>
/// <param name="WorkspaceId">The workspace id (<c>principal.permission.workspaceId</c>).</param>
/// <param name="WorkspaceName">The workspace name, the slug of UI links.</param>
/// <param name="UserId">The technical user's id (<c>principal.id</c>).</param>
/// <param name="UserName">The technical user's name.</param>
/// <param name="WorkspaceRole">The workspace role: ADMIN, MEMBER or VIEWER.</param>
/// <param name="Region">The region as the token names it (opaque).</param>
public sealed record WorkspaceInfo(
    Uri InstanceUrl, Guid WorkspaceId, string WorkspaceName, Guid UserId, string UserName, string WorkspaceRole, string Region);
