namespace LeanIX.Emulator.Webhooks;

/// <summary>PULL reads and the committed cursor (D27).</summary>
public sealed partial class WorkspaceWebhooks
{
    /// <summary>
    /// The next batch from the committed cursor; waits up to <paramref name="timeout"/> for a matching
    /// event. Concurrent pulls on one subscription are refused (webhooks.md §4) with 409.
    /// </summary>
    public async Task<PullResult> PullAsync(Guid id, bool autoCommit, TimeSpan timeout, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var s = Find(id);
            if (s.DeliveryType != DeliveryTypes.Pull)
                throw new WebhookException(StatusCodes.Status400BadRequest, $"Subscription '{id:D}' is a PUSH subscription; only PULL subscriptions can be read.", id.ToString("D"));
            if (!_pulling.Add(id))
                throw new WebhookException(StatusCodes.Status409Conflict, $"Another pull on subscription '{id:D}' is in progress; use one subscription per client.", id.ToString("D"));
        }
        try
        {
            // The workspace clock, not wall time: a test advances a fake clock to end the wait.
            var clock = Workspace.Clock;
            var deadline = clock.GetUtcNow() + timeout;
            while (true)
            {
                Task signal;
                lock (_lock)
                {
                    var s = Find(id);
                    Prune(); // retention also applies to a log that receives no new events
                    var batch = Scan(s);
                    if (batch.Events.Count > 0 || clock.GetUtcNow() >= deadline)
                    {
                        if (autoCommit && batch.NextOffset > s.CommittedOffset)
                        {
                            s.CommittedOffset = batch.NextOffset;
                            _store.SaveSubscription(s);
                        }
                        return batch;
                    }
                    signal = _appended.Task;
                }
                var remaining = deadline - clock.GetUtcNow();
                if (remaining > TimeSpan.Zero)
                {
                    // Cancel the timer once the signal wins, so a long poll leaves no timer behind.
                    using var timerCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    var timer = Task.Delay(remaining, clock, timerCancel.Token);
                    await Task.WhenAny(signal, timer).ConfigureAwait(false);
                    await timerCancel.CancelAsync().ConfigureAwait(false);
                }
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            lock (_lock) _pulling.Remove(id);
        }
    }

    /// <summary>Whether a long poll on the subscription is waiting now (tests wait for this instead of sleeping).</summary>
    internal bool IsPulling(Guid id)
    {
        lock (_lock) return _pulling.Contains(id);
    }

    /// <summary>D27: n below the committed cursor or beyond the end of the log → 400.</summary>
    public void SetCursor(Guid id, long offset)
    {
        lock (_lock)
        {
            var s = Find(id);
            if (offset < s.CommittedOffset)
                throw new WebhookException(StatusCodes.Status400BadRequest,
                    $"Cursor offset {offset} is below the committed offset {s.CommittedOffset}; a cursor only moves forward.", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (offset > _nextOffset)
                throw new WebhookException(StatusCodes.Status400BadRequest,
                    $"Cursor offset {offset} is beyond the end of the event log ({_nextOffset}).", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
            s.CommittedOffset = offset;
            _store.SaveSubscription(s);
        }
    }

    /// <summary>D27: matching events from the committed cursor, ≤ maxBatchSize KiB (at least one), ≤ 1000.</summary>
    private PullResult Scan(WebhookSubscription s)
    {
        var budget = (long)s.MaxBatchSize * 1024;
        var used = 0L;
        var batch = new List<WebhookEvent>();
        long? lastScanned = null;
        foreach (var e in _events.From(s.CommittedOffset))
        {
            if (s.Wants(e))
            {
                if (batch.Count >= MaxPullEvents || (batch.Count > 0 && used + e.Size > budget)) break;
                batch.Add(e);
                used += e.Size;
            }
            lastScanned = e.Offset;
        }
        return batch.Count == 0
            ? new PullResult([], s.CommittedOffset, s.PayloadMode)
            : new PullResult(batch, lastScanned!.Value + 1, s.PayloadMode);
    }
}
