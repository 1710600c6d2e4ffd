using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Domain;

/// <summary>
/// One entry of the workspace's change log, written in the same transaction as the change.
/// <see cref="EventType"/> uses the webhook event names (D28) so that webhook events and
/// <c>allLogEvents</c> are derived from it. <see cref="Sequence"/> is the workspace-wide order.
/// </summary>
public sealed class ChangeRecord
{
    public long Sequence { get; set; }
    public long TransactionSequence { get; set; }
    public required string EventType { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public Guid? FactSheetId { get; set; }
    public string? Path { get; set; }
    public JsonNode? OldValue { get; set; }
    public JsonNode? NewValue { get; set; }
    public string? Message { get; set; }
    public Guid? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
