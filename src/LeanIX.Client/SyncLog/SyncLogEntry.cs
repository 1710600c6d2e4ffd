namespace LeanIX.Client.SyncLog;

/// <summary>
/// One run in the synchronization log (admin.md §2.2). Build one for <see cref="SyncLogClient.CreateEntryAsync"/>;
/// server-assigned members (<see cref="Id"/>, <see cref="CreatedAt"/> when left out) come back filled in.
/// Enumerations are the wire's strings (<see cref="SyncLogStatus"/>, <see cref="SyncLogProgress"/>).
/// </summary>
public sealed record SyncLogEntry
{
    /// <summary>The server-assigned id (a UUID).</summary>
    public string? Id { get; init; }

    /// <summary>The run's name, e.g. the connector or job.</summary>
    public string? Name { get; init; }

    /// <summary>What the run synchronises; the seed's default is "LeanIX Automation Platform".</summary>
    public string? Topic { get; init; }

    /// <summary><c>FULL_SYNC_JOB</c>, <c>FULL_SYNC_MANUAL</c>, <c>LEANIX_CHANGES</c>, <c>&lt;INTEGRATION&gt;_CHANGES</c> or free text.</summary>
    public string? Trigger { get; init; }

    /// <summary><c>FULL</c> or <c>PARTIAL</c>.</summary>
    public string? Scope { get; init; }

    /// <summary><c>OK</c>, <c>WARNING</c>, <c>ERROR</c> or <c>INFO</c>; leave it null to have it derived from the items (D46).</summary>
    public string? Status { get; init; }

    /// <summary>One of <see cref="SyncLogProgress"/> (D43).</summary>
    public string? Progress { get; init; }

    /// <summary>Free text shown with the run.</summary>
    public string? Message { get; init; }

    /// <summary>When the run started; the server's time when left out.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the run ended; set by the server when the progress becomes final and none was sent (D46).</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Counters, stored as sent (D46).</summary>
    public int Total { get; init; }

    /// <inheritdoc cref="Total"/>
    public int Processed { get; init; }

    /// <inheritdoc cref="Total"/>
    public int Warnings { get; init; }

    /// <inheritdoc cref="Total"/>
    public int Errors { get; init; }

    /// <inheritdoc cref="Total"/>
    public int Actions { get; init; }
}
