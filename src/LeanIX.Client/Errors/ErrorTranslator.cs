using System.Net;
using System.Text;
using System.Text.Json;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>
/// Turns a non-2xx response into the exception a caller can branch on (D2: by HTTP status). Any body works: a D2
/// envelope, an OAuth error, GraphQL <c>errors</c>, a proxy's HTML page, a truncated or empty body, bytes that are
/// not UTF-8. It never throws; secrets are masked before the message exists.
/// </summary>
internal static class ErrorTranslator
{
    private const int MaxMessage = 1000;
    private const int MaxCode = 200;

    /// <summary>The exception for <paramref name="response"/>, whose body was read as <paramref name="body"/>.</summary>
    public static LeanIXRequestFailedException FromResponse(HttpResponseMessage response, ReadOnlySpan<byte> body, string operation,
        TimeProvider clock, Redactor redactor) =>
        Translate(response.StatusCode, RequestIds.Of(response), RetryAfter(response, clock), body, operation, redactor);

    /// <summary>The exception for a response with <paramref name="status"/> and <paramref name="body"/>, without the HTTP objects.</summary>
    internal static LeanIXRequestFailedException Translate(HttpStatusCode status, string? requestId, TimeSpan? retryAfter,
        ReadOnlySpan<byte> body, string operation, Redactor redactor)
    {
        // Decoding replaces invalid UTF-8, and redacting the text first keeps secrets out of the excerpt below.
        var text = redactor.Apply(Encoding.UTF8.GetString(body));
        var (message, code) = Describe(text, redactor);
        requestId = requestId is null ? null : redactor.Excerpt(requestId, MaxCode);
        var said = message ?? (string.IsNullOrWhiteSpace(text) ? "(empty response)" : Redaction.Excerpt(text, 300));
        var summary = $"{operation} failed with HTTP {(int)status} {status}: {said}";
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new LeanIXAuthenticationException(summary, operation, status, code, requestId),
            HttpStatusCode.NotFound => new LeanIXNotFoundException(summary, operation, status, requestId),
            HttpStatusCode.TooManyRequests => new LeanIXRateLimitedException(summary, operation, retryAfter, requestId),
            _ => new LeanIXRequestFailedException(summary, operation, status, code, requestId)
        };
    }

    /// <summary>
    /// The message and code of a LeanIX error body; nulls when the body is something else. The message is the D2
    /// <c>message</c>, the OAuth <c>error_description</c>, or the first GraphQL <c>errors[].message</c>.
    /// </summary>
    private static (string? Message, string? Code) Describe(string body, Redactor redactor)
    {
        ErrorBodyWire? error;
        try
        {
            error = JsonSerializer.Deserialize(body, LeanIXJsonContext.Default.ErrorBodyWire);
        }
        catch (JsonException)
        {
            return (null, null); // not JSON, or JSON but not an object: the excerpt says what came back
        }
        var message = Text(error?.Message) ?? Text(error?.ErrorDescription) ?? FirstEntryText(error?.Errors, "message")
            ?? Text(error?.Detail) ?? FirstEntryText(error?.Detail, "msg"); // FastAPI: {"detail": "…"} or 422 {"detail": [{"msg"}]}
        var code = FirstEntryText(error?.Errors, "value") ?? Text(error?.Error);
        return (message is null ? null : redactor.Excerpt(message, MaxMessage), code is null ? null : redactor.Excerpt(code, MaxCode));
    }

    /// <summary>The first string <paramref name="member"/> of an object in <c>errors</c>, whatever else the list holds.</summary>
    private static string? FirstEntryText(JsonElement? errors, string member)
    {
        if (errors is not { ValueKind: JsonValueKind.Array } list) return null;
        foreach (var entry in list.EnumerateArray())
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(member, out var value) && Text(value) is { } text)
                return text;
        return null;
    }

    private static string? Text(JsonElement? element) => element is { ValueKind: JsonValueKind.String } s ? JsonStrings.Of(s) : null;

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.RetryAfter?.Date is { } date ? date - clock.GetUtcNow() : null);
}
