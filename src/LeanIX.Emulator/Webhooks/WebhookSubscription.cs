using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// A webhook subscription (webhooks.md §2) plus the emulator's delivery state: the committed PULL
/// cursor (D27) and the next log offset PUSH delivers from (D32). Persisted as JSON by <see cref="WebhookStore"/>.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; }
    public required string Identifier { get; set; }
    public required string DeliveryType { get; set; }
    public List<List<string>> TagSets { get; set; } = [];
    public Guid WorkspaceId { get; set; }
    public Guid? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? TargetUrl { get; set; }
    public string? TargetMethod { get; set; }
    public string? AuthorizationHeader { get; set; }
    public string? Callback { get; set; }
    public bool IgnoreError { get; set; }
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;
    public string WorkspaceConstraint { get; set; } = WorkspaceConstraints.Workspace;
    public string? Visibility { get; set; }
    public string PayloadMode { get; set; } = PayloadModes.Default;
    public bool Active { get; set; } = true;

    // Delivery state, not taken from request bodies.
    public int? LastDeliveryStatus { get; set; }
    public int ErrorCount { get; set; }
    public DateTimeOffset? FirstTimeDeliveryFailed { get; set; }

    /// <summary>PULL: the committed cursor; the next read starts here (D27).</summary>
    public long CommittedOffset { get; set; }

    /// <summary>PUSH: the log offset from which the next event is delivered (D32: in order).</summary>
    public long PushOffset { get; set; }

    /// <summary>PUSH: no attempt before this time (retry backoff, D32).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>webhooks.md §4: 512 KiB.</summary>
    public const int DefaultMaxBatchSize = 512;

    [JsonIgnore]
    public bool IsPush => DeliveryType == DeliveryTypes.Push;

    [JsonIgnore]
    public IReadOnlyList<IReadOnlyList<string>> TagSetsView => TagSets;

    /// <summary>Does this subscription receive the event (tag sets and workspace constraint)?</summary>
    public bool Wants(WebhookEvent e) =>
        WorkspaceConstraint != WorkspaceConstraints.NoWorkspace && EventTags.Matches(TagSetsView, e.Tags);

    /// <summary>The wire object of webhooks.md §2.</summary>
    public JsonObject ToJson() => new()
    {
        ["id"] = Formats.Id(Id),
        ["identifier"] = Identifier,
        ["deliveryType"] = DeliveryType,
        ["tagSets"] = new JsonArray(TagSets.Select(s => (JsonNode?)new JsonArray(s.Select(t => (JsonNode?)t).ToArray())).ToArray()),
        ["workspaceId"] = Formats.Id(WorkspaceId),
        ["userId"] = UserId is { } u ? Formats.Id(u) : null,
        ["createdAt"] = Formats.Timestamp(CreatedAt),
        ["targetUrl"] = TargetUrl,
        ["targetMethod"] = TargetMethod,
        ["authorizationHeader"] = AuthorizationHeader,
        ["callback"] = Callback,
        ["lastDeliveryStatus"] = LastDeliveryStatus,
        ["ignoreError"] = IgnoreError,
        ["maxBatchSize"] = MaxBatchSize,
        ["workspaceConstraint"] = WorkspaceConstraint,
        ["visibility"] = Visibility,
        ["active"] = Active,
        ["errorCount"] = ErrorCount,
        ["firstTimeDeliveryFailed"] = FirstTimeDeliveryFailed is { } f ? Formats.Timestamp(f) : null,
        ["payloadMode"] = PayloadMode
    };
}
