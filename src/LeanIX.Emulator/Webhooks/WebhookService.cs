using LeanIX.Emulator.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// The webhooks service of every hosted workspace: one <see cref="WorkspaceWebhooks"/> each, fed from
/// <see cref="Workspace.Committed"/>. A failure while making events is logged and never fails the
/// GraphQL request whose changes are already committed.
/// </summary>
public sealed class WebhookService : IDisposable
{
    private readonly Dictionary<Guid, WorkspaceWebhooks> _hubs = new();
    private readonly WebhookStore _store;
    private readonly IServiceProvider _services;
    private readonly ILogger<WebhookService> _logger;
    private string? _baseUrl;

    public WebhookService(WorkspaceRegistry registry, SqliteStore core, WebhookOptions options, IServiceProvider services, ILogger<WebhookService> logger)
    {
        _services = services;
        _logger = logger;
        Options = options;
        _store = new WebhookStore(core);
        var ids = new EventIdSequence(_store.GetMeta(Guid.Empty, "nextEventId") ?? 1);
        foreach (var workspace in registry.All)
        {
            var hub = new WorkspaceWebhooks(workspace, _store, Options, ids);
            _hubs[workspace.Id] = hub;
            workspace.Committed += OnCommitted;
        }
    }

    public WebhookOptions Options { get; }

    public IReadOnlyCollection<WorkspaceWebhooks> All => _hubs.Values;

    public WorkspaceWebhooks For(Workspace workspace) => _hubs[workspace.Id];

    /// <summary>D31 <c>sourceUrl</c>: the emulator's own base URL, known once the server listens.</summary>
    public string BaseUrl => _baseUrl ??= _services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses
        .FirstOrDefault()?.TrimEnd('/') ?? "https://app.leanix.net";

    private void OnCommitted(Workspace workspace, IReadOnlyList<Domain.ChangeRecord> records)
    {
        try
        {
            _hubs[workspace.Id].OnCommitted(records);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Webhook events for workspace {Workspace} could not be made.", workspace.Name);
        }
    }

    public void Dispose()
    {
        foreach (var hub in _hubs.Values) hub.Workspace.Committed -= OnCommitted;
        _store.Dispose();
    }
}
