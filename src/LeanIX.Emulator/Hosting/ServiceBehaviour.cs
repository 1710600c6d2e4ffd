namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Simulated service behaviour around the endpoints: latency and the per-user rate limit
/// (rest-other.md §2 "Rate limits", D36). EmulatorApp orders them latency → bearer auth →
/// rate limit → endpoints, so the limiter already knows the principal.
/// </summary>
public static class ServiceBehaviour
{
    /// <summary>Delays every response by <see cref="EmulatorOptions.LatencyMs"/> (0 = none).</summary>
    public static WebApplication UseSimulatedLatency(this WebApplication app)
    {
        app.UseMiddleware<SimulatedLatencyMiddleware>();
        return app;
    }

    /// <summary>429 + <c>Retry-After</c> beyond <see cref="EmulatorOptions.RateLimitPerMinute"/> per user (0 = off).</summary>
    public static WebApplication UseRateLimiting(this WebApplication app)
    {
        app.UseMiddleware<RateLimitMiddleware>();
        return app;
    }
}
