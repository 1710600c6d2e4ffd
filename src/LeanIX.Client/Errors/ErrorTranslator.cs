using System.Net;
using System.Text.Json;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>Turns a non-2xx response into the exception a caller can branch on (D2: by HTTP status).</summary>
internal static class ErrorTranslator
{
    public static LeanIXRequestFailedException FromResponse(HttpResponseMessage response, string redactedBody, string operation, TimeProvider clock)
    {
        var requestId = RequestIds.Of(response);
        var (message, code) = Describe(redactedBody);
        var status = response.StatusCode;
        var text = $"{operation} failed with HTTP {(int)status} {status}: {message ?? Redaction.Excerpt(redactedBody, 300)}";
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new LeanIXAuthenticationException(text, operation, status, code, requestId),
            HttpStatusCode.NotFound => new LeanIXNotFoundException(text, operation, status, requestId),
            HttpStatusCode.TooManyRequests => new LeanIXRateLimitedException(text, operation, RetryAfter(response, clock), requestId),
            _ => new LeanIXRequestFailedException(text, operation, status, code, requestId)
        };
    }

    /// <summary>The message and code of a LeanIX error body; nulls when the body is something else (a proxy's HTML page, say).</summary>
    private static (string? Message, string? Code) Describe(string body)
    {
        ErrorBodyWire? error;
        try
        {
            error = JsonSerializer.Deserialize(body, LeanIXJsonContext.Default.ErrorBodyWire);
        }
        catch (JsonException)
        {
            return (null, null);
        }
        var message = Text(error?.Message) ?? Text(error?.ErrorDescription);
        var code = FirstErrorValue(error?.Errors) ?? Text(error?.Error);
        return (message, code);
    }

    private static string? FirstErrorValue(JsonElement? errors) =>
        errors is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
        && list[0].ValueKind == JsonValueKind.Object && list[0].TryGetProperty("value", out var value)
            ? Text(value)
            : null;

    private static string? Text(JsonElement? element) => element is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.RetryAfter?.Date is { } date ? date - clock.GetUtcNow() : null);
}
