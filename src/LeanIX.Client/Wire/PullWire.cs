using System.Text.Json;

namespace LeanIX.Client.Wire;

/// <summary>A PULL batch (webhooks.md §4, D27).</summary>
internal sealed record PullResultWire(List<PullEntryWire?>? Events, PullCursorWire? NextCursor);

/// <summary>One entry: its log position and the event (an object in the docs, a JSON string in the generated client).</summary>
internal sealed record PullEntryWire(PullCursorWire? Cursor, JsonElement? Event);

/// <summary>A log position.</summary>
internal sealed record PullCursorWire(long? Offset);
