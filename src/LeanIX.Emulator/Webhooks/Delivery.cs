using System.Text.Json.Nodes;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// One PUSH attempt (webhooks.md §5 <c>Delivery</c>, D32: every attempt is logged). <c>status</c> is
/// the emulator's summary (SUCCESS, FAILED, or IGNORED_FAILURE when <c>ignoreError</c> moved on);
/// <c>httpStatus</c> is 0 when no answer came (connection refused, timeout).
/// </summary>
public sealed class Delivery
{
    /// <summary>The longest response body kept (an excerpt, not the whole answer).</summary>
    public const int ResponseExcerptLength = 1000;

    public Guid Id { get; set; }
    public Guid SubscriptionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long EventId { get; set; }
    public long EventOffset { get; set; }
    public required string Status { get; set; }
    public bool Success { get; set; }
    public int HttpStatus { get; set; }
    public long Duration { get; set; }
    public long EventProcessingTime { get; set; }
    public string? TargetUrl { get; set; }
    public string? TargetMethod { get; set; }
    public bool BasicAuth { get; set; }
    public string? Payload { get; set; }
    public string? ResponseBody { get; set; }
    public Dictionary<string, string> ResponseHeaders { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string? Error { get; set; }
    public bool Active { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Formats.Id(Id),
        ["subscriptionId"] = Formats.Id(SubscriptionId),
        ["createdAt"] = Formats.Timestamp(CreatedAt),
        ["eventId"] = EventId,
        ["status"] = Status,
        ["success"] = Success,
        ["httpStatus"] = HttpStatus,
        ["duration"] = Duration,
        ["eventProcessingTime"] = EventProcessingTime,
        ["targetUrl"] = TargetUrl,
        ["targetMethod"] = TargetMethod,
        ["basicAuth"] = BasicAuth,
        // The Authorization value is a credential: the log only says whether one was sent.
        ["requestHeaders"] = new JsonObject { ["Content-Type"] = "application/json" },
        ["payload"] = Payload,
        ["responseBody"] = ResponseBody,
        ["responseHeaders"] = new JsonObject(ResponseHeaders.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
        ["error"] = Error,
        ["active"] = Active
    };
}
