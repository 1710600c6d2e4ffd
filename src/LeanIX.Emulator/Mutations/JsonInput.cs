using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// Parses the JSON carried inside patch value strings (D20: complex values are JSON-encoded strings).
/// Malformed content is a MODEL_COMPLIANT error: the value does not fit the field's data-model type.
/// </summary>
internal static class JsonInput
{
    public static JsonNode? Parse(string value, string entityType, Guid? objectId, string path)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException e)
        {
            throw MutationException.ModelCompliant(entityType, objectId, path,
                $"The value of '{path}' is not valid JSON: {e.Message}");
        }
    }

    public static JsonObject ParseObject(string? value, string entityType, Guid? objectId, string path)
    {
        if (value is not null && Parse(value, entityType, objectId, path) is JsonObject obj) return obj;
        throw MutationException.ModelCompliant(entityType, objectId, path, $"The value of '{path}' must be a JSON object.");
    }

    public static JsonArray ParseArray(string? value, string entityType, Guid? objectId, string path)
    {
        if (value is not null && Parse(value, entityType, objectId, path) is JsonArray arr) return arr;
        throw MutationException.ModelCompliant(entityType, objectId, path, $"The value of '{path}' must be a JSON array.");
    }

    /// <summary>A JSON array of strings (restrictToFactSheetTypes, naFields).</summary>
    public static List<string> ParseStringArray(string? value, string entityType, Guid? objectId, string path)
    {
        var result = new List<string>();
        foreach (var item in ParseArray(value, entityType, objectId, path))
        {
            if (AsString(item) is not { } s)
                throw MutationException.ModelCompliant(entityType, objectId, path, $"The value of '{path}' must be an array of strings.");
            result.Add(s);
        }
        return result;
    }

    /// <summary>The string content of a JSON string node, or null for anything else.</summary>
    public static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>D6: dates are <c>YYYY-MM-DD</c>. Returns the canonical string.</summary>
    public static string? ParseDate(JsonNode? node, string member, string entityType, Guid? objectId, string path)
    {
        if (node is null) return null;
        var text = AsString(node);
        if (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw MutationException.ModelCompliant(entityType, objectId, path,
                $"'{member}' must be a date in the form YYYY-MM-DD, got '{node.ToJsonString()}'.");
        return text;
    }
}
