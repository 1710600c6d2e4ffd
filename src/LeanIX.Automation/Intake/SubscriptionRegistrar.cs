using LeanIX.Automation.Hosting;
using LeanIX.Client.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Intake;

/// <summary>
/// Registers the host's own webhook subscription once the server listens (always for the demo workspace, else when
/// <see cref="WebhookOptions.RegisterSubscription"/> is on): an upsert by identifier (webhooks.md §1), PUSH to the host's
/// <c>/webhooks/leanix</c> with its basic-auth credentials, or PULL; then the event types are fixed with the client
/// (<see cref="WebhooksClient.FixEventTypesAsync(Guid, CancellationToken)"/>). The PULL poller reads the subscription it
/// answers.
/// </summary>
public sealed partial class SubscriptionRegistrar : BackgroundService
{
    private readonly WorkspaceConnection _workspace;
    private readonly WebhookCredentials _credentials;
    private readonly AutomationOptions _options;
    private readonly IServer _server;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<SubscriptionRegistrar> _logger;
    private readonly TaskCompletionSource<WebhookSubscription?> _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the registrar.</summary>
    public SubscriptionRegistrar(WorkspaceConnection workspace, WebhookCredentials credentials, IOptions<AutomationOptions> options,
        IServer server, IHostApplicationLifetime lifetime, ILogger<SubscriptionRegistrar> logger)
    {
        _workspace = workspace;
        _credentials = credentials;
        _options = options.Value;
        _server = server;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>The registered subscription, or null when the host registers none.</summary>
    public Task<WebhookSubscription?> WhenRegisteredAsync(CancellationToken cancellationToken) => _registered.Task.WaitAsync(cancellationToken);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _workspace.WhenConnectedAsync(stoppingToken).ConfigureAwait(false);
            if (_workspace.Demo is null && !_options.Webhook.RegisterSubscription)
            {
                _registered.TrySetResult(null);
                return;
            }
            // The target URL needs the port the server really listens on, known only once it started.
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (_lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
                await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
            var subscription = await RegisterAsync(stoppingToken).ConfigureAwait(false);
            _registered.TrySetResult(subscription);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _registered.TrySetCanceled(stoppingToken);
        }
        catch (Exception e)
        {
            LogFailed(_logger, e);
            _registered.TrySetException(e);
        }
    }

    private async Task<WebhookSubscription> RegisterAsync(CancellationToken cancellationToken)
    {
        var webhooks = _workspace.Client.Webhooks;
        var webhook = _options.Webhook;
        var push = webhook.DeliveryType == WebhookDeliveryType.Push;
        var desired = new WebhookSubscription
        {
            Identifier = webhook.Identifier,
            DeliveryType = webhook.DeliveryType,
            TagSets = WebhookTagSets.All,
            TargetUrl = push ? TargetUrl() : null,
            TargetMethod = push ? "POST" : null,
            AuthorizationHeader = push ? _credentials.AuthorizationHeader : null,
            Active = true,
            WorkspaceConstraint = WebhookWorkspaceConstraint.Workspace,
            Visibility = WebhookVisibility.Workspace,
            PayloadMode = WebhookPayloadMode.Default
        };
        var existing = (await webhooks.GetAllAsync(webhook.Identifier, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(s => s.Identifier == webhook.Identifier);
        WebhookSubscription saved;
        if (existing is null)
            saved = await webhooks.CreateAsync(desired, cancellationToken).ConfigureAwait(false);
        else if (existing.DeliveryType != desired.DeliveryType)
        {
            // PUSH ↔ PULL cannot be changed in place; a new PULL subscription starts at the end of the log (D27).
            await webhooks.DeleteAsync(existing.Id!.Value, cancellationToken).ConfigureAwait(false);
            saved = await webhooks.CreateAsync(desired, cancellationToken).ConfigureAwait(false);
        }
        else
            saved = await webhooks.UpdateAsync(desired with { Id = existing.Id }, cancellationToken).ConfigureAwait(false);
        saved = await webhooks.FixEventTypesAsync(saved.Id!.Value, cancellationToken).ConfigureAwait(false);
        LogRegistered(_logger, saved.Identifier, saved.DeliveryType.ToString(), saved.Id, saved.TargetUrl ?? "-");
        return saved;
    }

    private string TargetUrl()
    {
        var webhook = _options.Webhook;
        var baseUrl = webhook.PublicUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            var addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The server reports no address; set Automation:Webhook:PublicUrl.");
            baseUrl = LoopbackFor(address);
        }
        return baseUrl.TrimEnd('/') + "/" + webhook.Path.TrimStart('/');
    }

    /// <summary>A wildcard listen address (<c>http://+:5090</c>, <c>http://[::]:5090</c>) as an address a local workspace can call.</summary>
    internal static string LoopbackFor(string address)
    {
        foreach (var wildcard in new[] { "://+:", "://*:", "://[::]:", "://0.0.0.0:" })
            if (address.Contains(wildcard, StringComparison.Ordinal))
                return address.Replace(wildcard, "://127.0.0.1:", StringComparison.Ordinal);
        return address;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook subscription '{Identifier}' ({DeliveryType}, {Id}) registered, target {Target}")]
    private static partial void LogRegistered(ILogger logger, string identifier, string deliveryType, Guid? id, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering the host's webhook subscription failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
