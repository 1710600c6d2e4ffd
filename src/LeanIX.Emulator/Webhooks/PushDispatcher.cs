using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// PUSH delivery (webhooks.md §5, D32): one worker per subscription at a time delivers its events in
/// log order with <c>targetMethod</c>, <c>Content-Type: application/json</c> and the
/// <c>authorizationHeader</c> verbatim. A non-2xx answer or an exception is a failure: the same event
/// is retried after <see cref="WebhookOptions.PushRetryInterval"/>, unless <c>ignoreError</c>. Every
/// attempt is logged as a <see cref="Delivery"/>. The loop wakes on new events and at least once a second.
/// </summary>
public sealed class PushDispatcher : BackgroundService
{
    private readonly WebhookService _webhooks;
    private readonly ILogger<PushDispatcher> _logger;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly HashSet<Guid> _running = [];
    private readonly Lock _lock = new();

    public PushDispatcher(WebhookService webhooks, ILogger<PushDispatcher> logger)
    {
        _webhooks = webhooks;
        _logger = logger;
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            Timeout = webhooks.Options.PushTimeout
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
            try { await _wake.WaitAsync(idle, stoppingToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>Delivers one subscription's due events in order until caught up or an attempt fails.</summary>
    private async Task RunAsync(WorkspaceWebhooks hub, Guid id, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested && hub.NextPush(id) is { } next)
            {
                var delivery = await AttemptAsync(next.Subscription, next.Event, hub.Workspace.Clock, stoppingToken).ConfigureAwait(false);
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

    private async Task<Delivery> AttemptAsync(WebhookSubscription s, WebhookEvent e, TimeProvider clock, CancellationToken stoppingToken)
    {
        var body = e.Body(s.PayloadMode, _webhooks.BaseUrl).ToJsonString();
        var started = clock.GetUtcNow();
        var delivery = new Delivery
        {
            Id = Guid.NewGuid(), SubscriptionId = s.Id, CreatedAt = started, EventId = e.Id, EventOffset = e.Offset,
            Status = "FAILED", TargetUrl = s.TargetUrl, TargetMethod = s.TargetMethod ?? "POST",
            BasicAuth = s.AuthorizationHeader?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) == true,
            Payload = body, EventProcessingTime = (long)Math.Max(0, (started - e.CreatedAt).TotalMilliseconds)
        };
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(delivery.TargetMethod), s.TargetUrl);
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (!string.IsNullOrEmpty(s.AuthorizationHeader))
                request.Headers.TryAddWithoutValidation("Authorization", s.AuthorizationHeader);
            using var response = await _http.SendAsync(request, stoppingToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(stoppingToken).ConfigureAwait(false);
            delivery.HttpStatus = (int)response.StatusCode;
            delivery.Success = response.IsSuccessStatusCode;
            delivery.Status = delivery.Success ? "SUCCESS" : "FAILED";
            delivery.ResponseBody = text.Length > Delivery.ResponseExcerptLength ? text[..Delivery.ResponseExcerptLength] : text;
            foreach (var header in response.Headers.Concat(response.Content.Headers))
                delivery.ResponseHeaders[header.Key] = string.Join(", ", header.Value);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            delivery.Error = ex.Message;
            if (!stoppingToken.IsCancellationRequested)
                _logger.LogInformation("PUSH to {Target} for subscription {Subscription} failed: {Error}", s.TargetUrl, s.Id, ex.Message);
        }
        delivery.Duration = watch.ElapsedMilliseconds;
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
