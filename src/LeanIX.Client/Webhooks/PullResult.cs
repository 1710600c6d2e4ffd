using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Events;

namespace LeanIX.Client.Webhooks;

/// <summary>
/// One PULL batch (webhooks.md §4, D27). Offsets are positions in a per-workspace log and may have gaps; commit
/// <see cref="NextCursor"/> with <see cref="WebhooksClient.AdvanceCursorAsync"/> once the batch is processed,
/// or the same batch comes again (at-least-once).
/// </summary>
public sealed record PullResult
{
    /// <summary>The events of the batch, in log order; empty when nothing new arrived within the timeout.</summary>
    public IReadOnlyList<PullEvent> Events { get; init; } = [];

    /// <summary>Where the next read should start: 1 + the last log position scanned (D27).</summary>
    public long NextCursor { get; init; }

    /// <summary>Reads the <c>PullResult</c> envelope (or its <c>data</c>) as the service answers it.</summary>
    /// <exception cref="JsonException">The text is not a PullResult.</exception>
    public static PullResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return From(JsonNode.Parse(json) ?? throw new JsonException("Empty PullResult."));
    }

    internal static PullResult From(JsonNode node)
    {
        var data = node["data"] is JsonObject d ? d : node;
        var events = new List<PullEvent>();
        foreach (var item in data["events"] as JsonArray ?? [])
        {
            if (item is null) continue;
            var raw = item["event"] ?? throw new JsonException("A PULL entry has no 'event'.");
            // The generated client types 'event' as a JSON string, the docs show an object; accept both (D27).
            var text = raw is JsonValue v && v.TryGetValue<string>(out var s) ? s : raw.ToJsonString();
            events.Add(new PullEvent(OffsetOf(item["cursor"]) ?? throw new JsonException("A PULL entry has no cursor offset."), LeanIXEvents.Parse(text)));
        }
        var next = OffsetOf(data["nextCursor"]) ?? (events.Count > 0 ? events[^1].Offset + 1 : 0);
        return new PullResult { Events = events, NextCursor = next };
    }

    private static long? OffsetOf(JsonNode? cursor) =>
        cursor?["offset"] is JsonValue o && o.TryGetValue<long>(out var n) ? n : null;
}

/// <summary>One event of a PULL batch with its own log position.</summary>
/// <param name="Offset">The event's position in the log (<c>cursor.offset</c>).</param>
/// <param name="Event">The typed event.</param>
public sealed record PullEvent(long Offset, LeanIXEvent Event);
