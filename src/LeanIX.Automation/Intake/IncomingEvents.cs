using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LeanIX.Automation.Inbox;
using LeanIX.Client.Events;

namespace LeanIX.Automation.Intake;

/// <summary>Turns a received body into an <see cref="IncomingEvent"/>, refusing what is not a LeanIX event.</summary>
public static class IncomingEvents
{
    /// <summary>Reads one event body (DEFAULT or WRAPPED_EVENT payload mode, webhooks.md §2, §6).</summary>
    /// <exception cref="InvalidEventException">Malformed JSON, or JSON that is not a LeanIX event; the message says which.</exception>
    public static IncomingEvent From(string body, string source)
    {
        ArgumentNullException.ThrowIfNull(body);
        return From(Encoding.UTF8.GetBytes(body), source, body);
    }

    /// <summary>
    /// Reads one event body from its UTF-8 bytes as received (PUSH): parsed in place, without a string of the whole body
    /// first; the stored body is decoded from the same bytes.
    /// </summary>
    /// <exception cref="InvalidEventException">Malformed JSON (invalid UTF-8 included), or JSON that is not a LeanIX event.</exception>
    public static IncomingEvent From(ReadOnlyMemory<byte> utf8Body, string source) => From(utf8Body, source, null);

    private static IncomingEvent From(ReadOnlyMemory<byte> utf8Body, string source, string? body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Body);
        }
        catch (JsonException e)
        {
            throw new InvalidEventException($"The body is not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InvalidEventException($"The body is JSON {root.ValueKind.ToString().ToLowerInvariant()}, not a LeanIX event object.");
            var wrapped = IsWrapped(root);
            var payload = wrapped ? root.GetProperty("payload") : root;
            var tag = StringOf(payload, "tag");
            if (StringOf(payload, "type") is null && tag is null)
                throw new InvalidEventException("The body is not a LeanIX event: it has no 'type' (e.g. FactSheetUpdatedEvent) nor an automation 'tag'. Subscribe with payloadMode DEFAULT or WRAPPED_EVENT.");
            LeanIXEvent parsed;
            try
            {
                parsed = LeanIXEvents.Parse(root);
            }
            catch (JsonException e)
            {
                throw new InvalidEventException($"The body is not a LeanIX event: {e.Message}");
            }
            var subject = EventSubject.Of(parsed);
            var dedup = parsed.Id is { } id ? $"event:{id}"
                : wrapped && StringOf(root, "id") is { } wrappedId ? $"wrapped:{wrappedId}"
                : "sha256:" + Convert.ToHexString(SHA256.HashData(utf8Body.Span));
            return new IncomingEvent(dedup, parsed.Type ?? tag, subject.FactSheetId, body ?? Encoding.UTF8.GetString(utf8Body.Span), source);
        }
    }

    private static bool IsWrapped(JsonElement e) =>
        e.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object && e.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array;

    private static string? StringOf(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>A received body is not a LeanIX event.</summary>
public sealed class InvalidEventException(string message) : Exception(message);
