using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Quality.Organizations;

namespace LeanIX.Quality.Configuration;

/// <summary>
/// The quality configuration (a JSON file): <c>checkers</c> (per checker settings), <c>organizations</c>
/// (<c>responsibilityRelations</c>, <c>usageTypes</c>) and <c>reminder</c> (see <c>ReminderOptions</c>).
/// Unknown top-level keys are refused.
/// </summary>
public sealed record QualityConfiguration
{
    private static readonly string[] Sections = ["checkers", "organizations", "reminder"];

    /// <summary>The <c>checkers</c> section, validated when the checkers are created.</summary>
    public JsonObject? Checkers { get; init; }

    /// <summary>How organisations are read.</summary>
    public OrganizationOptions Organizations { get; init; } = new();

    /// <summary>The <c>reminder</c> section.</summary>
    public JsonObject? Reminder { get; init; }

    /// <summary>Parses the JSON text; an error names the bad key.</summary>
    public static QualityConfiguration Parse(string json)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(json); }
        catch (JsonException e) { throw new QualityConfigurationException("(file)", $"not valid JSON: {e.Message}"); }
        if (root is not JsonObject o) throw new QualityConfigurationException("(file)", "expected a JSON object.");
        foreach (var (key, _) in o)
            if (!Sections.Contains(key)) throw new QualityConfigurationException(key, $"unknown section. Known sections: {string.Join(", ", Sections)}.");
        return new QualityConfiguration
        {
            Checkers = Section(o, "checkers"),
            Organizations = ReadOrganizations(Section(o, "organizations")),
            Reminder = Section(o, "reminder")
        };
    }

    /// <summary>Reads a configuration file.</summary>
    public static async Task<QualityConfiguration> LoadAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));

    private static JsonObject? Section(JsonObject root, string key) => root[key] switch
    {
        null => null,
        JsonObject section => section,
        var other => throw new QualityConfigurationException(key, $"expected an object, got {other.ToJsonString()}.")
    };

    private static OrganizationOptions ReadOrganizations(JsonObject? section)
    {
        if (section is null) return new OrganizationOptions();
        IReadOnlyList<string>? List(string key) => section[key] switch
        {
            null => null,
            JsonArray a when a.All(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String) => a.Select(n => n!.GetValue<string>()).ToList(),
            var other => throw new QualityConfigurationException($"organizations.{key}", $"expected a list of names, got {other.ToJsonString()}.")
        };
        foreach (var (key, _) in section)
            if (key is not ("responsibilityRelations" or "usageTypes"))
                throw new QualityConfigurationException($"organizations.{key}", "unknown setting. Known settings here: responsibilityRelations, usageTypes.");
        return new OrganizationOptions { ResponsibilityRelations = List("responsibilityRelations"), UsageTypes = List("usageTypes") };
    }
}
