using System.Text.Json.Nodes;

namespace LeanIX.Automation.Handlers.BuiltIn;

/// <summary>Reads values of a validated configuration (the template guarantees the keys and kinds).</summary>
internal static class ConfigReader
{
    public static string String(JsonObject configuration, string key) => configuration[key]?.GetValue<string>() ?? "";

    public static bool Bool(JsonObject configuration, string key) => configuration[key]?.GetValue<bool>() ?? false;

    public static IReadOnlyList<string> Strings(JsonObject configuration, string key) =>
        configuration[key] is JsonArray a ? a.Select(n => n?.GetValue<string>()).OfType<string>().Where(s => s.Length > 0).ToList() : [];

    public static IReadOnlyDictionary<string, string> Map(JsonObject configuration, string key) =>
        configuration[key] is JsonObject o
            ? o.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>();
}
