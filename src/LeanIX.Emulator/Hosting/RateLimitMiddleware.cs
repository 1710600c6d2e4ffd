using System.Globalization;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Rest;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Hosting;

/// <summary>
/// The Pathfinder limit "requests per minute per user" (rest-other.md §2): the key is the bearer's
/// user id, or the remote IP for requests without a principal (token endpoint, rejected tokens).
/// Over the limit → 429, <c>Retry-After: &lt;seconds&gt;</c> and the D2 body whose message carries
/// the real reason code USER_INTERVAL_REQUEST_LIMIT_EXCEEDED (D36).
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, EmulatorOptions options, TimeProvider clock)
{
    public const string ReasonCode = "USER_INTERVAL_REQUEST_LIMIT_EXCEEDED";

    private readonly FixedWindowLimiter _limiter = new(clock);

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.RateLimitPerMinute;
        if (limit <= 0)
        {
            await next(context);
            return;
        }
        var principal = context.TryGetPrincipal();
        var key = principal is not null
            ? "user:" + principal.UserId.ToString()
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (_limiter.TryAcquire(key, limit, out var retryAfter))
        {
            await next(context);
            return;
        }
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Envelope.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests,
            $"{ReasonCode}: more than {limit} requests per minute for this user; retry after {seconds} s",
            ReasonCode);
    }
}
