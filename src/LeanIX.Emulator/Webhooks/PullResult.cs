using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// One PULL batch (D27, fixtures/events/_pull-result-envelope.json): each event with its own cursor,
/// and <c>nextCursor</c> = 1 + the last log position scanned (the committed cursor when empty).
/// </summary>
public sealed record PullResult(IReadOnlyList<WebhookEvent> Events, long NextOffset, string PayloadMode)
{
    public JsonObject ToJson(string sourceUrl) => new()
    {
        ["events"] = new JsonArray(Events.Select(e => (JsonNode?)new JsonObject
        {
            ["cursor"] = new JsonObject { ["offset"] = e.Offset },
            ["event"] = e.Body(PayloadMode, sourceUrl)
        }).ToArray()),
        ["nextCursor"] = new JsonObject { ["offset"] = NextOffset }
    };
}
