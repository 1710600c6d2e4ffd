using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>User administration (admin.md §9, D63): technical users, invitations, contacts, permissions, the connected user.</summary>
public sealed partial class UsersClient
{
    private const string Mtm = "services/mtm/v1";

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>The workspace's technical users sorted by name, optionally those whose name contains <paramref name="userName"/>.</summary>
    public AsyncPageable<TechnicalUser> ListTechnicalUsers(string? userName = null, CancellationToken cancellationToken = default) =>
        _connection.Pages(Mtm + "/technicalusers", new Dictionary<string, string?> { ["queryUserName"] = userName, ["sort"] = "userName-ASC" }, 100, cancellationToken)
            .Select(e => FromWire(LeanIXConnection.Read(e, Wire.TechnicalUserWire, "GET /services/mtm/v1/technicalusers")));

    /// <summary>A technical user's changelog, newest first (admin.md §9: <c>sort=createdAt-DESC</c>, pages of 100).</summary>
    public async Task<IReadOnlyList<MtmChangeEvent>> GetTechnicalUserChangelogAsync(Guid technicalUserId, CancellationToken cancellationToken = default)
    {
        CheckId(technicalUserId, nameof(technicalUserId));
        var events = new List<MtmChangeEvent>();
        await foreach (var e in _connection.Pages($"{Mtm}/technicalusers/{technicalUserId}/changelog",
                           new Dictionary<string, string?> { ["sort"] = "createdAt-DESC" }, 100, cancellationToken).ConfigureAwait(false))
            events.Add(FromWire(LeanIXConnection.Read(e, Wire.MtmEventWire, "GET /services/mtm/v1/technicalusers/{id}/changelog")));
        return events;
    }

    /// <summary>
    /// Who is responsible for a technical user: the actor of the oldest event of its changelog, its creator (admin.md §9);
    /// null when the changelog names nobody (a user that came with the workspace).
    /// </summary>
    public async Task<MtmUserReference?> GetResponsibleUserForTechnicalUserAsync(Guid technicalUserId, CancellationToken cancellationToken = default)
    {
        var events = await GetTechnicalUserChangelogAsync(technicalUserId, cancellationToken).ConfigureAwait(false);
        return events.Where(e => e.Actor is not null).OrderBy(e => e.CreatedAt ?? DateTimeOffset.MaxValue).FirstOrDefault()?.Actor;
    }

    /// <summary>
    /// Invites a person to the workspace (<c>POST /idm/invite</c>; the seed's <c>create_user</c>). <paramref name="silent"/> sends no
    /// e-mail (works on SSO workspaces only). An already ACTIVE user is returned unchanged (D63).
    /// </summary>
    public async Task<WorkspaceUser> InviteAsync(string email, string role = "MEMBER", bool silent = true, CancellationToken cancellationToken = default)
    {
        CheckEmail(email);
        var normalisedRole = role?.Trim().ToUpperInvariant();
        if (normalisedRole is not ("ADMIN" or "MEMBER" or "VIEWER"))
            throw new ArgumentException($"Role '{role}' cannot be invited; use ADMIN, MEMBER or VIEWER.", nameof(role));
        var ws = await _connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var body = new InvitationWire(new IdWire(ws.UserId.ToString()), new InviteeWire(email.Trim()), new IdWire(ws.WorkspaceId.ToString()),
            new RoleWire(normalisedRole), silent ? "silent-invite" : "invite");
        var envelope = await _connection.SendAsync(HttpMethod.Post, Mtm + "/idm/invite", Wire.EnvelopeWire, LeanIXConnection.Serialize(body, Wire.InvitationWire),
            new Dictionary<string, string?> { ["silent"] = silent ? "true" : "false" }, cancellationToken).ConfigureAwait(false);
        Reload();
        return WorkspaceUser.From(DataOf(envelope, Wire.MtmUserWire, "POST /" + Mtm + "/idm/invite"));
    }

