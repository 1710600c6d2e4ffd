namespace LeanIX.Automation.Inbox;

/// <summary>
/// The durable event inbox. Intake appends before it answers; workers claim with a lease held in the database (not in
/// process memory), so a crashed worker's events come back when the lease runs out and several hosts could share one
/// database. Claims give at most one event per fact sheet at a time, the oldest first (order per fact sheet).
/// SQLite is the embedded default (<c>Storage.SqliteEventInbox</c>); the SQL is written so PostgreSQL's
/// <c>FOR UPDATE SKIP LOCKED</c> fits the claim later.
/// </summary>
public interface IEventInbox
{
    /// <summary>
    /// Stores events durably (committed before it returns). An event whose <see cref="IncomingEvent.DedupKey"/> is already in the
    /// inbox is not stored twice (a redelivery). Answers how many were new.
    /// </summary>
    Task<int> AppendAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> events for <paramref name="owner"/> for <paramref name="lease"/>: pending events whose
    /// retry time has come, or in-flight ones whose lease ran out, and only the oldest unfinished one of each fact sheet.
    /// </summary>
    Task<IReadOnlyList<InboxEvent>> ClaimAsync(string owner, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed event done; false when <paramref name="owner"/> no longer holds its lease.</summary>
    Task<bool> CompleteAsync(long sequence, string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed attempt: back to pending after a backoff that grows with the attempts, or to the dead letters after
    /// the configured number of tries. False when <paramref name="owner"/> no longer holds the lease.
    /// </summary>
    Task<bool> FailAsync(long sequence, string owner, string error, CancellationToken cancellationToken = default);

    /// <summary>The dead letters, newest first.</summary>
    Task<IReadOnlyList<InboxEvent>> DeadLettersAsync(int max = 100, CancellationToken cancellationToken = default);

    /// <summary>Puts a dead letter back to pending with fresh attempts; false when it is not a dead letter.</summary>
    Task<bool> ReplayAsync(long sequence, CancellationToken cancellationToken = default);

    /// <summary>Replays every dead letter; answers how many.</summary>
    Task<int> ReplayAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Pending, in-flight and dead-letter counts.</summary>
    Task<InboxCounts> CountsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The idempotency key of (event, automation): true when the automation already applied this event, so a retry, a
    /// replay or a restart after a crash skips it.
    /// </summary>
    Task<bool> IsAppliedAsync(long sequence, string automationId, CancellationToken cancellationToken = default);

    /// <summary>Records that the automation applied this event (the idempotency key). Idempotent.</summary>
    Task MarkAppliedAsync(long sequence, string automationId, CancellationToken cancellationToken = default);
}
