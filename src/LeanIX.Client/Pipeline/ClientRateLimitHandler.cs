using System.Threading.RateLimiting;

namespace LeanIX.Client;

/// <summary>
/// Holds the client to <see cref="LeanIXClientOptions.RequestsPerMinute"/> (1800/min per user by
/// default, rest-other.md §2) so a parallel preload does not run into 429s in the first place.
/// </summary>
internal sealed class ClientRateLimitHandler(RateLimiter? limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (limiter is null) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public static RateLimiter? Create(int requestsPerMinute) => requestsPerMinute <= 0
        ? null
        : new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = requestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 12,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst
        });
}
