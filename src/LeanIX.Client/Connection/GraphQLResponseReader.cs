using System.Net;
using System.Text;
using System.Text.Json;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>
/// Reads a GraphQL answer with HTTP 2xx: its <c>data</c>, or the exception it stands for. Any <c>errors</c> (even next
/// to partial data, D17) is a <see cref="LeanIXBusinessException"/>; no data, or a body that is not a GraphQL answer,
/// is a <see cref="LeanIXRequestFailedException"/>. Nothing else is ever thrown.
/// </summary>
internal static class GraphQLResponseReader
{
    /// <summary>The <c>data</c> object of <paramref name="body"/>.</summary>
    public static JsonElement Data(ReadOnlySpan<byte> body, string operation, Redactor redactor)
    {
        // The common case reads the bytes once; only a failure pays for decoding and redacting the text.
        GraphQLResponseWire? response = null;
        try
        {
            response = JsonSerializer.Deserialize(body, LeanIXJsonContext.Default.GraphQLResponseWire);
        }
        catch (JsonException)
        {
            // Described below from the text.
        }
        if (response is { Data: { ValueKind: JsonValueKind.Object } data } && !GraphQLErrors.Any(response.Errors)) return data;
        throw Failure(body, operation, redactor);
    }

    /// <summary>Why <paramref name="body"/> has no usable data.</summary>
    internal static LeanIXRequestFailedException Failure(ReadOnlySpan<byte> body, string operation, Redactor redactor)
    {
        // Read again from redacted UTF-16 text: invalid UTF-8 is replaced, so no string read below can fail.
        var text = redactor.Apply(Encoding.UTF8.GetString(body));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return new LeanIXRequestFailedException(
                $"{operation}: the response is not JSON ({e.Message}): {Excerpt(text)}", operation, HttpStatusCode.OK, inner: e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new LeanIXRequestFailedException($"{operation}: the response is not a GraphQL answer: {Excerpt(text)}", operation, HttpStatusCode.OK);
            JsonElement? errors = root.TryGetProperty("errors", out var e) ? e : null;
            if (GraphQLErrors.Any(errors))
            {
                var list = GraphQLErrors.Read(errors!.Value, redactor);
                return new LeanIXBusinessException($"{operation} failed: {Redaction.Excerpt(string.Join("; ", list.Select(x => x.ToString())), 2000)}", operation, list);
            }
            return new LeanIXRequestFailedException($"{operation} returned no data: {Excerpt(text)}", operation, HttpStatusCode.OK);
        }
    }

    private static string Excerpt(string text) => string.IsNullOrWhiteSpace(text) ? "(empty response)" : Redaction.Excerpt(text, 300);
}