    /// <summary>
    /// Creates a contact, a person who may be subscribed but not log in (D63). With an account admin's token this is
    /// <c>POST /users</c>; otherwise, when <paramref name="dummyFactSheetId"/> is given, the e-mail is subscribed to that fact
    /// sheet and unsubscribed again, which makes the contact (the seed's way), and its names are set afterwards.
    /// </summary>
    public async Task<WorkspaceUser> CreateContactAsync(string email, string? firstName = null, string? lastName = null, Guid? dummyFactSheetId = null,
        CancellationToken cancellationToken = default)
    {
        CheckEmail(email);
        var ws = await _connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var body = new NewUserWire(email.Trim(), firstName, lastName, [new NewUserPermissionWire(new IdWire(ws.WorkspaceId.ToString()), "CONTACT")]);
        try
        {
            var envelope = await _connection.SendAsync(HttpMethod.Post, Mtm + "/users", Wire.EnvelopeWire, LeanIXConnection.Serialize(body, Wire.NewUserWire),
                null, cancellationToken).ConfigureAwait(false);
            return WorkspaceUser.From(DataOf(envelope, Wire.MtmUserWire, "POST /" + Mtm + "/users"));
        }
        catch (LeanIXAuthenticationException e) when (e.Status == System.Net.HttpStatusCode.Forbidden)
        {
            if (dummyFactSheetId is not { } factSheetId)
                throw new InvalidOperationException(
                    $"Creating the contact '{email}' needs an account admin's token, or a fact sheet to subscribe it to (dummyFactSheetId).", e);
            return await CreateContactBySubscriptionAsync(email.Trim(), firstName, lastName, factSheetId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Reload();
        }
    }

    /// <summary>Every permission of the workspace, technical users included, page by page.</summary>
    public AsyncPageable<WorkspacePermission> ListPermissions(CancellationToken cancellationToken = default) =>
        AsyncPageable<WorkspacePermission>.FromPages(async (token, size, ct) =>
        {
            var ws = await _connection.GetWorkspaceAsync(ct).ConfigureAwait(false);
            await foreach (var page in Permissions(ws.WorkspaceId, null, ct).AsPages(token, size).ConfigureAwait(false))
                return page;
            return new Page<WorkspacePermission>([], null);
        }, cancellationToken);

    /// <summary>
    /// The permission of the user with this e-mail (case-insensitive) or user id. An unknown user is a
    /// <see cref="LeanIXNotFoundException"/> naming what was looked for.
    /// </summary>
    public async Task<WorkspacePermission> GetPermissionAsync(string emailOrUserId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailOrUserId);
        var ws = await _connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var byId = Guid.TryParse(emailOrUserId, out var userId);
        await foreach (var p in Permissions(ws.WorkspaceId, byId ? null : emailOrUserId.Trim(), cancellationToken).ConfigureAwait(false))
            if (byId ? p.User.Id == userId : string.Equals(p.User.Email, emailOrUserId.Trim(), StringComparison.OrdinalIgnoreCase))
                return p;
        throw new LeanIXNotFoundException(
            $"No user {(byId ? "with id" : "with the e-mail")} '{emailOrUserId}' has a permission in workspace '{ws.WorkspaceName}'.", "Get permission");
    }

