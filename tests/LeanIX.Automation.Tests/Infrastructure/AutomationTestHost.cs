using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using LeanIX.Automation.InitialSync;
using LeanIX.Automation.Runs;
using LeanIX.Client;
using LeanIX.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LeanIX.Automation.Tests.Infrastructure;

/// <summary>
/// The automation host started in process the way Program.cs starts it, on a free loopback port, with its own database
/// file; connected to a test's emulator (or, with no emulator, to its own embedded demo workspace).
/// </summary>
public sealed class AutomationTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AutomationTestHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    public IEventInbox Inbox => Services.GetRequiredService<IEventInbox>();

    public IAutomationStore Automations => Services.GetRequiredService<IAutomationStore>();

    public IRunHistory Runs => Services.GetRequiredService<IRunHistory>();

    public InitialSyncService Syncs => Services.GetRequiredService<InitialSyncService>();

    public WorkspaceConnection Workspace => Services.GetRequiredService<WorkspaceConnection>();

    public Intake.WebhookCredentials Credentials => Services.GetRequiredService<Intake.WebhookCredentials>();

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"lx-automation-{Guid.NewGuid():N}.db");

    /// <summary>Starts a host. <paramref name="emulator"/> null means the embedded demo workspace.</summary>
    public static async Task<AutomationTestHost> StartAsync(EmulatorHost? emulator, string databasePath, Action<AutomationOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddLeanIXAutomation(o =>
        {
            o.DatabasePath = databasePath;
            if (emulator is null) o.LeanIX.Demo = true;
            else
            {
                o.LeanIX.ApiToken = emulator.ApiToken;
                o.LeanIX.Host = emulator.BaseUrl;
            }
            o.Webhook.RegisterSubscription = true;
            o.Webhook.Identifier = "automation-test-" + Guid.NewGuid().ToString("N")[..8];
            o.Webhook.PullTimeoutSeconds = 1;
            o.Processing.Backoff = TimeSpan.FromMilliseconds(20);
            o.Processing.MaxBackoff = TimeSpan.FromMilliseconds(200);
            o.Processing.IdleDelay = TimeSpan.FromMilliseconds(100);
            o.Processing.InstanceId = "test-" + Guid.NewGuid().ToString("N")[..8];
            configure?.Invoke(o);
        });
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapLeanIXWebhooks("/webhooks/leanix");
        await app.StartAsync();
        return new AutomationTestHost(app, EmulatorHost.BaseUrlOf(app));
    }

    /// <summary>Waits until the host registered its webhook subscription.</summary>
    public Task WhenSubscribedAsync() =>
        Services.GetRequiredService<Intake.SubscriptionRegistrar>().WhenRegisteredAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

    /// <summary>Creates and enables an automation.</summary>
    public Task<AutomationDefinition> AddAutomationAsync(string handler, string configurationJson, bool enabled = true) =>
        Automations.SaveAsync(new AutomationDefinition { HandlerName = handler, ConfigurationJson = configurationJson, Enabled = enabled });

    /// <summary>A client of the host's workspace (a test's own, so its cache is its own).</summary>
    public LeanIXClient NewClient() => Workspace.CreateCachingClient();

    /// <summary>An HTTP client for the host with the webhook's basic-auth credentials.</summary>
    public HttpClient NewWebhookClient()
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", Credentials.AuthorizationHeader);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
