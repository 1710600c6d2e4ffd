namespace LeanIX.Emulator.Hosting;

/// <summary>
/// The service model's size cost (<see cref="EmulatorOptions.BandwidthKbps"/>): every response body is
/// paced at that rate, per request, so concurrent requests each get the full rate — a remote service that
/// works on requests in parallel, whose answer takes longer the bigger it is. Runs after the simulated
/// latency, so a response costs latency + size / rate. The pace is counted from when the request gets here,
/// so the emulator's own work overlaps the modelled transfer instead of adding to it.
/// </summary>
public sealed class BandwidthMiddleware(RequestDelegate next, EmulatorOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Read per request: the options object may be adjusted while the emulator runs (tests).
        var kbps = options.BandwidthKbps;
        if (kbps <= 0)
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        // Wall clock, like the latency: it models the wire, which a test clock (token expiry, rate windows)
        // must not be able to skip or stall. PacedStream itself takes any TimeProvider (its schedule is unit-tested).
        context.Response.Body = new PacedStream(original, kbps * 1024L, TimeProvider.System);
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // the client went away mid-body; nothing to answer
        }
        finally
        {
            context.Response.Body = original;
        }
    }
}