    /// <summary>
    /// Writes a permission (<c>POST /permissions</c>): a role change such as VIEWER → MEMBER, or a status change
    /// (ARCHIVED → ACTIVE is allowed, INVITED → ACTIVE is not: admin.md §9). Returns it as stored.
    /// </summary>
    public async Task<WorkspacePermission> UpdatePermissionAsync(WorkspacePermission permission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permission);
        var body = new JsonObject
        {
            ["id"] = permission.Id.ToString(),
            ["user"] = new JsonObject { ["id"] = permission.User.Id.ToString() },
            ["workspace"] = new JsonObject { ["id"] = permission.WorkspaceId.ToString() },
            ["role"] = permission.Role,
            ["status"] = permission.Status
        };
        var envelope = await _connection.SendAsync(HttpMethod.Post, Mtm + "/permissions", Wire.EnvelopeWire,
            JsonSerializer.SerializeToUtf8Bytes(body, Wire.JsonObject), null, cancellationToken).ConfigureAwait(false);
        Reload();
        return FromWire(DataOf(envelope, Wire.MtmPermissionFullWire, "POST /" + Mtm + "/permissions"));
    }

    /// <summary>Changes the workspace role of the user with this e-mail or id (ADMIN, MEMBER, VIEWER or CONTACT).</summary>
    public async Task<WorkspacePermission> ChangeRoleAsync(string emailOrUserId, string role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        var permission = await GetPermissionAsync(emailOrUserId, cancellationToken).ConfigureAwait(false);
        return await UpdatePermissionAsync(permission with { Role = role.Trim().ToUpperInvariant() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The connected user (the token's): names, e-mail and workspace role (the seed's <c>load_user_details</c>).</summary>
    public async Task<WorkspaceUser> GetCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        var ws = await _connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var envelope = await _connection.SendAsync(HttpMethod.Get, $"{Mtm}/users/{ws.UserId}", Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return WorkspaceUser.From(DataOf(envelope, Wire.MtmUserWire, $"GET /{Mtm}/users/{{id}}"));
    }

    private async Task<WorkspaceUser> CreateContactBySubscriptionAsync(string email, string? firstName, string? lastName, Guid factSheetId,
        CancellationToken cancellationToken)
    {
        var created = await _connection.GraphQLAsync(
            "mutation Contact($fs: ID!, $email: String) { createSubscription(factSheetId: $fs, user: {email: $email}, type: OBSERVER) { id user { id } } }",
            new JsonObject { ["fs"] = factSheetId.ToString(), ["email"] = email }, Wire.JsonElement, cancellationToken).ConfigureAwait(false);
        var subscription = created.GetProperty("createSubscription");
        await _connection.GraphQLAsync("mutation Uncontact($id: ID!) { deleteSubscription(id: $id) { id } }",
            new JsonObject { ["id"] = subscription.GetProperty("id").GetString() }, Wire.JsonElement, cancellationToken).ConfigureAwait(false);
        var userId = subscription.GetProperty("user").GetProperty("id").GetString();
        var names = new JsonObject();
        if (firstName is not null) names["firstName"] = firstName;
        if (lastName is not null) names["lastName"] = lastName;
        var envelope = names.Count > 0
            ? await _connection.SendAsync(HttpMethod.Put, $"{Mtm}/users/{userId}", Wire.EnvelopeWire, JsonSerializer.SerializeToUtf8Bytes(names, Wire.JsonObject),
                null, cancellationToken).ConfigureAwait(false)
            : await _connection.SendAsync(HttpMethod.Get, $"{Mtm}/users/{userId}", Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return WorkspaceUser.From(DataOf(envelope, Wire.MtmUserWire, $"{Mtm}/users/{{id}}"));
    }

    private AsyncPageable<WorkspacePermission> Permissions(Guid workspaceId, string? email, CancellationToken cancellationToken) =>
        _connection.Pages($"{Mtm}/workspaces/{workspaceId}/permissions", new Dictionary<string, string?> { ["email"] = email }, 100, cancellationToken)
            .Select(e => FromWire(LeanIXConnection.Read(e, Wire.MtmPermissionFullWire, "GET /services/mtm/v1/workspaces/{id}/permissions")));

    private static T DataOf<T>(EnvelopeWire envelope, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string operation) =>
        envelope.Data is { ValueKind: not JsonValueKind.Null } data
            ? LeanIXConnection.Read(data, type, operation)
            : throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);

    private static TechnicalUser FromWire(TechnicalUserWire w) =>
        new(ParseGuid(w.Id, "technical user"), w.UserName ?? "", w.PermissionRole, Guid.TryParse(w.WorkspaceId, out var ws) ? ws : null);

    private static MtmChangeEvent FromWire(MtmEventWire w) => new(ParseGuid(w.Id, "event"), w.Type ?? "", w.Status, w.CreatedAt, FromWire(w.Actor));

    private static WorkspacePermission FromWire(MtmPermissionFullWire w) =>
        new(ParseGuid(w.Id, "permission"), FromWire(w.User) ?? throw new LeanIXRequestFailedException("MTM sent a permission without its user.", "permissions"),
            Guid.TryParse(w.Workspace?.Id ?? w.WorkspaceId, out var ws) ? ws : Guid.Empty, w.Role ?? "", w.Status ?? "", w.LastLogin);

    private static MtmUserReference? FromWire(MtmUserRefWire? w) => w is null ? null
        : new(ParseGuid(w.Id, "user"), w.UserName, w.Email, w.DisplayName ?? $"{w.FirstName} {w.LastName}".Trim());

    private static Guid ParseGuid(string? id, string what) =>
        Guid.TryParse(id, out var guid) ? guid : throw new LeanIXRequestFailedException($"MTM sent a {what} without an id.", "MTM");

    private static void CheckEmail(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var at = email.IndexOf('@');
        if (at <= 0 || at == email.Trim().Length - 1 || email.Trim().Contains(' '))
            throw new ArgumentException($"'{email}' is not an e-mail address.", nameof(email));
    }

    private static void CheckId(Guid id, string paramName)
    {
        if (id == Guid.Empty) throw new ArgumentException("The id must not be empty.", paramName);
    }
}
