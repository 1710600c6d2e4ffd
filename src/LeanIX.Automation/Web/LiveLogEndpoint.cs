using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LeanIX.Automation.InitialSync;
using Microsoft.AspNetCore.Mvc;

namespace LeanIX.Automation.Web;

/// <summary>
/// <c>GET /automations/{id}/sync/log</c>: the live log of an automation's latest initial sync as server-sent events,
/// behind the menu's login. Events: <c>line</c> (a <see cref="LiveLogLine"/>, id = its index, so a reconnecting
/// EventSource sends Last-Event-ID and gets only what it missed), <c>status</c> (a <see cref="LiveSyncStatus"/>, at
/// most every <see cref="StatusInterval"/>) and, once the sync ended, <c>end</c> with the final status.
/// </summary>
internal static class LiveLogEndpoint
{
    public const string Pattern = "/automations/{id}/sync/log";

    private static readonly TimeSpan StatusInterval = TimeSpan.FromMilliseconds(500);

    public static string PathFor(string automationId) => $"/automations/{Uri.EscapeDataString(automationId)}/sync/log";

    public static IResult Stream(string id, HttpContext http, [FromServices] InitialSyncService sync, [FromServices] TimeProvider clock)
    {
        var resumeAfter = long.TryParse(http.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : -1;
        return TypedResults.ServerSentEvents(EventsAsync(id, resumeAfter, sync, clock, http.RequestAborted));
    }

    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(string id, long resumeAfter, InitialSyncService sync, TimeProvider clock,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = -1L;
        var lastStatus = clock.GetTimestamp();
        await foreach (var line in sync.StreamLogAsync(id, cancellationToken).ConfigureAwait(false))
        {
            if (++index <= resumeAfter) continue;
            var payload = JsonSerializer.Serialize(new LiveLogLine(line.At, line.Level.ToString(), line.Message), MenuJsonContext.Default.LiveLogLine);
            yield return new SseItem<string>(payload, "line") { EventId = index.ToString(CultureInfo.InvariantCulture) };
            if (clock.GetElapsedTime(lastStatus) >= StatusInterval)
            {
                lastStatus = clock.GetTimestamp();
                var running = await sync.GetStatusAsync(id, cancellationToken).ConfigureAwait(false);
                if (running is not null) yield return new SseItem<string>(StatusJson(running), "status");
            }
        }
        var final = await sync.GetStatusAsync(id, cancellationToken).ConfigureAwait(false);
        yield return new SseItem<string>(final is null ? "null" : StatusJson(final), "end");
    }

    private static string StatusJson(InitialSyncStatus status) => JsonSerializer.Serialize(
        new LiveSyncStatus(status.State.ToString(), status.Total, status.Processed, status.Failed, status.Percent, status.Error), MenuJsonContext.Default.LiveSyncStatus);
}
