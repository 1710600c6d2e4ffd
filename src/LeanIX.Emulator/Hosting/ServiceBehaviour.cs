namespace LeanIX.Emulator.Hosting;

// STUB: owned by the auth helper (latency and rate limit middleware).
public static class ServiceBehaviour
{
    public static WebApplication UseSimulatedLatency(this WebApplication app) => app;
    public static WebApplication UseRateLimiting(this WebApplication app) => app;
}
