namespace LeanIX.Emulator.Webhooks;

/// <summary>Knobs of the webhooks service (webhooks.md §4–5, D27, D32).</summary>
public sealed class WebhookOptions
{
    /// <summary>How long events stay in the log for PULL readers (webhooks.md §4: 30 days).</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>Latest events also held in memory; all retained events are in SQLite (issue 9: bounded memory).</summary>
    public int EventsInMemory { get; set; } = 2_000;

    /// <summary>Wait between PUSH attempts after a failure (webhooks.md §5: every 50 s; tests advance a fake clock past it).</summary>
    public TimeSpan PushRetryInterval { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>How long one PUSH attempt may take before it counts as failed.</summary>
    public TimeSpan PushTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A PUSH subscription failing for longer than this is deactivated (webhooks.md §5: more than 10 days).</summary>
    public TimeSpan PushDeactivateAfter { get; set; } = TimeSpan.FromDays(10);

    /// <summary>Upper bound for the PULL long-poll <c>timeout</c> parameter, in seconds.</summary>
    public int MaxPullTimeoutSeconds { get; set; } = 60;

    /// <summary>Delivery log entries kept per subscription (oldest dropped first).</summary>
    public int MaxDeliveriesPerSubscription { get; set; } = 1000;
}
