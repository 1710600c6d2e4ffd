using LeanIX.Automation.Handlers;

namespace LeanIX.Automation.Hosting;

/// <summary>
/// What keeps <c>Program.cs</c> short: <c>builder.AddLeanIXAutomation()</c> registers the platform (options, database,
/// workspace connection, intake, workers, initial sync, built-in handlers); <c>app.MapLeanIXWebhooks("/webhooks/leanix")</c>
/// maps the PUSH endpoint and <c>app.MapInitialSyncStream()</c> the live log of initial syncs.
/// </summary>
public static class AutomationHostBuilderExtensions
{
    /// <summary>Registers the automation platform. Settings come from the <c>Automation</c> section (<see cref="AutomationOptions"/>).</summary>
    public static WebApplicationBuilder AddLeanIXAutomation(this WebApplicationBuilder builder, Action<AutomationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<AutomationOptions>().Bind(builder.Configuration.GetSection(AutomationOptions.Section));
        if (configure is not null) options.Configure(configure);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<HandlerRegistry>();
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
        return app.MapPost(path, () => Results.StatusCode(StatusCodes.Status501NotImplemented)); // slice 2
    }

    /// <summary>Maps <c>GET /automations/{id}/sync/stream</c>: an initial sync's live log as server-sent events.</summary>
    public static IEndpointConventionBuilder MapInitialSyncStream(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapGet("/automations/{id}/sync/stream", () => Results.StatusCode(StatusCodes.Status501NotImplemented)); // slice 5
    }
}
