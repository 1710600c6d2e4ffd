using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Settings;

/// <summary>
/// WorkspaceSettings (admin.md §6, RUBY-PF workspace_settings.rb): the default object and the D56 check of a full PUT —
/// every required key present and every enum value known, else a 400 naming the key.
/// </summary>
public static class SettingsRules
{
    private static readonly (string Key, string[]? Values)[] Required =
    [
        ("subscriptions", null), ("tags", null), ("help", null), ("snapshot", null), ("idleTimeoutMinutes", null),
        ("dataPrivacy", ["NORMAL", "RELAXED"]), ("completionScore", ["ENABLED", "DISABLED"]),
        ("quickSearchMode", ["LIST_VIEW", "GROUPED_VIEW"]), ("design", null)
    ];

    private static readonly (string Path, string[] Values)[] NestedEnums =
    [
        ("subscriptions.roleAssignment", ["SINGLE", "MULTIPLE"]), ("subscriptions.roleMode", ["ON_THE_FLY", "OPTIONAL", "REQUIRED"]),
        ("tags.taggingMode", ["ON_THE_FLY", "PRE_DEFINED_ONLY", "PRE_DEFINED_OR_ON_THE_FLY"]),
        ("design.activeMode", ["CUSTOM", "CLASSIC", "MODERN", "EAS", "CNS_MI", "CNS_CI"])
    ];

    /// <summary>The settings of a workspace nobody configured.</summary>
    public static JsonObject Default() => new()
    {
        ["subscriptions"] = new JsonObject
        {
            ["subscriptionTypes"] = new JsonArray("RESPONSIBLE", "ACCOUNTABLE", "OBSERVER"), ["roleAssignment"] = "MULTIPLE", ["roleMode"] = "OPTIONAL"
        },
        ["tags"] = new JsonObject { ["taggingMode"] = "PRE_DEFINED_OR_ON_THE_FLY" },
        ["help"] = new JsonObject
        {
            ["helpCenter"] = true, ["userGuide"] = true, ["supportEmail"] = "support@example.com", ["supportUrl"] = null, ["showHelpTours"] = true
        },
        ["snapshot"] = new JsonObject { ["allowOverwrite"] = false },
        ["integrations"] = new JsonObject(),
        ["currency"] = "EUR",
        ["language"] = "en",
        ["jsSnippet"] = null,
        ["idleTimeoutMinutes"] = 60,
        ["defaultReportId"] = null,
        ["dataPrivacy"] = "NORMAL",
        ["completionScore"] = "ENABLED",
        ["quickSearchMode"] = "LIST_VIEW",
        ["design"] = new JsonObject { ["activeMode"] = "MODERN", ["customCss"] = new JsonObject() },
        ["smartIndicatorsEnabled"] = true,
        ["retention"] = new JsonObject { ["eventUserRetentionDays"] = 365 },
        ["dashboard"] = new JsonObject
        {
            ["allowedIframePanelUrls"] = "", ["defaultDashboard"] = null, ["allowAllUrlsInIframePanel"] = false, ["allowedIframePanelAttributes"] = new JsonArray()
        }
    };

    /// <summary>The key and message of the first problem, or null when the object may be stored.</summary>
    public static (string Key, string Message)? Check(JsonNode? body)
    {
        if (body is not JsonObject settings) return ("body", "The request body must be the complete WorkspaceSettings object.");
        var missing = Required.Where(r => settings[r.Key] is null).Select(r => r.Key).ToList();
        if (missing.Count > 0) return (missing[0], $"The workspace settings lack the required key(s): {string.Join(", ", missing)}.");
        foreach (var (key, values) in Required)
            if (values is not null && !IsOneOf(settings[key], values))
                return (key, $"'{key}' must be one of {string.Join(", ", values)}, not {settings[key]!.ToJsonString()}.");
        if (settings["idleTimeoutMinutes"] is not JsonValue idle || !idle.TryGetValue<int>(out var minutes) || minutes < 1)
            return ("idleTimeoutMinutes", "'idleTimeoutMinutes' must be a whole number of minutes ≥ 1.");
        foreach (var (path, values) in NestedEnums)
        {
            var parts = path.Split('.');
            if (settings[parts[0]] is not JsonObject parent) return (parts[0], $"'{parts[0]}' must be an object.");
            if (parent[parts[1]] is { } value && !IsOneOf(value, values))
                return (path, $"'{path}' must be one of {string.Join(", ", values)}, not {value.ToJsonString()}.");
        }
        if (settings["dashboard"] is JsonObject dashboard)
            foreach (var key in new[] { "allowedIframePanelUrls", "allowedIframePanelAttributes" })
                if (dashboard[key] is null) return ("dashboard." + key, $"The workspace settings lack the required key: dashboard.{key}.");
        return null;
    }

    private static bool IsOneOf(JsonNode? node, string[] values) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && values.Contains(s, StringComparer.Ordinal);
}
