using System.Text;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// One entry of a workspace's event log. <see cref="Offset"/> is its position in the log (D27),
/// <see cref="Id"/> the global numeric event id (D6), <see cref="Payload"/> the DEFAULT-mode body
/// (the pathfinder event, as in fixtures/events). <see cref="WrapperId"/> is the UUID of the
/// WRAPPED_EVENT form (D31), fixed when the event is made so every delivery shows the same id.
/// </summary>
public sealed class WebhookEvent
{
    public long Offset { get; init; }
    public long Id { get; init; }
    public Guid WrapperId { get; init; }
    public required string Tag { get; init; }
    public required List<string> Tags { get; init; }
    public long? TransactionSequence { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid WorkspaceId { get; init; }
    public Guid? UserId { get; init; }
    public required JsonObject Payload { get; init; }

    private int? _size;

    /// <summary>UTF-8 size of the DEFAULT payload: what counts against <c>maxBatchSize</c> (D27).</summary>
    public int Size => _size ??= Encoding.UTF8.GetByteCount(Payload.ToJsonString());

    /// <summary>The body a subscriber receives in its <c>payloadMode</c> (webhooks.md §2, D31).</summary>
    public JsonNode Body(string payloadMode, string sourceUrl) => payloadMode switch
    {
        PayloadModes.NoPayload => new JsonObject(),
        PayloadModes.WrappedEvent => Wrapped(sourceUrl),
        _ => Payload.DeepClone()
    };

    /// <summary>D31: UUID id, tag as type, EAM source, sequenceInfo = transactionSequenceNumber.</summary>
    private JsonObject Wrapped(string sourceUrl) => new()
    {
        ["id"] = WrapperId.ToString("D"),
        ["createdAt"] = Payload["createdAt"]?.DeepClone(),
        ["type"] = Tag,
        ["sourceName"] = "EAM",
        ["sourceId"] = Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sourceUrl"] = sourceUrl,
        ["workspaceId"] = WorkspaceId.ToString("D"),
        ["userId"] = UserId?.ToString("D"),
        ["tags"] = new JsonArray(Tags.Select(t => (JsonNode?)t).ToArray()),
        ["payload"] = Payload.DeepClone(),
        ["sequenceInfo"] = TransactionSequence
    };

    public JsonObject ToStored() => new()
    {
        ["offset"] = Offset, ["id"] = Id, ["wrapperId"] = WrapperId.ToString("D"), ["tag"] = Tag,
        ["tags"] = new JsonArray(Tags.Select(t => (JsonNode?)t).ToArray()),
        ["transactionSequence"] = TransactionSequence, ["createdAt"] = CreatedAt.ToUnixTimeMilliseconds(),
        ["workspaceId"] = WorkspaceId.ToString("D"), ["userId"] = UserId?.ToString("D"), ["payload"] = Payload.DeepClone()
    };

    public static WebhookEvent FromStored(JsonObject o) => new()
    {
        Offset = (long)o["offset"]!, Id = (long)o["id"]!, WrapperId = Guid.Parse((string)o["wrapperId"]!),
        Tag = (string)o["tag"]!, Tags = o["tags"]!.AsArray().Select(t => (string)t!).ToList(),
        TransactionSequence = (long?)o["transactionSequence"],
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds((long)o["createdAt"]!),
        WorkspaceId = Guid.Parse((string)o["workspaceId"]!),
        UserId = o["userId"] is { } u ? Guid.Parse((string)u!) : null,
        Payload = o["payload"]!.AsObject().DeepClone().AsObject()
    };
}
