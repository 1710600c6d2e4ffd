namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Holds every request for <see cref="EmulatorOptions.LatencyMs"/> before it is handled, so
/// clients can be tested against a slow service. The delay is wall-clock time on purpose: a test
/// clock (TimeProvider) controls token expiry and rate windows, not how long a socket waits.
/// </summary>
public sealed class SimulatedLatencyMiddleware(RequestDelegate next, EmulatorOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Read per request: the options object may be adjusted while the emulator runs (tests).
        var latency = options.LatencyMs;
        if (latency > 0)
        {
            try
            {
                // A wall-clock wait on purpose (like the bandwidth pacing): it models socket latency,
                // which a fake TimeProvider must not be able to skip or stall.
                await Task.Delay(latency, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return; // the client went away; nothing to answer
            }
        }
        await next(context);
    }
}
