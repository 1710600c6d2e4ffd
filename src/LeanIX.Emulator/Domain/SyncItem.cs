namespace LeanIX.Emulator.Domain;

/// <summary>One item of a synchronization run (admin.md §2.2): what happened to one source/target pair.</summary>
public sealed class SyncItem : IEntity<SyncItem>
{
    public Guid Id { get; set; }
    public Guid SynchronizationId { get; set; }

    /// <summary>Position within its run, so items written in one batch (one timestamp) keep the order they were sent in.</summary>
    public long Ordinal { get; set; }

    /// <summary><c>OK</c>, <c>WARNING</c>, <c>ERROR</c> or <c>INFO</c>.</summary>
    public required string Status { get; set; }

    /// <summary><c>CREATE</c>, <c>UPDATE</c>, <c>DELETE</c> or <c>NONE</c>.</summary>
    public required string Action { get; set; }
    public string? SourceId { get; set; }
    public string? SourceName { get; set; }
    public string? SourceType { get; set; }
    public string? TargetId { get; set; }
    public string? TargetName { get; set; }
    public string? TargetType { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public SyncItem Clone() => (SyncItem)MemberwiseClone();
}
