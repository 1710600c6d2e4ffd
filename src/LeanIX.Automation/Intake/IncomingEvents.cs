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
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidEventException($"The body is not valid JSON: {e.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object)
            throw new InvalidEventException($"The body is JSON {root.ValueKind.ToString().ToLowerInvariant()}, not a LeanIX event object.");
        var payload = IsWrapped(root) ? root.GetProperty("payload") : root;
        if (StringOf(payload, "type") is null && StringOf(payload, "tag") is null)
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
            : IsWrapped(root) && StringOf(root, "id") is { } wrappedId ? $"wrapped:{wrappedId}"
            : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        return new IncomingEvent(dedup, parsed.Type ?? StringOf(payload, "tag"), subject.FactSheetId, body, source);
    }

    private static bool IsWrapped(JsonElement e) =>
        e.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object && e.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array;

    private static string? StringOf(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>A received body is not a LeanIX event.</summary>
public sealed class InvalidEventException(string message) : Exception(message);
