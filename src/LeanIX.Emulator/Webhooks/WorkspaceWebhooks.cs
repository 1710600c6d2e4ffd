using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// The webhooks state of one workspace: its subscriptions, its event log (positions = offsets, D27)
/// and the PUSH delivery logs. All members run under one lock of its own. Events are appended from
/// <see cref="Workspace.Committed"/>, which already holds the workspace lock: the order is always
/// workspace lock, then this lock, never the reverse.
/// </summary>
public sealed class WorkspaceWebhooks
{
    /// <summary>D27: at most this many events per PULL batch.</summary>
    public const int MaxPullEvents = 1000;

    private readonly Lock _lock = new();
    private readonly WebhookStore _store;
    private readonly WebhookOptions _options;
    private readonly EventIdSequence _ids;
    private readonly Dictionary<Guid, WebhookSubscription> _subscriptions = new();
    private readonly List<WebhookEvent> _events;
    private readonly Dictionary<Guid, List<Delivery>> _deliveries = new();
    private readonly Dictionary<Guid, long> _deliverySeq = new();
    private readonly HashSet<Guid> _pulling = [];
    private TaskCompletionSource _appended = NewSignal();
    private long _nextOffset;

    public WorkspaceWebhooks(Workspace workspace, WebhookStore store, WebhookOptions options, EventIdSequence ids)
    {
        Workspace = workspace;
        _store = store;
        _options = options;
        _ids = ids;
        foreach (var s in store.LoadSubscriptions(workspace.Id)) _subscriptions[s.Id] = s;
        _events = store.LoadEvents(workspace.Id);
        _nextOffset = Math.Max(store.GetMeta(workspace.Id, "nextOffset") ?? 0, _events.Count > 0 ? _events[^1].Offset + 1 : 0);
        foreach (var d in store.LoadDeliveries(workspace.Id))
        {
            if (!_deliveries.TryGetValue(d.SubscriptionId, out var list)) _deliveries[d.SubscriptionId] = list = [];
            list.Add(d);
            _deliverySeq[d.SubscriptionId] = list.Count;
        }
        Prune();
    }

    public Workspace Workspace { get; }

    /// <summary>Raised (outside the lock) when events were appended or PUSH work may be due.</summary>
    public event Action? Changed;

    private DateTimeOffset Now => Workspace.Clock.GetUtcNow();

    // ---- events -------------------------------------------------------------------------------

    /// <summary>
    /// Turns a committed request's change records into webhook events (D28: one shared
    /// transactionSequenceNumber, consecutive ids, record order). Called under the workspace lock.
    /// </summary>
    public void OnCommitted(IReadOnlyList<ChangeRecord> records)
    {
        lock (_lock)
        {
            // A subscription starts at the end of the log (D27), so events made while there is none
            // could never be read or pushed: skip the work (it runs inside every GraphQL commit).
            if (_subscriptions.Count == 0) return;
            var appended = new List<WebhookEvent>();
            foreach (var record in records)
            {
                if (EventPayloads.Build(Workspace.State, record, records, 0) is not { } payload) continue;
                // Ids are taken only for emitted events, so one request's events get consecutive ids (D28).
                var id = _ids.Next();
                payload["id"] = id;
                appended.Add(new WebhookEvent
                {
                    Offset = _nextOffset++,
                    Id = id,
                    WrapperId = Guid.NewGuid(),
                    Tag = record.EventType,
                    Tags = [EventTags.Pathfinder, record.EventType],
                    TransactionSequence = record.TransactionSequence,
                    CreatedAt = record.CreatedAt,
                    WorkspaceId = Workspace.Id,
                    UserId = record.UserId,
                    Payload = payload
                });
            }
            if (appended.Count == 0) return;
            _store.AppendEvents(Workspace.Id, appended, _nextOffset, _ids.Peek);
            _events.AddRange(appended);
            Prune();
            _appended.TrySetResult();
            _appended = NewSignal();
        }
        Changed?.Invoke();
    }

    /// <summary>The offset the next event will get: the end of the log.</summary>
    public long EndOffset
    {
        get { lock (_lock) return _nextOffset; }
    }

    /// <summary>A copy of the retained events (tests and diagnostics).</summary>
    public IReadOnlyList<WebhookEvent> Events
    {
        get { lock (_lock) return [.. _events]; }
    }

    // ---- subscriptions ------------------------------------------------------------------------

