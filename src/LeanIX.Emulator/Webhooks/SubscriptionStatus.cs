using System.Text.Json.Nodes;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// <c>GET /subscriptions/{id}/status</c> (2026 spec only; members are the emulator's plausible choice):
/// whether it is active, the last delivery outcome, consecutive errors and events still pending
/// (not yet pushed, or after the committed PULL cursor).
/// </summary>
public sealed record SubscriptionStatus(
    Guid Id, string Identifier, string DeliveryType, bool Active, int? LastDeliveryStatus, int ErrorCount,
    DateTimeOffset? FirstTimeDeliveryFailed, int PendingEvents, long CommittedOffset, long EndOffset, DateTimeOffset? NextAttemptAt)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Formats.Id(Id),
        ["identifier"] = Identifier,
        ["deliveryType"] = DeliveryType,
        ["active"] = Active,
        ["lastDeliveryStatus"] = LastDeliveryStatus,
        ["errorCount"] = ErrorCount,
        ["firstTimeDeliveryFailed"] = FirstTimeDeliveryFailed is { } f ? Formats.Timestamp(f) : null,
        ["pendingEvents"] = PendingEvents,
        ["cursor"] = new JsonObject { ["offset"] = CommittedOffset },
        ["endOfLog"] = new JsonObject { ["offset"] = EndOffset },
        ["nextAttemptAt"] = NextAttemptAt is { } n ? Formats.Timestamp(n) : null
    };
}
