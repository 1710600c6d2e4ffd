using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// The webhooks state of one workspace: its subscriptions, its event log (positions = offsets, D27)
/// and the PUSH delivery logs. All members run under one lock of its own. Events are appended from
/// <see cref="Workspace.Committed"/>, which already holds the workspace lock: the order is always
/// workspace lock, then this lock, never the reverse.
/// </summary>
public sealed partial class WorkspaceWebhooks
{
    /// <summary>D27: at most this many events per PULL batch.</summary>
    public const int MaxPullEvents = 1000;

    private readonly Lock _lock = new();
    private readonly WebhookStore _store;
    private readonly WebhookOptions _options;
    private readonly EventIdSequence _ids;
    private readonly Dictionary<Guid, WebhookSubscription> _subscriptions = new();
    private readonly EventLog _events;
    private readonly Dictionary<Guid, List<Delivery>> _deliveries = new();
    private readonly Dictionary<Guid, long> _deliverySeq = new();
    private readonly HashSet<Guid> _pulling = [];
    private TaskCompletionSource _appended = NewSignal();
    private long _nextOffset;
    private DateTimeOffset _lastPruneCutoff;

    // Pruning SQLite on every append would cost a DELETE per commit; once a minute of clock is enough.
    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(1);

    public WorkspaceWebhooks(Workspace workspace, WebhookStore store, WebhookOptions options, EventIdSequence ids)
    {
        Workspace = workspace;
        _store = store;
        _options = options;
        _ids = ids;
        foreach (var s in store.LoadSubscriptions(workspace.Id)) _subscriptions[s.Id] = s;
        _events = new EventLog(store, workspace.Id, options.EventsInMemory, store.LoadLatestEvents(workspace.Id, options.EventsInMemory));
        _nextOffset = Math.Max(store.GetMeta(workspace.Id, "nextOffset") ?? 0, _events.Last is { } last ? last.Offset + 1 : 0);
        foreach (var d in store.LoadDeliveries(workspace.Id))
        {
            if (!_deliveries.TryGetValue(d.SubscriptionId, out var list)) _deliveries[d.SubscriptionId] = list = [];
            list.Add(d);
            _deliverySeq[d.SubscriptionId] = list.Count;
        }
        Prune();
        CatchUp();
    }

    public Workspace Workspace { get; }

    /// <summary>
    /// Issue 9: a change is committed to the core store before its events are made, so a crash in between
    /// (SIGKILL) used to lose them. The events' own SQLite transaction records the change-log sequence they
    /// were made through; on start, events are made again from the durable change log for every committed
    /// transaction after it, so no committed change is left without its events.
    /// </summary>
    private void CatchUp()
    {
        var last = Workspace.Latest.LastSequence;
        if (_store.GetMeta(Workspace.Id, WebhookStore.DerivedThroughKey) is { } derived && derived < last && _subscriptions.Count > 0)
            foreach (var transaction in Workspace.Store.LoadChangesAfter(Workspace.Id, derived).GroupBy(r => r.TransactionSequence))
                OnCommitted(transaction.ToList());
        _store.SetDerivedThrough(Workspace.Id, last);
    }

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
            _store.AppendEvents(Workspace.Id, appended, _nextOffset, _ids.Peek, records[^1].Sequence);
            _events.Append(appended);
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

    /// <summary>A copy of the events held in memory: the latest retained ones (tests and diagnostics).</summary>
    public IReadOnlyList<WebhookEvent> Events
    {
        get { lock (_lock) return [.. _events.Tail]; }
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
            // Changes committed while nobody subscribed made no events and never will (D27: a subscription
            // starts at the end of the log); a restart must not make them now.
            _store.SetDerivedThrough(Workspace.Id, Workspace.Latest.LastSequence);
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
            var pending = _events.From(from).Count(s.Wants);
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

    // ---- helpers ------------------------------------------------------------------------------

    private WebhookSubscription Find(Guid id) =>
        _subscriptions.TryGetValue(id, out var s) ? s : throw WebhookException.NotFound(id);

    /// <summary>Retention (webhooks.md §4, default 30 days).</summary>
    private void Prune()
    {
        var cutoff = Now - TimeSpan.FromDays(_options.RetentionDays);
        // Older events may be in SQLite only, so the store is pruned whether or not memory held any.
        var dropped = _events.DropBefore(cutoff);
        if (dropped || cutoff >= _lastPruneCutoff + PruneInterval || _lastPruneCutoff == default)
        {
            _store.DeleteEventsBefore(Workspace.Id, cutoff);
            _lastPruneCutoff = cutoff;
        }
    }

    private static WebhookSubscription Copy(WebhookSubscription s) =>
        System.Text.Json.JsonSerializer.Deserialize<WebhookSubscription>(System.Text.Json.JsonSerializer.Serialize(s))!;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
