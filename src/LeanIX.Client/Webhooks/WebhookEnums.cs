using System.Text.Json.Serialization;

namespace LeanIX.Client.Webhooks;

/// <summary>How a subscription delivers events (webhooks.md §2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WebhookDeliveryType>))]
public enum WebhookDeliveryType
{
    /// <summary>LeanIX POSTs each event to <c>targetUrl</c> (webhooks.md §5).</summary>
    [JsonStringEnumMemberName("PUSH")] Push,

    /// <summary>The client reads events and advances a cursor (webhooks.md §4).</summary>
    [JsonStringEnumMemberName("PULL")] Pull
}

/// <summary>What a PUSH delivery's body holds (webhooks.md §2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WebhookPayloadMode>))]
public enum WebhookPayloadMode
{
    /// <summary>Only the event's <c>payload</c>.</summary>
    [JsonStringEnumMemberName("DEFAULT")] Default,

    /// <summary>The whole webhook <c>Event</c> (webhooks.md §6, D31).</summary>
    [JsonStringEnumMemberName("WRAPPED_EVENT")] WrappedEvent,

    /// <summary>An empty object <c>{}</c>.</summary>
    [JsonStringEnumMemberName("NO_PAYLOAD")] NoPayload
}

/// <summary>Which events a subscription sees with respect to workspaces (<c>workspaceConstraint</c>, webhooks.md §2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WebhookWorkspaceConstraint>))]
public enum WebhookWorkspaceConstraint
{
    /// <summary>Events of the subscription's workspace only.</summary>
    [JsonStringEnumMemberName("WORKSPACE")] Workspace,

    /// <summary>Events not bound to a workspace (e.g. MTM).</summary>
    [JsonStringEnumMemberName("NO_WORKSPACE")] NoWorkspace,

    /// <summary>Both.</summary>
    [JsonStringEnumMemberName("ANY")] Any
}
