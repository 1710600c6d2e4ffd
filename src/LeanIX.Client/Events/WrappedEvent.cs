using System.Text.Json;

namespace LeanIX.Client.Events;

/// <summary>
/// The whole webhook <c>Event</c> as a subscription with <c>payloadMode: WRAPPED_EVENT</c> receives it
/// (webhooks.md §6, D31). <see cref="Payload"/> is what DEFAULT mode would deliver; read it with <see cref="ParsePayload"/>.
/// </summary>
public sealed record WrappedEvent
{
    /// <summary>The webhook event id (a UUID, unlike the numeric payload id; D31).</summary>
    public string? Id { get; init; }

    /// <summary>When the webhooks service recorded the event.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The event tag, e.g. <c>FACT_SHEET_CREATED</c> (D31).</summary>
    public string? Type { get; init; }

    /// <summary><c>EAM</c> for pathfinder events, <c>MTM</c> for workspace administration.</summary>
    public string? SourceName { get; init; }

    /// <summary>The payload id as a string (D31).</summary>
    public string? SourceId { get; init; }

    /// <summary>The instance base URL.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The workspace.</summary>
    public Guid? WorkspaceId { get; init; }

    /// <summary>The user who made the change.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The tags subscriptions match against, e.g. <c>["pathfinder", "FACT_SHEET_CREATED"]</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The payload's transaction sequence number (D31).</summary>
    public long? SequenceInfo { get; init; }

    /// <summary>The DEFAULT-mode payload as raw JSON.</summary>
    public JsonElement Payload { get; init; }

    /// <summary>The payload as a typed event.</summary>
    public LeanIXEvent ParsePayload() => LeanIXEvents.Parse(Payload);
}
