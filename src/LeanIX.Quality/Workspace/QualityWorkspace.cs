using LeanIX.Client;
using LeanIX.Quality.Organizations;

namespace LeanIX.Quality.Workspace;

/// <summary>
/// Everything the checkers read, loaded once: the data model, every active fact sheet (one preload), the users,
/// the tag groups, the subscription roles and the organisation tree. Checkers run over this snapshot and send no request per fact sheet.
/// </summary>
public sealed class QualityWorkspace
{
    private readonly Dictionary<Guid, WorkspaceUser> _usersById;

    private QualityWorkspace(LeanIXClient client, LeanIXDataModel model, IReadOnlyList<FactSheet> factSheets, IReadOnlyList<WorkspaceUser> users,
        IReadOnlyList<TagGroup> tagGroups, IReadOnlyList<SubscriptionRole> subscriptionRoles, IReadOnlyList<Organization> organizations,
        string workspaceUrl, DateTimeOffset now)
    {
        Client = client;
        Model = model;
        FactSheets = factSheets;
        Users = users;
        _usersById = users.ToDictionary(u => u.Id);
        TagGroups = tagGroups;
        SubscriptionRoles = subscriptionRoles;
        Organizations = organizations;
        WorkspaceUrl = workspaceUrl.TrimEnd('/');
        Now = now;
    }

    /// <summary>The client the snapshot was read with (for writes such as to-dos and metric points).</summary>
    public LeanIXClient Client { get; }

    /// <summary>The data model.</summary>
    public LeanIXDataModel Model { get; }

    /// <summary>Every active fact sheet, loaded in full.</summary>
    public IReadOnlyList<FactSheet> FactSheets { get; }

    /// <summary>The workspace users.</summary>
    public IReadOnlyList<WorkspaceUser> Users { get; }

    /// <summary>The tag groups.</summary>
    public IReadOnlyList<TagGroup> TagGroups { get; }

    /// <summary>The subscription roles (<c>lx.SubscriptionRoles</c>), with the types each is mandatory for (D72).</summary>
    public IReadOnlyList<SubscriptionRole> SubscriptionRoles { get; }

    /// <summary>The organisations, roots first.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>The workspace's web address (<c>https://host/Workspace</c>), for deep links.</summary>
    public string WorkspaceUrl { get; }

    /// <summary>When the snapshot was taken (from the injected clock).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>A user by id, or null when MTM does not list them.</summary>
    public WorkspaceUser? User(Guid id) => _usersById.GetValueOrDefault(id);

    /// <summary>The page of a fact sheet in the LeanIX web app.</summary>
    public string DeepLink(Guid factSheetId, string type) => $"{WorkspaceUrl}/factsheet/{Uri.EscapeDataString(type)}/{factSheetId}";

    /// <summary>
    /// Preloads the workspace (or only <paramref name="types"/>, plus the organisation type) and reads users, tag groups and roles:
    /// a fixed number of requests however many fact sheets there are.
    /// </summary>
    public static async Task<QualityWorkspace> LoadAsync(LeanIXClient client, OrganizationOptions? organizations = null, IEnumerable<string>? types = null,
        IProgress<PreloadProgress>? progress = null, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var model = await client.DataModel.GetAsync(cancellationToken).ConfigureAwait(false);
        var organizationType = OrganizationHierarchy.DetectType(model);
        var wanted = (types?.ToList() ?? model.Types.Keys.ToList()).Select(t => model.Type(t).Key).ToList();
        if (organizationType is not null && !wanted.Contains(organizationType)) wanted.Add(organizationType);
        await client.PreloadAsync(wanted, progress, cancellationToken: cancellationToken).ConfigureAwait(false);
        var factSheets = new List<FactSheet>();
        foreach (var type in wanted)
            factSheets.AddRange(await client.FactSheets.Of(type).AllAsync(cancellationToken).ConfigureAwait(false)); // served from the preload
        var users = await client.Users.AllAsync(cancellationToken).ConfigureAwait(false);
        var tagGroups = await client.Tags.GroupsAsync(cancellationToken).ConfigureAwait(false);
        var roles = await client.SubscriptionRoles.AllAsync(cancellationToken).ConfigureAwait(false);
        var url = await client.Connection.GetWorkspaceUrlAsync(cancellationToken).ConfigureAwait(false);
        var tree = OrganizationHierarchy.Build(model, factSheets, organizations);
        return new QualityWorkspace(client, model, factSheets, users, tagGroups, roles, tree, url, (clock ?? TimeProvider.System).GetUtcNow());
    }
}
