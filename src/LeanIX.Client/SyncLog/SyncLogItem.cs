namespace LeanIX.Client.SyncLog;

/// <summary>One item of a synchronization run (admin.md §2.2): what happened to one source/target pair.</summary>
public sealed record SyncLogItem
{
    /// <summary>The server-assigned id.</summary>
    public string? Id { get; init; }

    /// <summary>The run the item belongs to (set by the server).</summary>
    public string? SynchronizationId { get; init; }

    /// <summary><c>OK</c>, <c>WARNING</c>, <c>ERROR</c> or <c>INFO</c> (default OK).</summary>
    public string? Status { get; init; }

    /// <summary><c>CREATE</c>, <c>UPDATE</c>, <c>DELETE</c> or <c>NONE</c> (default NONE).</summary>
    public string? Action { get; init; }

    /// <summary>The id of the source object (in the system the run reads from).</summary>
    public string? SourceId { get; init; }
    /// <summary>The name of the source object.</summary>
    public string? SourceName { get; init; }
    /// <summary>The type of the source object.</summary>
    public string? SourceType { get; init; }
    /// <summary>The id of the target object (often a fact sheet id).</summary>
    public string? TargetId { get; init; }
    /// <summary>The name of the target object.</summary>
    public string? TargetName { get; init; }
    /// <summary>The type of the target object (often a fact sheet type).</summary>
    public string? TargetType { get; init; }

    /// <summary>Long text explaining the item.</summary>
    public string? Message { get; init; }

    /// <summary>Set by the server when the item is added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
