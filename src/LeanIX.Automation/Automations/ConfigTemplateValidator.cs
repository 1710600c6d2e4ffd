using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Automation.Automations;

/// <summary>
/// Checks a configuration against a handler's template: the same keys (none missing, none unknown), each value of the
/// template value's JSON kind, recursively; an empty object in the template is a map and takes any keys; an array's
/// items must be of the kind of the template array's first item (any kind when it is empty, strings for <c>fs_types</c>).
/// </summary>
public static class ConfigTemplateValidator
{
    /// <summary>Parses and validates <paramref name="configurationJson"/>; answers the parsed object.</summary>
    /// <exception cref="AutomationConfigurationException">Malformed JSON, or a wrong, missing or unknown key (named).</exception>
    public static JsonObject Validate(JsonObject template, string configurationJson)
    {
        ArgumentNullException.ThrowIfNull(template);
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(configurationJson ?? "");
        }
        catch (JsonException e)
        {
            throw new AutomationConfigurationException(null, $"The configuration is not valid JSON: {e.Message}");
        }
        if (parsed is not JsonObject configuration)
            throw new AutomationConfigurationException(null, "The configuration must be a JSON object shaped like the handler's template.");
        if (configuration.Count == 0 || configuration.First().Key != "fs_types")
            throw new AutomationConfigurationException("fs_types", "The configuration's first key must be 'fs_types', the fact sheet types it applies to.");
        CheckObject(template, configuration, "");
        return configuration;
    }

    private static void CheckObject(JsonObject template, JsonObject value, string path)
    {
        if (template.Count == 0) return; // a map: any keys
        foreach (var (key, _) in value)
            if (!template.ContainsKey(key))
                throw new AutomationConfigurationException(Join(path, key), $"Unknown key '{Join(path, key)}'; the template has {string.Join(", ", template.Select(t => $"'{t.Key}'"))}.");
        foreach (var (key, expected) in template)
        {
            var keyPath = Join(path, key);
            if (!value.TryGetPropertyValue(key, out var actual))
                throw new AutomationConfigurationException(keyPath, $"The key '{keyPath}' is missing.");
            CheckValue(expected, actual, keyPath);
        }
    }

    private static void CheckValue(JsonNode? expected, JsonNode? actual, string path)
    {
        var want = KindOf(expected);
        var have = KindOf(actual);
        // null in the template means "anything"; null in a configuration is allowed where the template has null.
        if (want == JsonValueKind.Null) return;
        if (want != have && !(want is JsonValueKind.True or JsonValueKind.False && have is JsonValueKind.True or JsonValueKind.False))
            throw new AutomationConfigurationException(path, $"The key '{path}' must be {Describe(want)}, not {Describe(have)}.");
        switch (expected)
        {
            case JsonObject o:
                CheckObject(o, (JsonObject)actual!, path);
                break;
            case JsonArray a:
                var item = a.Count > 0 ? a[0] : path == "fs_types" ? JsonValue.Create("") : null;
                if (item is null) break;
                var items = (JsonArray)actual!;
                for (var i = 0; i < items.Count; i++)
                    CheckValue(item, items[i], $"{path}[{i}]");
                break;
        }
    }

    private static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null"
    };
}
