using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeanIX.Automation.InitialSync;

/// <summary>
/// <c>GET /automations/{id}/sync/stream</c>: the live log of the automation's latest initial sync as server-sent events.
/// Each line is an event <c>line</c> with JSON data <c>{"at","level","message"}</c>; when the sync ends, an event
/// <c>end</c> carries its status. Browsers read it with <c>new EventSource(url)</c>.
/// </summary>
internal static class SyncStreamEndpoint
{
    public static async Task HandleAsync(HttpContext http, string id, InitialSyncService syncs, CancellationToken cancellationToken)
    {
        if (await syncs.GetStatusAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync($"The automation '{id}' has no initial sync.", cancellationToken).ConfigureAwait(false);
            return;
        }
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var line in syncs.StreamLogAsync(id, cancellationToken).ConfigureAwait(false))
            {
                var data = JsonSerializer.Serialize(new StreamLine(line.At, line.Level.ToString(), line.Message), SyncStreamJsonContext.Default.StreamLine);
                await http.Response.WriteAsync($"event: line\ndata: {data}\n\n", cancellationToken).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            var status = await syncs.GetStatusAsync(id, cancellationToken).ConfigureAwait(false);
            var end = JsonSerializer.Serialize(new StreamEnd(status?.State.ToString() ?? "Unknown", status?.Processed ?? 0, status?.Total ?? 0, status?.Failed ?? 0), SyncStreamJsonContext.Default.StreamEnd);
            await http.Response.WriteAsync($"event: end\ndata: {end}\n\n", cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The browser went away.
        }
    }
}

internal sealed record StreamLine(DateTimeOffset At, string Level, string Message);

internal sealed record StreamEnd(string State, int Processed, int Total, int Failed);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StreamLine))]
[JsonSerializable(typeof(StreamEnd))]
internal sealed partial class SyncStreamJsonContext : JsonSerializerContext;
