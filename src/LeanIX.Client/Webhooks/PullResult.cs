using System.Text.Json;
using LeanIX.Client.Wire;
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
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var data = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : root;
        return From(data.Deserialize(LeanIXJsonContext.Default.PullResultWire) ?? throw new JsonException("Empty PullResult."));
    }

    internal static PullResult From(PullResultWire batch)
    {
        var events = new List<PullEvent>();
        foreach (var entry in batch.Events ?? [])
        {
            if (entry is null) continue;
            var raw = entry.Event ?? throw new JsonException("A PULL entry has no 'event'.");
            // The generated client types 'event' as a JSON string, the docs show an object; accept both (D27).
            var text = raw.ValueKind == JsonValueKind.String ? raw.GetString()! : raw.GetRawText();
            events.Add(new PullEvent(entry.Cursor?.Offset ?? throw new JsonException("A PULL entry has no cursor offset."), LeanIXEvents.Parse(text)));
        }
        var next = batch.NextCursor?.Offset ?? (events.Count > 0 ? events[^1].Offset + 1 : 0);
        return new PullResult { Events = events, NextCursor = next };
    }
}

/// <summary>One event of a PULL batch with its own log position.</summary>
/// <param name="Offset">The event's position in the log (<c>cursor.offset</c>).</param>
/// <param name="Event">The typed event.</param>
public sealed record PullEvent(long Offset, LeanIXEvent Event);
