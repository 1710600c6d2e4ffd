using System.Net.Http.Headers;
using System.Text;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// PUSH delivery (webhooks.md §5, D32): one worker per subscription at a time delivers its events in
/// log order with <c>targetMethod</c>, <c>Content-Type: application/json</c> and the
/// <c>authorizationHeader</c> verbatim. A non-2xx answer or an exception is a failure: the same event
/// is retried after <see cref="WebhookOptions.PushRetryInterval"/>, unless <c>ignoreError</c>. Every
/// attempt is logged as a <see cref="Delivery"/>. The loop wakes on new events and at least once a second
/// of the injected clock: retry waits, attempt timeouts and durations all follow that clock, so a test
/// advances a fake clock to make a retry due instead of waiting for it.
/// </summary>
public sealed class PushDispatcher : BackgroundService
{
    private readonly WebhookService _webhooks;
    private readonly ILogger<PushDispatcher> _logger;
    private readonly TimeProvider _clock;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly HashSet<Guid> _running = [];
    private readonly Lock _lock = new();

    public PushDispatcher(WebhookService webhooks, TimeProvider clock, ILogger<PushDispatcher> logger)
    {
        _webhooks = webhooks;
        _clock = clock;
        _logger = logger;
        // The attempt timeout is a clock-driven token per attempt (see AttemptAsync), not HttpClient.Timeout.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            Timeout = Timeout.InfiniteTimeSpan
        };
        foreach (var hub in webhooks.All) hub.Changed += Wake;
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(Math.Clamp(_webhooks.Options.PushRetryInterval.TotalMilliseconds / 2, 20, 1000));
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var hub in _webhooks.All)
                foreach (var id in hub.DuePushSubscriptions())
                {
                    lock (_lock)
                        if (!_running.Add(id)) continue;
                    _ = Task.Run(() => RunAsync(hub, id, stoppingToken), CancellationToken.None);
                }
            if (!await WaitForWorkAsync(idle, stoppingToken).ConfigureAwait(false)) break;
        }
    }

    /// <summary>Waits for a wake-up or one idle period of the clock; false once the service stops.</summary>
    private async Task<bool> WaitForWorkAsync(TimeSpan idle, CancellationToken stoppingToken)
    {
        using var idleTimer = new CancellationTokenSource(idle, _clock);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, idleTimer.Token);
        try
        {
            await _wake.WaitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The idle period ended: look for due retries.
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        return true;
    }

    /// <summary>Delivers one subscription's due events in order until caught up or an attempt fails.</summary>
    private async Task RunAsync(WorkspaceWebhooks hub, Guid id, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested && hub.NextPush(id) is { } next)
            {
                var delivery = await AttemptAsync(next.Subscription, next.Event, stoppingToken).ConfigureAwait(false);
                if (stoppingToken.IsCancellationRequested) break;
                if (!hub.CompletePush(id, next.Event, delivery)) break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "PUSH worker for subscription {Subscription} failed.", id);
        }
        finally
        {
            lock (_lock) _running.Remove(id);
            Wake();
        }
    }

    private async Task<Delivery> AttemptAsync(WebhookSubscription s, WebhookEvent e, CancellationToken stoppingToken)
    {
        var body = e.Body(s.PayloadMode, _webhooks.BaseUrl).ToJsonString();
        var started = _clock.GetUtcNow();
        var delivery = new Delivery
        {
            Id = Guid.NewGuid(), SubscriptionId = s.Id, CreatedAt = started, EventId = e.Id, EventOffset = e.Offset,
            Status = "FAILED", TargetUrl = s.TargetUrl, TargetMethod = s.TargetMethod ?? "POST",
            BasicAuth = s.AuthorizationHeader?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) == true,
            Payload = body, EventProcessingTime = (long)Math.Max(0, (started - e.CreatedAt).TotalMilliseconds)
        };
        var startedTicks = _clock.GetTimestamp();
        using var timeout = new CancellationTokenSource(_webhooks.Options.PushTimeout, _clock);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(delivery.TargetMethod), s.TargetUrl);
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (!string.IsNullOrEmpty(s.AuthorizationHeader))
                request.Headers.TryAddWithoutValidation("Authorization", s.AuthorizationHeader);
            using var response = await _http.SendAsync(request, attempt.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(attempt.Token).ConfigureAwait(false);
            delivery.HttpStatus = (int)response.StatusCode;
            delivery.Success = response.IsSuccessStatusCode;
            delivery.Status = delivery.Success ? "SUCCESS" : "FAILED";
            delivery.ResponseBody = text.Length > Delivery.ResponseExcerptLength ? text[..Delivery.ResponseExcerptLength] : text;
            foreach (var header in response.Headers.Concat(response.Content.Headers))
                delivery.ResponseHeaders[header.Key] = string.Join(", ", header.Value);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            // Same wording as HttpClient.Timeout gave before the timeout followed the injected clock.
            delivery.Error = timeout.IsCancellationRequested && !stoppingToken.IsCancellationRequested
                ? $"The request was canceled due to the configured HttpClient.Timeout of {_webhooks.Options.PushTimeout.TotalSeconds} seconds elapsing."
                : ex.Message;
            if (!stoppingToken.IsCancellationRequested)
                _logger.LogInformation("PUSH to {Target} for subscription {Subscription} failed: {Error}", s.TargetUrl, s.Id, ex.Message);
        }
        delivery.Duration = (long)_clock.GetElapsedTime(startedTicks).TotalMilliseconds;
        if (!delivery.Success && s.IgnoreError)
            _logger.LogInformation("PUSH event {Event} to {Target} failed ({Status}); ignoreError moves on.", e.Id, s.TargetUrl, delivery.HttpStatus);
        return delivery;
    }

    public override void Dispose()
    {
        foreach (var hub in _webhooks.All) hub.Changed -= Wake;
        _http.Dispose();
        _wake.Dispose();
        base.Dispose();
    }
}
