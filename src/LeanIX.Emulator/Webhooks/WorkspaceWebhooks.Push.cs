using LeanIX.Emulator.Wire;
namespace LeanIX.Emulator.Webhooks;

/// <summary>PUSH bookkeeping: what is due, and the outcome of each attempt (D32).</summary>
public sealed partial class WorkspaceWebhooks
{
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
            return (new PageRequest(page, size).Of(ordered).ToList(), all.Count);
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
        return _events.From(s.PushOffset).FirstOrDefault(s.Wants);
    }
}