    public IReadOnlyList<WebhookSubscription> List(string? identifier)
    {
        lock (_lock)
            return _subscriptions.Values
                .Where(s => identifier is null || string.Equals(s.Identifier, identifier, StringComparison.Ordinal))
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToList();
    }

    public WebhookSubscription Get(Guid id)
    {
        lock (_lock) return Find(id);
    }

    /// <summary>D27: a new subscription (PULL or PUSH) starts at the current end of the log.</summary>
    public WebhookSubscription Create(WebhookSubscription input, Guid userId)
    {
        lock (_lock)
        {
            input.Id = Guid.NewGuid();
            input.WorkspaceId = Workspace.Id;
            input.UserId ??= userId;
            input.CreatedAt = Now;
            input.CommittedOffset = _nextOffset;
            input.PushOffset = _nextOffset;
            _subscriptions[input.Id] = input;
            _store.SaveSubscription(input);
        }
        Changed?.Invoke();
        return input;
    }

    /// <summary>PUT replaces the configuration; identity, creation time and delivery state stay.</summary>
    public WebhookSubscription Update(Guid id, WebhookSubscription input)
    {
        lock (_lock)
        {
            var old = Find(id);
            input.Id = old.Id;
            input.WorkspaceId = old.WorkspaceId;
            input.UserId ??= old.UserId;
            input.CreatedAt = old.CreatedAt;
            input.CommittedOffset = old.CommittedOffset;
            input.PushOffset = old.PushOffset;
            // Switching PULL ↔ PUSH starts the new delivery at the end of the log, as a new subscription
            // would (D27): a former PULL subscription must not push its unread backlog.
            if (input.DeliveryType != old.DeliveryType) input.CommittedOffset = input.PushOffset = _nextOffset;
            input.LastDeliveryStatus = old.LastDeliveryStatus;
            input.ErrorCount = old.ErrorCount;
            input.FirstTimeDeliveryFailed = old.FirstTimeDeliveryFailed;
            _subscriptions[id] = input;
            _store.SaveSubscription(input);
        }
        Changed?.Invoke();
        return input;
    }

    public WebhookSubscription Delete(Guid id)
    {
        lock (_lock)
        {
            var old = Find(id);
            _subscriptions.Remove(id);
            _deliveries.Remove(id);
            _deliverySeq.Remove(id);
            _store.DeleteSubscription(Workspace.Id, id);
            return old;
        }
    }

    /// <summary>The <c>/status</c> object (2026 spec; its members are the emulator's choice).</summary>
    public SubscriptionStatus Status(Guid id)
    {
        lock (_lock)
        {
            var s = Find(id);
            var from = s.IsPush ? s.PushOffset : s.CommittedOffset;
            var pending = _events.Skip(IndexOf(from)).Count(s.Wants);
            return new SubscriptionStatus(s.Id, s.Identifier, s.DeliveryType, s.Active, s.LastDeliveryStatus, s.ErrorCount,
                s.FirstTimeDeliveryFailed, pending, s.CommittedOffset, _nextOffset, s.NextAttemptAt);
        }
    }

    public IReadOnlyList<SubscriptionStatus> Statuses()
    {
        List<Guid> ids;
        lock (_lock) ids = _subscriptions.Values.OrderBy(s => s.CreatedAt).Select(s => s.Id).ToList();
        return ids.Select(id => { try { return Status(id); } catch (WebhookException) { return null; } }).OfType<SubscriptionStatus>().ToList();
    }

