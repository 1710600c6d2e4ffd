namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Simulated service behaviour around the endpoints: latency, bandwidth and the per-user rate limit
/// (rest-other.md §2 "Rate limits", D36). EmulatorApp orders them latency → bandwidth → bearer auth →
/// rate limit → endpoints, so the limiter already knows the principal and every body (429s too) is paced.
/// </summary>
public static class ServiceBehaviour
{
    /// <summary>Delays every response by <see cref="EmulatorOptions.LatencyMs"/> (0 = none).</summary>
    public static WebApplication UseSimulatedLatency(this WebApplication app)
    {
        app.UseMiddleware<SimulatedLatencyMiddleware>();
        return app;
    }

    /// <summary>Paces every response body at <see cref="EmulatorOptions.BandwidthKbps"/> per request (0 = none).</summary>
    public static WebApplication UseSimulatedBandwidth(this WebApplication app)
    {
        app.UseMiddleware<BandwidthMiddleware>();
        return app;
    }

    /// <summary>429 + <c>Retry-After</c> beyond <see cref="EmulatorOptions.RateLimitPerMinute"/> per user (0 = off).</summary>
    public static WebApplication UseRateLimiting(this WebApplication app)
    {
        app.UseMiddleware<RateLimitMiddleware>();
        return app;
    }
}
