using System.Diagnostics;
using System.Threading.Channels;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using LeanIX.Automation.Processing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Storage;

/// <summary>
/// The inbox in SQLite. Appends are group-committed: concurrent deliveries queue, and one writer stores everything
/// queued in one transaction, so 200 concurrent deliveries share a few commits instead of waiting for 200 in a row; each
/// caller's task completes only after the commit holding its events. Claims, leases and idempotency keys are rows, so
/// a killed process loses nothing and a second host on the same database would see the same claims.
/// </summary>
/// <remarks>
/// An event is stored as <c>received</c>, outside the per-fact-sheet order index: its key (the fact sheet id) is random,
/// so indexing it at intake would touch a different index page per event and every durable commit would write and fsync
/// ~5 KB per event instead of ~1 KB. Claims first promote the oldest received events to <c>pending</c> (off the
/// intake's path, on a connection that does not fsync each commit), always a prefix in <c>seq</c> order, so every
/// received event is newer than every pending one and the order check over pending and in-flight events stays exact.
/// </remarks>
public sealed class SqliteEventInbox : IEventInbox, IAsyncDisposable
{
    private readonly AutomationDatabase _database;
    private readonly TimeProvider _clock;
    private readonly ProcessingOptions _options;
    private readonly Channel<PendingAppend> _appends = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _writerStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly InboxSignal _signal;

    /// <summary>Creates the inbox over <paramref name="database"/>; <paramref name="signal"/> wakes workers after each commit.</summary>
    public SqliteEventInbox(AutomationDatabase database, TimeProvider clock, IOptions<AutomationOptions> options, InboxSignal signal)
    {
        _database = database;
        _clock = clock;
        _options = options.Value.Processing;
        _signal = signal;
        // A thread of its own: a commit waits for the disk (fsync, synchronous=FULL), and on a 2-core machine a thread-pool
        // thread blocked there would leave one thread to answer every request while the pool slowly grows.
        new Thread(WriteLoop) { IsBackground = true, Name = "inbox group commit" }.Start();
    }

