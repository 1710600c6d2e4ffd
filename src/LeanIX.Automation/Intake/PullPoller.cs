using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using LeanIX.Client.Webhooks;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Intake;

/// <summary>
/// Reads a PULL subscription (webhooks.md §4, D27): the next batch without auto-commit, every event into the inbox, and
/// only after that commit advances the cursor. A crash in between brings the batch again, and the inbox drops what it
/// already holds (by event id), so nothing is lost and nothing is doubled.
/// </summary>
public sealed partial class PullPoller : BackgroundService
{
    private readonly WorkspaceConnection _workspace;
    private readonly SubscriptionRegistrar _registrar;
    private readonly IEventInbox _inbox;
    private readonly AutomationOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<PullPoller> _logger;

    /// <summary>Creates the poller.</summary>
    public PullPoller(WorkspaceConnection workspace, SubscriptionRegistrar registrar, IEventInbox inbox, IOptions<AutomationOptions> options,
        TimeProvider clock, ILogger<PullPoller> logger)
    {
        _workspace = workspace;
        _registrar = registrar;
        _inbox = inbox;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.Webhook.DeliveryType != WebhookDeliveryType.Pull) return;
        Guid id;
        try
        {
            var registered = await _registrar.WhenRegisteredAsync(stoppingToken).ConfigureAwait(false);
            if ((registered?.Id ?? _options.Webhook.PullSubscriptionId) is not { } found)
            {
                LogNoSubscription(_logger);
                return;
            }
            id = found;
        }
        catch (OperationCanceledException) { return; }
        catch (Exception) { return; } // the registrar logged why

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var stored = await PollOnceAsync(id, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (stored > 0) LogBatch(_logger, stored);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                LogPollFailed(_logger, e);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures))), _clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads one batch, stores it, commits the cursor; answers how many events were new.</summary>
    internal async Task<int> PollOnceAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        var client = _workspace.Client;
        // Read the raw batch so the inbox keeps each event exactly as LeanIX sent it.
        var envelope = await client.Connection.RequestAsync($"services/webhooks/v1/subscriptions/{subscriptionId}/events", HttpMethod.Get, null,
            new Dictionary<string, string?> { ["autoCommit"] = "false", ["timeout"] = _options.Webhook.PullTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            cancellationToken).ConfigureAwait(false);
        var data = envelope?["data"] as JsonObject ?? throw new InvalidOperationException("The PULL read answered without a batch.");
        var entries = data["events"] as JsonArray ?? [];
        if (entries.Count == 0) return 0;
        var events = new List<IncomingEvent>(entries.Count);
        foreach (var entry in entries)
        {
            var raw = entry?["event"];
            // D27: the event may come as an object or as a JSON string.
            var body = raw?.GetValueKind() == JsonValueKind.String ? raw.GetValue<string>() : raw?.ToJsonString()
                ?? throw new InvalidOperationException("A PULL entry has no 'event'.");
            try
            {
                events.Add(IncomingEvents.From(body, "pull"));
            }
            catch (InvalidEventException e)
            {
                LogSkipped(_logger, e.Message);
            }
        }
        var added = await _inbox.AppendAsync(events, cancellationToken).ConfigureAwait(false);
        // Only now, with the batch committed to the inbox, may the cursor move on.
        var next = data["nextCursor"]?["offset"]?.GetValue<long>()
            ?? (entries[^1]?["cursor"]?["offset"]?.GetValue<long>() + 1)
            ?? throw new InvalidOperationException("The PULL batch has no cursor.");
        await client.Webhooks.AdvanceCursorAsync(subscriptionId, next, cancellationToken).ConfigureAwait(false);
        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PULL delivery is configured but there is no subscription to read: set Automation:Webhook:RegisterSubscription or PullSubscriptionId")]
    private static partial void LogNoSubscription(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "PULL batch: {Count} new events stored")]
    private static partial void LogBatch(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PULL read failed; trying again")]
    private static partial void LogPollFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PULL entry skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);
}
