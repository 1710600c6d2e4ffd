namespace LeanIX.Client;

/// <summary>An access control entity: one virtual workspace (admin.md §10).</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name, e.g. <c>APAC</c>.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="Description">The description.</param>
public sealed record AccessControlEntity(Guid Id, string Name, string? DisplayName, string? Description);

/// <summary>A role of the authorization model with its permissions (admin.md §10, RUBY-PF AuthorizationRole).</summary>
/// <param name="Name">ADMIN, MEMBER, VIEWER or a custom role.</param>
/// <param name="Permissions">What the role may do.</param>
public sealed record AuthorizationRole(string Name, IReadOnlyList<AuthorizationPermission> Permissions);

/// <summary>One permission of a role: actions on a domain, for some instances (fact sheet types…).</summary>
/// <param name="Domain">factSheet, relation, field, tag, bookmark (D66).</param>
/// <param name="Function">The function.</param>
/// <param name="Actions">CREATE, READ, UPDATE, DELETE, ARCHIVE, IMPORT, EXPORT.</param>
/// <param name="Instances">The instance values the permission covers.</param>
public sealed record AuthorizationPermission(string Domain, string? Function, IReadOnlyList<string> Actions, IReadOnlyList<string> Instances);
