using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LeanIX.Client.Events;

/// <summary>Reads webhook payloads into typed events and tells what they changed.</summary>
public static class LeanIXEvents
{
    private static readonly Dictionary<string, JsonTypeInfo> ByClassName = new(StringComparer.Ordinal)
    {
        ["FactSheetCreatedEvent"] = LeanIXEventsJsonContext.Default.FactSheetCreatedEvent,
        ["FactSheetUpdatedEvent"] = LeanIXEventsJsonContext.Default.FactSheetUpdatedEvent,
        ["FactSheetViewedEvent"] = LeanIXEventsJsonContext.Default.FactSheetViewedEvent,
        ["FactSheetArchivedEvent"] = LeanIXEventsJsonContext.Default.FactSheetArchivedEvent,
        ["FactSheetRecoveredEvent"] = LeanIXEventsJsonContext.Default.FactSheetRecoveredEvent,
        ["FactSheetDeletedEvent"] = LeanIXEventsJsonContext.Default.FactSheetDeletedEvent,
        ["FactSheetFieldUpdatedEvent"] = LeanIXEventsJsonContext.Default.FactSheetFieldUpdatedEvent,
        ["FactSheetTagAddedEvent"] = LeanIXEventsJsonContext.Default.FactSheetTagAddedEvent,
        ["FactSheetTagRemovedEvent"] = LeanIXEventsJsonContext.Default.FactSheetTagRemovedEvent,
        ["RelationCreatedEvent"] = LeanIXEventsJsonContext.Default.RelationCreatedEvent,
        ["RelationUpdatedEvent"] = LeanIXEventsJsonContext.Default.RelationUpdatedEvent,
        ["RelationArchivedEvent"] = LeanIXEventsJsonContext.Default.RelationArchivedEvent,
        ["RelationDeletedEvent"] = LeanIXEventsJsonContext.Default.RelationDeletedEvent,
        ["RelationSwitchEvent"] = LeanIXEventsJsonContext.Default.RelationSwitchEvent,
        ["SubscriptionCreatedEvent"] = LeanIXEventsJsonContext.Default.SubscriptionCreatedEvent,
        ["SubscriptionUpdatedEvent"] = LeanIXEventsJsonContext.Default.SubscriptionUpdatedEvent,
        ["SubscriptionDeletedEvent"] = LeanIXEventsJsonContext.Default.SubscriptionDeletedEvent,
        ["DocumentCreatedEvent"] = LeanIXEventsJsonContext.Default.DocumentCreatedEvent,
        ["DocumentUpdatedEvent"] = LeanIXEventsJsonContext.Default.DocumentUpdatedEvent,
        ["DocumentDeletedEvent"] = LeanIXEventsJsonContext.Default.DocumentDeletedEvent,
        ["CommentCreatedEvent"] = LeanIXEventsJsonContext.Default.CommentCreatedEvent,
        ["CommentReplyAddedEvent"] = LeanIXEventsJsonContext.Default.CommentReplyAddedEvent,
        ["CommentDeletedEvent"] = LeanIXEventsJsonContext.Default.CommentDeletedEvent,
    };

    /// <summary>
    /// Reads one payload. The model is picked by the payload's <c>type</c> (a class name for pathfinder events,
    /// <c>CONFIGURATION_*</c> for integration configurations, an integration kind for integration runs) or
    /// <c>tag</c> (automations). A WRAPPED_EVENT body (D31) is unwrapped to its payload; use
    /// <see cref="ParseWrapped(string)"/> to keep the wrapper. Unknown types come back as <see cref="UnknownEvent"/>.
    /// </summary>
    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public static LeanIXEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        return Parse(doc.RootElement);
    }

    /// <summary>Reads one payload that is already parsed; see <see cref="Parse(string)"/>.</summary>
    public static LeanIXEvent Parse(JsonElement payload)
    {
        if (payload.ValueKind == JsonValueKind.String)
            return Parse(payload.GetString()!); // PULL may carry the event JSON-encoded as a string (D27).
        if (payload.ValueKind != JsonValueKind.Object)
            throw new JsonException($"A webhook event must be a JSON object, not {payload.ValueKind}.");
        if (IsWrapped(payload))
            return Parse(payload.GetProperty("payload"));
        var type = StringOf(payload, "type");
        if (type is not null && ByClassName.TryGetValue(type, out var info))
            return (LeanIXEvent)payload.Deserialize(info)!;
        if (StringOf(payload, "tag") == "AUTOMATION_WEBHOOK_TAG")
            return payload.Deserialize(LeanIXEventsJsonContext.Default.AutomationTriggeredEvent)!;
        if (type?.StartsWith("CONFIGURATION_", StringComparison.Ordinal) == true)
            return payload.Deserialize(LeanIXEventsJsonContext.Default.IntegrationConfigurationEvent)!;
        // Integration runs carry the integration kind as type (webhooks.md §7), so recognise them by their members.
        if (payload.TryGetProperty("progress", out _) && (payload.TryGetProperty("synchronizationId", out _) || payload.TryGetProperty("connectorId", out _)))
            return payload.Deserialize(LeanIXEventsJsonContext.Default.IntegrationRunEvent)!;
        return new UnknownEvent
        {
            Type = type,
            Id = payload.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var n) ? n : null,
            Raw = payload.Clone()
        };
    }

    /// <summary>Reads a WRAPPED_EVENT body (webhooks.md §6, D31).</summary>
    /// <exception cref="JsonException">The body is not a wrapped event.</exception>
    public static WrappedEvent ParseWrapped(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        if (!IsWrapped(doc.RootElement))
            throw new JsonException("Not a wrapped webhook event: it needs a 'payload' object and a 'tags' array (payloadMode WRAPPED_EVENT).");
        return doc.RootElement.Deserialize(LeanIXEventsJsonContext.Default.WrappedEvent)!;
    }

    /// <summary>
    /// Which relations an event created, removed (deleted or archived) and updated, and which fact sheets it
    /// affects. A switch counts as one removal of the old relation end and one creation of the new (D30).
    /// </summary>
    public static EventInfo GetEventInfo(LeanIXEvent e) => EventInfo.Of(e);

    private static bool IsWrapped(JsonElement e) =>
        e.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object
        && e.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array;

    private static string? StringOf(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