    /// <inheritdoc/>
    public async Task<int> AppendAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0) return 0;
        var pending = new PendingAppend(events);
        if (!_appends.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SqliteEventInbox));
        // The caller may give up waiting, but the write itself is not abandoned half-way: it commits or fails as a whole.
        return cancellationToken.CanBeCanceled
            ? await pending.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false)
            : await pending.Done.Task.ConfigureAwait(false);
    }

    private void WriteLoop()
    {
        var batch = new List<PendingAppend>();
        try
        {
            while (_appends.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                // Everything queued while the previous commit waited for the disk goes into this one transaction.
                batch.Clear();
                while (batch.Count < 1000 && _appends.Reader.TryRead(out var next)) batch.Add(next);
                try
                {
                    var counts = Insert(batch);
                    var committed = Stopwatch.GetTimestamp();
                    InboxMetrics.GroupSize.Record(batch.Count);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (InboxMetrics.AppendWait.Enabled) InboxMetrics.AppendWait.Record(Stopwatch.GetElapsedTime(batch[i].Enqueued, committed).TotalMilliseconds);
                        batch[i].Done.TrySetResult(counts[i]);
                    }
                    _signal.Notify();
                }
                catch (Exception e)
                {
                    foreach (var p in batch) p.Done.TrySetException(e);
                }
            }
        }
        finally
        {
            _writerStopped.TrySetResult();
        }
    }

    private int[] Insert(List<PendingAppend> batch)
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var turn = _database.EnterWriteAsync().GetAwaiter().GetResult();
        using var connection = _database.OpenAsync(durable: true).GetAwaiter().GetResult();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO inbox_events (dedup_key, event_type, fact_sheet_id, order_key, body, source, state, available_at, received_at)
            VALUES ($dedup, $type, $fs, $order, $body, $source, 'received', $now, $now)
            ON CONFLICT (dedup_key) DO NOTHING
            """;
        var dedup = insert.Parameters.Add("$dedup", SqliteType.Text);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var fs = insert.Parameters.Add("$fs", SqliteType.Text);
        var order = insert.Parameters.Add("$order", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var source = insert.Parameters.Add("$source", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", now);
        insert.Prepare();
        var counts = new int[batch.Count];
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < batch.Count; i++)
        {
            foreach (var e in batch[i].Events)
            {
                dedup.Value = e.DedupKey;
                type.Value = (object?)e.EventType ?? DBNull.Value;
                fs.Value = e.FactSheetId is { } id ? id.ToString() : DBNull.Value;
                // Events about no fact sheet have no order to keep: each is its own order key.
                order.Value = e.FactSheetId is { } f ? "fs:" + f : "event:" + e.DedupKey;
                body.Value = e.Body;
                source.Value = e.Source;
                counts[i] += insert.ExecuteNonQuery();
            }
        }
        var inserted = Stopwatch.GetTimestamp();
        transaction.Commit(); // synchronous=FULL on this connection: on disk when this returns
        _database.Wrote(counts.Sum());
        InboxMetrics.InsertDuration.Record(Stopwatch.GetElapsedTime(started, inserted).TotalMilliseconds);
        InboxMetrics.CommitDuration.Record(Stopwatch.GetElapsedTime(inserted).TotalMilliseconds);
        return counts;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<InboxEvent>> ClaimAsync(string owner, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var turn = await _database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await PromoteReceivedAsync(connection, Math.Max(PromoteBatch, max), cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // Candidates: pending and due, or in flight with a lapsed lease; and no earlier unfinished event of the same fact
        // sheet (order per fact sheet). One statement, so the claim is atomic. PostgreSQL: the inner SELECT becomes
        // "… ORDER BY seq LIMIT $max FOR UPDATE SKIP LOCKED" and concurrent hosts skip each other's rows.
        command.CommandText = """
            UPDATE inbox_events
               SET state = 'in_flight', lease_owner = $owner, lease_until = $until, attempts = attempts + 1
             WHERE seq IN (
                   SELECT e.seq FROM inbox_events e
                    WHERE ((e.state = 'pending' AND e.available_at <= $now) OR (e.state = 'in_flight' AND e.lease_until < $now))
                      AND NOT EXISTS (SELECT 1 FROM inbox_events p
                                       WHERE p.order_key = e.order_key AND p.seq < e.seq AND p.state IN ('pending', 'in_flight'))
                    ORDER BY e.seq
                    LIMIT $max)
            RETURNING seq, dedup_key, event_type, fact_sheet_id, body, source, state, attempts, last_error, received_at
            """;
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$until", now + (long)lease.TotalMilliseconds);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$max", max);
        var claimed = await ReadEventsAsync(command, cancellationToken).ConfigureAwait(false);
        claimed.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return claimed;
    }

    // Enough that a claim never waits for intake, small enough that one promotion holds the write turn only briefly.
    private const int PromoteBatch = 1000;

    /// <summary>
    /// Makes the oldest <paramref name="limit"/> received events pending. Always the oldest: the order check relies on every
    /// received event being newer than every pending one. PostgreSQL, whose sequence order is not commit order, would
    /// promote under an advisory lock and only up to the oldest sequence still uncommitted.
    /// </summary>
    private static async Task PromoteReceivedAsync(SqliteConnection connection, int limit, CancellationToken cancellationToken)
    {
        await using var promote = connection.CreateCommand();
        promote.CommandText = """
            UPDATE inbox_events SET state = 'pending'
             WHERE seq IN (SELECT seq FROM inbox_events WHERE state = 'received' ORDER BY seq LIMIT $limit)
            """;
        promote.Parameters.AddWithValue("$limit", limit);
        await promote.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<bool> CompleteAsync(long sequence, string owner, CancellationToken cancellationToken = default)
    {
        return await ExecuteAsync("""
            UPDATE inbox_events SET state = 'done', lease_owner = NULL, lease_until = NULL, finished_at = $now, last_error = NULL
             WHERE seq = $seq AND state = 'in_flight' AND lease_owner = $owner
            """, cancellationToken, ("$seq", sequence), ("$owner", owner), ("$now", Now)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc/>
    public async Task<bool> FailAsync(long sequence, string owner, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        using var turn = await _database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT attempts FROM inbox_events WHERE seq = $seq AND state = 'in_flight' AND lease_owner = $owner";
        read.Parameters.AddWithValue("$seq", sequence);
        read.Parameters.AddWithValue("$owner", owner);
        if (await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long attempts) return false;
        var dead = attempts >= _options.MaxAttempts;
        await using var update = connection.CreateCommand();
        update.CommandText = """
            UPDATE inbox_events SET state = $state, available_at = $available, lease_owner = NULL, lease_until = NULL,
                   last_error = $error, finished_at = CASE WHEN $state = 'dead' THEN $now ELSE NULL END
             WHERE seq = $seq AND state = 'in_flight' AND lease_owner = $owner
            """;
        update.Parameters.AddWithValue("$state", dead ? "dead" : "pending");
        update.Parameters.AddWithValue("$available", Now + (long)Backoff((int)attempts).TotalMilliseconds);
        update.Parameters.AddWithValue("$error", error.Length > 4000 ? error[..4000] : error);
        update.Parameters.AddWithValue("$now", Now);
        update.Parameters.AddWithValue("$seq", sequence);
        update.Parameters.AddWithValue("$owner", owner);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The delay before retry number <paramref name="attempts"/>: doubling from the configured backoff, capped.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromMilliseconds(_options.Backoff.TotalMilliseconds * factor);
        return delay < _options.MaxBackoff ? delay : _options.MaxBackoff;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<InboxEvent>> DeadLettersAsync(int max = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, dedup_key, event_type, fact_sheet_id, body, source, state, attempts, last_error, received_at
              FROM inbox_events WHERE state = 'dead' ORDER BY seq DESC LIMIT $max
            """;
        command.Parameters.AddWithValue("$max", max);
        return await ReadEventsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One event by its sequence, or null.</summary>
    public async Task<InboxEvent?> GetAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, dedup_key, event_type, fact_sheet_id, body, source, state, attempts, last_error, received_at
              FROM inbox_events WHERE seq = $seq
            """;
        command.Parameters.AddWithValue("$seq", sequence);
        return (await ReadEventsAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <inheritdoc/>
    public async Task<bool> ReplayAsync(long sequence, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("""
            UPDATE inbox_events SET state = 'pending', attempts = 0, available_at = $now, finished_at = NULL
             WHERE seq = $seq AND state = 'dead'
            """, cancellationToken, ("$seq", sequence), ("$now", Now)).ConfigureAwait(false) == 1 && Signal();

    /// <inheritdoc/>
    public async Task<int> ReplayAllAsync(CancellationToken cancellationToken = default)
    {
        var n = await ExecuteAsync("UPDATE inbox_events SET state = 'pending', attempts = 0, available_at = $now, finished_at = NULL WHERE state = 'dead'",
            cancellationToken, ("$now", Now)).ConfigureAwait(false);
        if (n > 0) Signal();
        return n;
    }

    /// <summary>
    /// Hands back the events this host instance held when it stopped (a crash): their leases name the instance, so they
    /// need not wait for the lease to lapse. Other instances' claims are left alone.
    /// </summary>
    public Task<int> ReleaseClaimsOfAsync(string instancePrefix, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            UPDATE inbox_events SET state = 'pending', lease_owner = NULL, lease_until = NULL
             WHERE state = 'in_flight' AND substr(lease_owner, 1, length($prefix)) = $prefix
            """, cancellationToken, ("$prefix", instancePrefix));

    /// <inheritdoc/>
    public async Task<InboxCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, COUNT(*) FROM inbox_events GROUP BY state";
        long pending = 0, inFlight = 0, dead = 0, done = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var n = reader.GetInt64(1);
            switch (reader.GetString(0))
            {
                case "pending" or "received": pending += n; break;
                case "in_flight": inFlight = n; break;
                case "dead": dead = n; break;
                case "done": done = n; break;
            }
        }
        return new InboxCounts(pending, inFlight, dead, done);
    }

    /// <inheritdoc/>
    public async Task<bool> IsAppliedAsync(long sequence, string automationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM applied_effects WHERE event_seq = $seq AND automation_id = $automation";
        command.Parameters.AddWithValue("$seq", sequence);
        command.Parameters.AddWithValue("$automation", automationId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc/>
    public Task MarkAppliedAsync(long sequence, string automationId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT INTO applied_effects (event_seq, automation_id, applied_at) VALUES ($seq, $automation, $now) ON CONFLICT DO NOTHING",
            cancellationToken, ("$seq", sequence), ("$automation", automationId), ("$now", Now));

    private long Now => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private bool Signal()
    {
        _signal.Notify();
        return true;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        using var turn = await _database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<InboxEvent>> ReadEventsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<InboxEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new InboxEvent(
                reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : Guid.Parse(reader.GetString(3)), reader.GetString(4), reader.GetString(5),
                reader.GetString(6) switch { "pending" or "received" => InboxState.Pending, "in_flight" => InboxState.InFlight, "done" => InboxState.Done, _ => InboxState.Dead },
                (int)reader.GetInt64(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9))));
        }
        return result;
    }

    /// <summary>Stops the writer after the queued appends are stored.</summary>
    public async ValueTask DisposeAsync()
    {
        _appends.Writer.TryComplete();
        await _writerStopped.Task.ConfigureAwait(false);
    }

    private sealed record PendingAppend(IReadOnlyList<IncomingEvent> Events)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Enqueued { get; } = Stopwatch.GetTimestamp();
    }
}
