using System.Collections.Concurrent;
using LeanIX.Emulator.Rest;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Makes the next requests under a path fail on purpose (a 500, a 503 with Retry-After, a dropped
/// connection), so clients can be tested against the faults real services show. Faults are queued
/// in-process by tests through <see cref="EmulatorHost.Faults"/>; nothing on the wire can queue them.
/// </summary>
public sealed class FaultInjector
{
    private readonly ConcurrentQueue<Fault> _faults = new();

    /// <summary>
    /// Answers the next <paramref name="count"/> requests whose path starts with <paramref name="pathPrefix"/> with <paramref name="status"/>.
    /// With <paramref name="echoRequest"/> the error message repeats the request body, as some services' validation errors
    /// do, so clients can prove they keep secrets out of their exceptions.
    /// </summary>
    public void FailNext(string pathPrefix, int status, int count = 1, TimeSpan? retryAfter = null, bool echoRequest = false)
    {
        for (var i = 0; i < count; i++) _faults.Enqueue(new Fault(pathPrefix, status, retryAfter, Abort: false, echoRequest));
    }

    /// <summary>Drops the connection of the next matching request without an answer.</summary>
    public void AbortNext(string pathPrefix) => _faults.Enqueue(new Fault(pathPrefix, 0, null, Abort: true, EchoRequest: false));

    /// <summary>Requests that reached the emulator, by path; tests count retries with it.</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    // A long-running emulator sees unboundedly many distinct paths (/factSheets/{id}…); past this many,
    // only paths already counted keep counting, so the tally cannot grow without end.
    private const int MaxDistinctPaths = 10_000;

    internal void Count(string path)
    {
        if (Hits.Count < MaxDistinctPaths || Hits.ContainsKey(path)) Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
    }

    internal Fault? Take(string path)
    {
        if (!_faults.TryPeek(out var next) || !path.StartsWith(next.PathPrefix, StringComparison.OrdinalIgnoreCase)) return null;
        return _faults.TryDequeue(out var taken) ? taken : null;
    }

    internal sealed record Fault(string PathPrefix, int Status, TimeSpan? RetryAfter, bool Abort, bool EchoRequest);
}

public static class FaultInjectionMiddleware
{
    public static WebApplication UseFaultInjection(this WebApplication app)
    {
        var faults = app.Services.GetRequiredService<FaultInjector>();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            faults.Count(path);
            var fault = faults.Take(path);
            if (fault is null)
            {
                await next(context);
                return;
            }
            if (fault.Abort)
            {
                context.Abort();
                return;
            }
            if (fault.RetryAfter is { } wait) context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
            var message = "Injected fault";
            if (fault.EchoRequest)
            {
                using var reader = new StreamReader(context.Request.Body);
                message += ": " + await reader.ReadToEndAsync(context.RequestAborted);
            }
            await Envelope.WriteErrorAsync(context, fault.Status, message, path);
        });
        return app;
    }
}
