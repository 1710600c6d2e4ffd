using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// Reading the JSON bodies of the admin services (admin.md §2–§4): each reader throws
/// <see cref="RestInputException"/> naming the member, so an endpoint answers one clear 400 (or 422).
/// </summary>
public static class RequestJson
{
    /// <summary>The body as JSON; null when it is empty.</summary>
    public static async Task<JsonNode?> ReadAsync(HttpContext context)
    {
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            if (buffer.Length == 0) return null;
            return JsonNode.Parse(buffer.ToArray());
        }
        catch (JsonException e)
        {
            throw new RestInputException($"The request body is not valid JSON: {e.Message}", field: "body");
        }
    }

    public static JsonObject Object(JsonNode? body, string what) =>
        body as JsonObject ?? throw new RestInputException($"The request body must be a JSON object ({what}).", field: "body");

    public static JsonArray Array(JsonNode? body, string what) =>
        body as JsonArray ?? throw new RestInputException($"The request body must be a JSON array ({what}).", field: "body");

    /// <summary>A string member, null when absent or null; any other JSON type is refused.</summary>
    public static string? String(JsonObject json, string key) => json[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => throw new RestInputException($"'{key}' must be a string, not {other.ToJsonString()}.", other.ToJsonString(), key)
    };

    /// <summary>A whole-number member, null when absent or null.</summary>
    public static long? Long(JsonObject json, string key)
    {
        if (json[key] is not { } node) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n)) return n;
        if (node is JsonValue d && d.TryGetValue<double>(out var x) && x == Math.Floor(x) && Math.Abs(x) < 9e15) return (long)x;
        throw new RestInputException($"'{key}' must be a whole number, not {node.ToJsonString()}.", node.ToJsonString(), key);
    }

    /// <summary>A boolean member, null when absent or null.</summary>
    public static bool? Bool(JsonObject json, string key) => json[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        var other => throw new RestInputException($"'{key}' must be true or false, not {other.ToJsonString()}.", other.ToJsonString(), key)
    };

    /// <summary>An ISO-8601 timestamp member (D6 on output; any ISO-8601 precision or offset on input).</summary>
    public static DateTimeOffset? Timestamp(JsonObject json, string key)
    {
        if (String(json, key) is not { } text) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw new RestInputException($"'{key}' must be an ISO-8601 timestamp, not '{text}'.", text, key);
    }

    /// <summary>A value that must be one of <paramref name="allowed"/> (exact, upper case as the wire has them).</summary>
    public static string? OneOf(string? value, string key, IReadOnlyCollection<string> allowed) =>
        value is null || allowed.Contains(value)
            ? value
            : throw new RestInputException($"'{key}' must be one of {string.Join(", ", allowed)}, not '{value}'.", value, key);
}