    // ---- PULL (D27) ---------------------------------------------------------------------------

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
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                Task signal;
                lock (_lock)
                {
                    var s = Find(id);
                    Prune(); // retention also applies to a log that receives no new events
                    var batch = Scan(s);
                    if (batch.Events.Count > 0 || DateTime.UtcNow >= deadline)
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
                var remaining = deadline - DateTime.UtcNow;
                if (remaining > TimeSpan.Zero)
                    await Task.WhenAny(signal, Task.Delay(remaining, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            lock (_lock) _pulling.Remove(id);
        }
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
        for (var i = IndexOf(s.CommittedOffset); i < _events.Count; i++)
        {
            var e = _events[i];
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

    // ---- PUSH (D32) ---------------------------------------------------------------------------

    /// <summary>Active PUSH subscriptions with an event due now.</summary>
    public IReadOnlyList<Guid> DuePushSubscriptions()
    {
        lock (_lock)
        {
            var now = Now;
            return _subscriptions.Values
                .Where(s => s.IsPush && s.Active && (s.NextAttemptAt is null || s.NextAttemptAt <= now) && NextPushEvent(s) is not null)
                .Select(s => s.Id).ToList();
        }
    }

    /// <summary>The subscription (a copy) and its next event in order, or null when nothing is due.</summary>
    public (WebhookSubscription Subscription, WebhookEvent Event)? NextPush(Guid id)
    {
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(id, out var s) || !s.IsPush || !s.Active) return null;
            if (s.NextAttemptAt is { } at && at > Now) return null;
            return NextPushEvent(s) is { } e ? (Copy(s), e) : null;
        }
    }

    /// <summary>
    /// Logs an attempt and moves on after success, or after failure with <c>ignoreError</c>; otherwise the
    /// same event is retried after the retry interval, so order is kept (D32). Returns whether to continue now.
    /// </summary>
    public bool CompletePush(Guid id, WebhookEvent e, Delivery delivery)
    {
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(id, out var s)) return false;
            s.LastDeliveryStatus = delivery.HttpStatus;
            if (delivery.Success)
            {
                s.PushOffset = e.Offset + 1;
                s.ErrorCount = 0;
                s.FirstTimeDeliveryFailed = null;
                s.NextAttemptAt = null;
            }
            else
            {
                s.ErrorCount++;
                s.FirstTimeDeliveryFailed ??= delivery.CreatedAt;
                if (s.IgnoreError)
                {
                    delivery.Status = "IGNORED_FAILURE";
                    s.PushOffset = e.Offset + 1;
                }
                else s.NextAttemptAt = Now + _options.PushRetryInterval;
                // webhooks.md §5: auto-deactivation after more than 10 days of failures.
                if (Now - s.FirstTimeDeliveryFailed > _options.PushDeactivateAfter) s.Active = false;
            }
            delivery.Active = s.Active;
            AddDelivery(delivery);
            _store.SaveSubscription(s);
            return delivery.Success || s.IgnoreError;
        }
    }

    public (IReadOnlyList<Delivery> Page, int Total) Deliveries(Guid id, int page, int size, bool newestFirst)
    {
        lock (_lock)
        {
            Find(id);
            var all = _deliveries.GetValueOrDefault(id) ?? [];
            var ordered = newestFirst ? Enumerable.Reverse(all) : all;
            return (ordered.Skip((page - 1) * size).Take(size).ToList(), all.Count);
        }
    }

    private void AddDelivery(Delivery delivery)
    {
        if (!_deliveries.TryGetValue(delivery.SubscriptionId, out var list)) _deliveries[delivery.SubscriptionId] = list = [];
        var seq = _deliverySeq.GetValueOrDefault(delivery.SubscriptionId) + 1;
        _deliverySeq[delivery.SubscriptionId] = seq;
        list.Add(delivery);
        long? dropBelow = null;
        if (list.Count > _options.MaxDeliveriesPerSubscription)
        {
            list.RemoveRange(0, list.Count - _options.MaxDeliveriesPerSubscription);
            dropBelow = seq - _options.MaxDeliveriesPerSubscription + 1;
        }
        _store.AppendDelivery(Workspace.Id, delivery, seq, dropBelow);
    }

    private WebhookEvent? NextPushEvent(WebhookSubscription s)
    {
        for (var i = IndexOf(s.PushOffset); i < _events.Count; i++)
            if (s.Wants(_events[i])) return _events[i];
        return null;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private WebhookSubscription Find(Guid id) =>
        _subscriptions.TryGetValue(id, out var s) ? s : throw WebhookException.NotFound(id);

    /// <summary>Index of the first retained event with offset ≥ <paramref name="offset"/> (offsets ascend).</summary>
    private int IndexOf(long offset)
    {
        int lo = 0, hi = _events.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_events[mid].Offset < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Retention (webhooks.md §4, default 30 days).</summary>
    private void Prune()
    {
        var cutoff = Now - TimeSpan.FromDays(_options.RetentionDays);
        var expired = _events.TakeWhile(e => e.CreatedAt < cutoff).Count();
        if (expired == 0) return;
        _events.RemoveRange(0, expired);
        _store.DeleteEventsBefore(Workspace.Id, cutoff);
    }

    private static WebhookSubscription Copy(WebhookSubscription s) =>
        System.Text.Json.JsonSerializer.Deserialize<WebhookSubscription>(System.Text.Json.JsonSerializer.Serialize(s))!;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
