using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>Turns a non-2xx response into the exception a caller can branch on (D2: by HTTP status).</summary>
internal static class ErrorTranslator
{
    public static LeanIXRequestFailedException FromResponse(HttpResponseMessage response, string redactedBody, string operation)
    {
        var requestId = RequestIds.Of(response);
        string? message = null, code = null;
        try
        {
            var body = JsonNode.Parse(redactedBody);
            message = body?["message"]?.GetValue<string>() ?? body?["error_description"]?.GetValue<string>();
            code = body?["errors"]?[0]?["value"]?.GetValue<string>() ?? body?["error"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not a LeanIX envelope (a proxy's HTML page, say): the excerpt below still says what came back.
        }
        var status = response.StatusCode;
        var text = $"{operation} failed with HTTP {(int)status} {status}: {message ?? Redaction.Excerpt(redactedBody, 300)}";
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new LeanIXAuthenticationException(text, operation, status, code, requestId),
            HttpStatusCode.NotFound => new LeanIXNotFoundException(text, operation, status, requestId),
            HttpStatusCode.TooManyRequests => new LeanIXRateLimitedException(text, operation, RetryAfter(response), requestId),
            _ => new LeanIXRequestFailedException(text, operation, status, code, requestId)
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
}
