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
    private readonly Preloader _preloader;

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
        _preloader = new Preloader(this, _cache);
        DataModel = new DataModelClient(connection);
        FactSheets = new FactSheetsClient(connection, DataModel, _cache);
        Tags = new TagsClient(connection);
        SubscriptionRoles = new SubscriptionRolesClient(connection);
        Subscriptions = new SubscriptionsClient(connection, SubscriptionRoles, FactSheets);
        Users = new UsersClient(connection, _cache);
        Webhooks = new WebhooksClient(connection);
        Integrations = new IntegrationsClient(connection);
        RunMarkers = new RunMarkers(connection.Clock);
        SyncLog = new SyncLog.SyncLogClient(connection);
        Todos = new Todos.TodosClient(connection);
        Metrics = new Metrics.MetricsClient(connection);
        Bookmarks = new BookmarksClient(connection);
        MetaModel = new MetaModelClient(connection, DataModel);
        Workspace = new WorkspaceClient(connection);
        Transport = new Transport.TransportClient(this);
        Calculations = new Calculations.CalculationsClient(connection);
        ManagedCode = new ManagedCode.ManagedCodeClient(connection);
        Automations = new Automations.AutomationsClient(connection);
        Discovery = new Discovery.DiscoveryClient(connection);
        Transformations = new Transformations.TransformationsClient(connection);
        Authorizations = new AuthorizationsClient(connection, DataModel);
        Downloads = new DownloadsClient(connection);
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

    /// <summary>Integration API processor configurations and LDIF runs (<c>/services/integration-api/v1</c>).</summary>
    public IntegrationsClient Integrations { get; }

    /// <summary>Named runs marked as done in this process.</summary>
    public RunMarkers RunMarkers { get; }

    /// <summary>The synchronization log: runs and their items (<c>/services/synclog/v1</c>).</summary>
    public SyncLog.SyncLogClient SyncLog { get; }

    /// <summary>To-dos on fact sheets (<c>/services/todo/v1</c>).</summary>
    public Todos.TodosClient Todos { get; }

    /// <summary>Metrics v2: schemas, points and charts (<c>/services/metrics/v2</c>).</summary>
    public Metrics.MetricsClient Metrics { get; }
    /// <summary>Bookmarks: saved searches, reports, diagrams and dashboards (<c>/services/pathfinder/v1/bookmarks</c>).</summary>
    public BookmarksClient Bookmarks { get; }

    /// <summary>The meta model: action batches, fields, sections, subsections, translations (<c>/services/pathfinder/v1/models/metaModel</c>).</summary>
    public MetaModelClient MetaModel { get; }

    /// <summary>Features, quota and workspace settings (backup and restore).</summary>
    public WorkspaceClient Workspace { get; }

    /// <summary>Access control entities (virtual workspaces) and the authorization model.</summary>
    public AuthorizationsClient Authorizations { get; }

    /// <summary>Configuration moved from this workspace to another, with a dry-run plan, backups and restore.</summary>
    public Transport.TransportClient Transport { get; }
    /// <summary>Calculations: computed fields (D57, <c>/services/calculations/v1</c>).</summary>
    public Calculations.CalculationsClient Calculations { get; }

    /// <summary>Managed code execution: configurations and their logs (<c>/services/managed-code-execution/v1</c>).</summary>
    public ManagedCode.ManagedCodeClient ManagedCode { get; }

    /// <summary>LeanIX automations: templates and their scripts (<c>/services/automations/v1</c>).</summary>
    public Automations.AutomationsClient Automations { get; }

    /// <summary>Catalog search, microservice manifest and SBOM ingest, geo look-up (admin.md §12).</summary>
    public Discovery.DiscoveryClient Discovery { get; }

    /// <summary>Transformations of applications within initiatives (<c>/services/transformations/v1</c>).</summary>
    public Transformations.TransformationsClient Transformations { get; }
    /// <summary>Document files, the workspace snapshot and survey results (admin.md §11).</summary>
    public DownloadsClient Downloads { get; }

    /// <summary>
    /// Loads every active fact sheet of all types (or of <paramref name="types"/>) into memory with
    /// relations, subscriptions, tags and documents, held compactly. Types, and batches of 1,000 within a type, load in
    /// parallel within the rate limit, backing off when the service pushes back;
    /// afterwards reads and relation navigation of those types make no request.
    /// With <paramref name="snapshot"/>, a file from an earlier run is the starting point (brought up to date as
    /// <see cref="RefreshAsync"/> does) and the result is written back to it; a snapshot of another workspace or data
    /// model raises <see cref="PreloadSnapshotMismatchException"/>.
    /// </summary>
    public Task<PreloadStatistics> PreloadAsync(IEnumerable<string>? types = null, IProgress<PreloadProgress>? progress = null,
        int maxParallelTypes = 4, string? snapshot = null, CancellationToken cancellationToken = default) =>
        _preloader.PreloadAsync(types, progress, maxParallelTypes, snapshot, cancellationToken);

    /// <summary>
    /// Brings the preloaded fact sheets up to date with what changed since the preload (or the last refresh): changed
    /// and new fact sheets are read again, archived and deleted ones leave, and the other ends of changed relations
    /// follow. A few small requests when little changed. With <paramref name="snapshot"/>, the result is written there.
    /// </summary>
    public Task<PreloadStatistics> RefreshAsync(string? snapshot = null, CancellationToken cancellationToken = default) =>
        _preloader.RefreshAsync(snapshot, cancellationToken);

    /// <summary>Fact sheets per detail request of a preload; tests make it small to have many batches on a small workspace.</summary>
    internal int PreloadBatchSize { get; set; } = LeanIXConnection.FactSheetPageSize;

    /// <summary>Ids per page of a preload's id listing; tests make it small to page.</summary>
    internal int PreloadIdPageSize { get; set; } = ParallelPreload.IdPageSize;

    /// <summary>Forgets every cached fact sheet and preload.</summary>
    public void ClearCache() => _cache.Clear();

    /// <summary>How many fact sheets are in memory.</summary>
    public int CachedFactSheetCount => _cache.Count;

    /// <summary>The fact sheets in memory (the fact sheet cache, enumerable like <see cref="Cache"/>).</summary>
    public IEnumerable<FactSheet> FactSheetsInCache => _cache.All;

    /// <summary>A typed key/value store for the script's own values, next to the fact sheet cache.</summary>
    public ValueCache Cache { get; } = new();

    internal IEnumerable<FactSheet> CachedFactSheets() => _cache.All;

    private static ServiceProvider BuildServices(LeanIXClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ServiceCollection().AddLeanIX(options).BuildServiceProvider();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Transport.Dispose();
        _ownedServices?.Dispose();
    }
}
