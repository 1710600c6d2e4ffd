namespace LeanIX.Client;

/// <summary>The workspace's users from MTM (<c>lx.Users</c>): loaded once, then found by e-mail, name, id or role.</summary>
public sealed partial class UsersClient
{
    private readonly LeanIXConnection _connection;
    private readonly FactSheetCache _cache;
    private IReadOnlyList<WorkspaceUser>? _users;

    internal UsersClient(LeanIXConnection connection, FactSheetCache cache)
    {
        _connection = connection;
        _cache = cache;
    }

    /// <summary>Every user of the workspace, technical users included, paging per D33.</summary>
    public async Task<IReadOnlyList<WorkspaceUser>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_users is not null) return _users;
        var ws = await _connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<WorkspaceUser>();
        await foreach (var user in List(ws.WorkspaceId, cancellationToken).ConfigureAwait(false))
            list.Add(user);
        _users = list;
        return list;
    }

    /// <summary>The users of the workspace page by page (MTM page/size, D33; the token is the page number), technical users included.</summary>
    public AsyncPageable<WorkspaceUser> List(CancellationToken cancellationToken = default) =>
        AsyncPageable<WorkspaceUser>.FromPages(async (token, size, ct) =>
        {
            var ws = await _connection.GetWorkspaceAsync(ct).ConfigureAwait(false);
            await foreach (var page in List(ws.WorkspaceId, ct).AsPages(token, size).ConfigureAwait(false))
                return page;
            return new Page<WorkspaceUser>([], null);
        }, cancellationToken);

    private AsyncPageable<WorkspaceUser> List(Guid workspaceId, CancellationToken cancellationToken) =>
        _connection.Pages($"services/mtm/v1/workspaces/{workspaceId}/users", new Dictionary<string, string?> { ["includeTechnicalUsers"] = "true" }, 100, cancellationToken)
            .Select(e => WorkspaceUser.From(LeanIXConnection.Read(e, LeanIXConnection.Wire.MtmUserWire, "GET /services/mtm/v1/workspaces/{id}/users")));

    /// <summary>A user by e-mail (case-insensitive), or null.</summary>
    public async Task<WorkspaceUser?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(u => u.Email.Equals(email, StringComparison.OrdinalIgnoreCase));

    /// <summary>Users with this display name (names are not unique).</summary>
    public async Task<IReadOnlyList<WorkspaceUser>> FindByDisplayNameAsync(string displayName, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken).ConfigureAwait(false)).Where(u => u.DisplayName.Equals(displayName, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>A user by id, or null.</summary>
    public async Task<WorkspaceUser?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(u => u.Id == id);

    /// <summary>Users holding a workspace role (ADMIN, MEMBER, VIEWER, CONTACT).</summary>
    public async Task<IReadOnlyList<WorkspaceUser>> WithRoleAsync(string role, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken).ConfigureAwait(false)).Where(u => u.Role.Equals(role, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The user's subscriptions among the fact sheets in memory (preload first for a complete answer).</summary>
    public IReadOnlyList<(FactSheet FactSheet, RoleSubscription Subscription)> SubscriptionsInCache(WorkspaceUser user) =>
        _cache.All.Where(f => f.IsLoaded)
            .SelectMany(f => f.SubscriptionsByRole.Values.SelectMany(s => s).Where(s => s.UserId == user.Id).Select(s => (f, s)))
            .ToList();

    /// <summary>Forgets the loaded users.</summary>
    public void Reload() => _users = null;
}
