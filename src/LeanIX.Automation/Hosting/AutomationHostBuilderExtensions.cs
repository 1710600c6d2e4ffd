using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Handlers.BuiltIn;
using LeanIX.Automation.Inbox;
using LeanIX.Automation.InitialSync;
using LeanIX.Automation.Intake;
using LeanIX.Automation.Mail;
using LeanIX.Automation.Processing;
using LeanIX.Automation.Quality;
using LeanIX.Automation.Runs;
using LeanIX.Automation.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Hosting;

/// <summary>
/// What keeps <c>Program.cs</c> short: <c>builder.AddLeanIXAutomation()</c> registers the platform (options, database,
/// workspace connection, intake, workers, initial sync, built-in handlers); <c>app.MapLeanIXWebhooks("/webhooks/leanix")</c>
/// maps the PUSH endpoint. The live log of initial syncs is the menu's (<c>app.MapAutomationMenu()</c>), behind its login.
/// </summary>
public static class AutomationHostBuilderExtensions
{
    /// <summary>Registers the automation platform. Settings come from the <c>Automation</c> section (<see cref="AutomationOptions"/>).</summary>
    public static WebApplicationBuilder AddLeanIXAutomation(this WebApplicationBuilder builder, Action<AutomationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<AutomationOptions>().Bind(builder.Configuration.GetSection(AutomationOptions.Section));
        if (configure is not null) options.Configure(configure);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        // A delivery is read as soon as it arrives: without the zero-byte read Kestrel otherwise does first (to hold no
        // buffer while a connection idles), each request costs one system call less; LeanIX keeps few connections open.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets.SocketTransportOptions>(o => o.WaitForDataBeforeAllocatingBuffer = false);

        // Connect first: every other hosted service waits for the workspace.
        services.AddSingleton<WorkspaceConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkspaceConnection>());

        services.AddSingleton<AutomationDatabase>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<SqliteEventInbox>();
        services.AddSingleton<SqliteMailOutbox>();
        services.AddSingleton<IEventInbox>(sp => sp.GetRequiredService<SqliteEventInbox>());
        services.AddSingleton<SqliteAutomationStore>();
        services.AddSingleton<IAutomationStore>(sp => sp.GetRequiredService<SqliteAutomationStore>());
        services.AddSingleton<IRunHistory, SqliteRunHistory>();
        services.AddSingleton<HandlerRegistry>();
        services.TryAddSingleton<IAutomationMailer, SmtpMailer>();
        services.AddSingleton<SyncLogWriter>();
        services.AddSingleton<AutomationRunner>();

        services.AddSingleton<WebhookCredentials>();
        services.AddSingleton<IntakeLog>();
        services.AddSingleton<SubscriptionRegistrar>();
        services.AddHostedService(sp => sp.GetRequiredService<SubscriptionRegistrar>());
        services.AddHostedService<PullPoller>();
        services.AddHostedService<EventWorkers>();
        services.AddSingleton(sp => new InitialSyncService(sp.GetRequiredService<IAutomationStore>(), sp.GetRequiredService<HandlerRegistry>(),
            sp.GetRequiredService<WorkspaceConnection>(), sp.GetRequiredService<AutomationDatabase>(), sp.GetRequiredService<AutomationRunner>(),
            sp.GetRequiredService<SyncLogWriter>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<AutomationOptions>>(),
            sp.GetRequiredService<ILogger<InitialSyncService>>()));
        services.AddHostedService(sp => sp.GetRequiredService<InitialSyncService>());
        services.AddHostedService<DemoAutomations>();
        services.AddQualityJobs(builder.Configuration); // Automation:Quality, off unless enabled (src/LeanIX.Automation/Quality)

        services.AddAutomationHandler<CreateSubscriptionHandler>();
        services.AddAutomationHandler<FactSheetDeletionMailHandler>();
        services.AddAutomationHandler<SubscriptionDeletionMailHandler>();
        services.AddAutomationHandler<LinkFactSheetByFieldHandler>();
        services.AddAutomationHandler<LinkFactSheetBySubscriptionHandler>();
        return builder;
    }

    /// <summary>
    /// Maps the PUSH endpoint: basic auth compared in constant time (401), a LeanIX event body (400 with a message
    /// otherwise), at most <see cref="WebhookOptions.MaxBodyBytes"/> (413), stored in the inbox before the 200 answer.
    /// </summary>
    public static IEndpointConventionBuilder MapLeanIXWebhooks(this IEndpointRouteBuilder app, string path = "/webhooks/leanix")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var configured = app.ServiceProvider.GetRequiredService<IOptions<AutomationOptions>>().Value.Webhook.Path;
        if (!string.Equals(configured.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"The PUSH endpoint is mapped at '{path}' but Automation:Webhook:Path says '{configured}' (the subscription's target); make them agree.");
        return app.MapPost(path, WebhookEndpoint.Create(app.ServiceProvider)).DisableAntiforgery();
    }
}
