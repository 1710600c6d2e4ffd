using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace LeanIX.Client;

/// <summary>
/// Which failures are retried. 429 always (the service refused before doing anything). 5xx, 408 and
/// timeouts only for idempotent requests. A connection that could not be established is retried for
/// every request: the request provably did not reach the server, so even a mutation is safe.
/// With <see cref="LeanIXClientOptions.MaxRetries"/> 0 there is no retry strategy at all (<see cref="IsEnabled"/>).
/// </summary>
internal static class RetryPolicy
{
    /// <summary>Whether to add a retry strategy: Polly requires at least one attempt, so 0 retries means none.</summary>
    public static bool IsEnabled(LeanIXClientOptions options) => options.MaxRetries > 0;

    public static HttpRetryStrategyOptions Create(LeanIXClientOptions options) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        Delay = options.RetryDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true, // D36: honour Retry-After
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context))
    };

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var idempotent = context.GetRequestMessage() is { } request
            && request.Options.TryGetValue(LeanIXRequestOptions.Idempotent, out var flag) && flag;
        if (outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
            return true;
        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
            return idempotent;
        if (outcome.Result is not { } response) return false;
        if (response.StatusCode == HttpStatusCode.TooManyRequests) return true;
        return idempotent && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout);
    }
}
