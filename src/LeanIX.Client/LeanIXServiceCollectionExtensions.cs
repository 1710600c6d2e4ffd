using LeanIX.Client.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace LeanIX.Client;

/// <summary>Registers <see cref="LeanIXClient"/> with the options pattern and <c>IHttpClientFactory</c>.</summary>
public static class LeanIXServiceCollectionExtensions
{
    internal const string AuthClientName = "LeanIX.Auth";
    internal const string ApiClientName = "LeanIX.Api";

    /// <summary>
    /// Adds a singleton <see cref="LeanIXClient"/> configured through <c>IOptions&lt;LeanIXClientOptions&gt;</c>
    /// (this delegate, configuration binding, or both). Every request goes through one pipeline:
    /// retry (Microsoft.Extensions.Http.Resilience) → bearer token → client-side rate limit.
    /// A <see cref="TimeProvider"/> registered before this call is the client's clock.
    /// </summary>
    public static IServiceCollection AddLeanIX(this IServiceCollection services, Action<LeanIXClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<LeanIXClientOptions>();
        if (configure is not null) optionsBuilder.Configure(configure);
        return services.AddLeanIXServices();
    }

    /// <summary>The registration <c>new LeanIXClient(options)</c> builds on: the options object itself, nothing copied.</summary>
    internal static IServiceCollection AddLeanIX(this IServiceCollection services, LeanIXClientOptions options)
    {
        options.Validate(); // new LeanIXClient(options) fails in its constructor, not at the first request

        services.AddSingleton<IOptions<LeanIXClientOptions>>(Options.Create(options));
        return services.AddLeanIXServices();
    }

    private static IServiceCollection AddLeanIXServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ResolvedOptions(sp.GetRequiredService<IOptions<LeanIXClientOptions>>().Value.Resolve()));
        services.TryAddSingleton(sp => new AccessTokenProvider(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(AuthClientName),
            sp.GetRequiredService<ResolvedOptions>().Value,
            sp.GetRequiredService<TimeProvider>(),
            LoggerFactoryOf(sp).CreateLogger("LeanIX.Client.Authentication")));
        services.TryAddSingleton(sp => new RateLimiterHolder(ClientRateLimitHandler.Create(sp.GetRequiredService<ResolvedOptions>().Value.RequestsPerMinute)));

        services.AddHttpClient(AuthClientName, ConfigureClient)
            .AddResilienceHandler("leanix-auth", (pipeline, context) => AddStrategies(pipeline, context.ServiceProvider));
        var api = services.AddHttpClient(ApiClientName, ConfigureClient);
        // Outermost first: each retry attempt gets a current token and passes the rate limiter again.
        api.AddResilienceHandler("leanix-api", (pipeline, context) => AddStrategies(pipeline, context.ServiceProvider));
        api.AddHttpMessageHandler(sp => new BearerTokenHandler(sp.GetRequiredService<AccessTokenProvider>()));
        api.AddHttpMessageHandler(sp => new ClientRateLimitHandler(sp.GetRequiredService<RateLimiterHolder>().Limiter));

        services.TryAddSingleton(sp => new LeanIXConnection(
            sp.GetRequiredService<ResolvedOptions>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ApiClientName),
            sp.GetRequiredService<AccessTokenProvider>(),
            sp.GetRequiredService<TimeProvider>(),
            LoggerFactoryOf(sp).CreateLogger<LeanIXConnection>()));
        services.TryAddSingleton(sp => new LeanIXClient(sp.GetRequiredService<LeanIXConnection>(), ownedServices: null));
        return services;
    }

    private static void ConfigureClient(IServiceProvider sp, HttpClient client)
    {
        var options = sp.GetRequiredService<ResolvedOptions>().Value;
        client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    private static void AddStrategies(Polly.ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider sp)
    {
        var options = sp.GetRequiredService<ResolvedOptions>().Value;
        if (RetryPolicy.IsEnabled(options)) pipeline.AddRetry(RetryPolicy.Create(options));
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.Timeout });
    }

    private static ILoggerFactory LoggerFactoryOf(IServiceProvider sp) => sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;

    internal sealed record ResolvedOptions(LeanIXClientOptions Value);

    internal sealed record RateLimiterHolder(System.Threading.RateLimiting.RateLimiter? Limiter);
}
