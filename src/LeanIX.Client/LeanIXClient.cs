using LeanIX.Client.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Client;

/// <summary>
/// The entry point to a LeanIX workspace. An API token is all it needs: the host, workspace and user are
/// detected from the access token (auth.md §3). One property per API area (<see cref="FactSheets"/>,
/// <see cref="Tags"/>, <see cref="Webhooks"/>…), each over the one <see cref="Connection"/>; the client itself
/// holds the fact sheet cache and the preload. Thread-safe; one instance per workspace.
/// </summary>
public sealed class LeanIXClient : IDisposable
{
    private readonly IDisposable? _ownedServices;
    private readonly FactSheetCache _cache;

    /// <summary>
    /// Connects with an API token (default <c>LEANIX_API_TOKEN</c>) at a host (default <c>LEANIX_HOST</c>, else
    /// app.leanix.net). With only <paramref name="workspace"/>, the token comes from the user config file
    /// (<see cref="WorkspaceConfigFile"/>): <c>new LeanIXClient(workspace: "AcmeProduction")</c>.
    /// </summary>
    public LeanIXClient(string? apiToken = null, string? host = null, string? workspace = null)
        : this(apiToken is null && host is null && workspace is not null
            ? WorkspaceConfigFile.Load(workspace)
            : new LeanIXClientOptions { ApiToken = apiToken, Host = host, Workspace = workspace }) { }

    /// <summary>Connects with explicit options; the same registration as <c>services.AddLeanIX(...)</c>.</summary>
    public LeanIXClient(LeanIXClientOptions options) : this(BuildServices(options)) { }

    private LeanIXClient(ServiceProvider services) : this(services.GetRequiredService<LeanIXConnection>(), services) { }

    internal LeanIXClient(LeanIXConnection connection, IDisposable? ownedServices)
    {
        Connection = connection;
        _ownedServices = ownedServices;
        _cache = new FactSheetCache(this, connection.Options.Caching);
        DataModel = new DataModelClient(connection);
        FactSheets = new FactSheetsClient(connection, DataModel, _cache);
        Tags = new TagsClient(connection);
        SubscriptionRoles = new SubscriptionRolesClient(connection);
        Subscriptions = new SubscriptionsClient(connection, SubscriptionRoles, FactSheets);
        Users = new UsersClient(connection, _cache);
        Webhooks = new WebhooksClient(connection);
        RunMarkers = new RunMarkers(connection.Clock);
        SyncLog = new SyncLog.SyncLogClient(connection);
        Todos = new Todos.TodosClient(connection);
        Metrics = new Metrics.MetricsClient(connection);
    }

    /// <summary>
    /// Connects to a workspace named in the user config file (<see cref="WorkspaceConfigFile"/>); the token
    /// must belong to that workspace.
    /// </summary>
    public static LeanIXClient ForWorkspace(string workspace, string? configPath = null) => new(WorkspaceConfigFile.Load(workspace, configPath));

    /// <summary>The connection every area sends through: workspace detection, raw REST and GraphQL calls, paging.</summary>
    public LeanIXConnection Connection { get; }

    /// <summary>Fact sheets of every type: <c>lx.FactSheets.Of("Application")</c>.</summary>
    public FactSheetsClient FactSheets { get; }

    /// <summary>Subscriptions of users to fact sheets in roles.</summary>
    public SubscriptionsClient Subscriptions { get; }

    /// <summary>Tag groups and tags.</summary>
    public TagsClient Tags { get; }

    /// <summary>Subscription roles.</summary>
    public SubscriptionRolesClient SubscriptionRoles { get; }

    /// <summary>Workspace users (MTM).</summary>
    public UsersClient Users { get; }

    /// <summary>The data model, view model and labels.</summary>
    public DataModelClient DataModel { get; }

    /// <summary>Webhook subscriptions, PULL batches and delivery logs (<c>/services/webhooks/v1</c>).</summary>
    public WebhooksClient Webhooks { get; }

    /// <summary>Named runs marked as done in this process.</summary>
    public RunMarkers RunMarkers { get; }

    /// <summary>The synchronization log: runs and their items (<c>/services/synclog/v1</c>).</summary>
    public SyncLog.SyncLogClient SyncLog { get; }

    /// <summary>To-dos on fact sheets (<c>/services/todo/v1</c>).</summary>
    public Todos.TodosClient Todos { get; }

    /// <summary>Metrics v2: schemas, points and charts (<c>/services/metrics/v2</c>).</summary>
    public Metrics.MetricsClient Metrics { get; }

    /// <summary>
    /// Loads every active fact sheet of all types (or of <paramref name="types"/>) into memory with
    /// relations, subscriptions, tags and documents. Types, and batches of 1,000 within a type, load in
    /// parallel within the rate limit, backing off when the service pushes back;
    /// afterwards reads and relation navigation of those types make no request.
    /// </summary>
    public async Task PreloadAsync(IEnumerable<string>? types = null, IProgress<PreloadProgress>? progress = null,
        int maxParallelTypes = 4, CancellationToken cancellationToken = default)
    {
        var model = await DataModel.GetAsync(cancellationToken).ConfigureAwait(false);
        var wanted = (types ?? model.Types.Keys).Select(model.Type).DistinctBy(t => t.Key).ToList();
        // Within a type the id batches run in parallel too, all through one adaptive gate (ParallelPreload).
        var preload = new ParallelPreload(Connection, _cache, progress, PreloadBatchSize, PreloadIdPageSize);
        await Parallel.ForEachAsync(wanted, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelTypes), CancellationToken = cancellationToken },
            (type, ct) => new ValueTask(preload.LoadTypeAsync(type, ct))).ConfigureAwait(false);
    }

    /// <summary>Fact sheets per detail request of a preload; tests make it small to have many batches on a small workspace.</summary>
    internal int PreloadBatchSize { get; set; } = LeanIXConnection.FactSheetPageSize;

    /// <summary>Ids per page of a preload's id listing; tests make it small to page.</summary>
    internal int PreloadIdPageSize { get; set; } = ParallelPreload.IdPageSize;

    /// <summary>Forgets every cached fact sheet and preload.</summary>
    public void ClearCache() => _cache.Clear();

    /// <summary>How many fact sheets are in memory.</summary>
    public int CachedFactSheetCount => _cache.Count;

    internal IEnumerable<FactSheet> CachedFactSheets() => _cache.All;

    private static ServiceProvider BuildServices(LeanIXClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ServiceCollection().AddLeanIX(options).BuildServiceProvider();
    }

    /// <inheritdoc />
    public void Dispose() => _ownedServices?.Dispose();
}
