using System.Text.Json;

namespace LeanIX.Client.Webhooks;

/// <summary>One PUSH delivery attempt from a subscription's delivery log (webhooks.md §5, D32).</summary>
public sealed record Delivery
{
    /// <summary>The delivery id.</summary>
    public string? Id { get; init; }

    /// <summary>The subscription the delivery belongs to.</summary>
    public Guid? SubscriptionId { get; init; }

    /// <summary>SUCCESS, FAILED or IGNORED_FAILURE (a failure not retried because of <c>ignoreError</c>).</summary>
    public string? Status { get; init; }

    /// <summary>Why the attempt failed when no HTTP answer came (timeout, connection refused).</summary>
    public string? Error { get; init; }

    /// <summary>When the attempt was made.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The request headers sent (raw JSON).</summary>
    public JsonElement? RequestHeaders { get; init; }

    /// <summary>The body sent (raw JSON).</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>The target URL.</summary>
    public string? TargetUrl { get; init; }

    /// <summary>The HTTP method.</summary>
    public string? TargetMethod { get; init; }

    /// <summary>Basic-auth information as the service reports it (raw JSON; shape not pinned down).</summary>
    public JsonElement? BasicAuth { get; init; }

    /// <summary>Whether the target answered 2xx.</summary>
    public bool Success { get; init; }

    /// <summary>The target's HTTP status (0 = no answer).</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The target's response body.</summary>
    public string? ResponseBody { get; init; }

    /// <summary>The target's response headers (raw JSON).</summary>
    public JsonElement? ResponseHeaders { get; init; }

    /// <summary>Whether the subscription was active.</summary>
    public bool? Active { get; init; }

    /// <summary>Round trip in milliseconds.</summary>
    public long? Duration { get; init; }

    /// <summary>Time from event to delivery in milliseconds.</summary>
    public long? EventProcessingTime { get; init; }

    /// <summary>The delivered event's id (raw JSON: a number for payload ids, a string for wrapped ids).</summary>
    public JsonElement? EventId { get; init; }
}
