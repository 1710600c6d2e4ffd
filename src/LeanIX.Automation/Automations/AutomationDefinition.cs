using System.Text.Json.Nodes;

namespace LeanIX.Automation.Automations;

/// <summary>
/// An automation: a handler (by its <see cref="Handlers.EventHandler.Name"/>) plus its configuration, enabled or not.
/// Pass one without <see cref="Id"/> to <see cref="IAutomationStore.SaveAsync"/> to create it; the store validates
/// <see cref="ConfigurationJson"/> against the handler's <see cref="Handlers.EventHandler.ConfigTemplate"/> and answers it
/// as stored, with its id.
/// </summary>
/// <remarks>Named <c>AutomationDefinition</c> rather than <c>Automation</c>, which is this assembly's namespace.</remarks>
public sealed record AutomationDefinition
{
    /// <summary>The host-assigned id (stable across restarts); null or empty to create a new automation.</summary>
    public string? Id { get; init; }

    /// <summary>A human name shown in the menu and in the sync log (defaults to the handler name).</summary>
    public string? Name { get; init; }

    /// <summary>The handler's <see cref="Handlers.EventHandler.Name"/>.</summary>
    public required string HandlerName { get; init; }

    /// <summary>The configuration as JSON text: an object shaped like the handler's template (first key <c>fs_types</c>).</summary>
    public required string ConfigurationJson { get; init; }

    /// <summary>Whether events run it.</summary>
    public bool Enabled { get; init; }

    /// <summary>When it was last saved (set by the store).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The name to show: <see cref="Name"/> or the handler name.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? HandlerName : Name;

    /// <summary>The configuration parsed (a fresh copy each call, so a handler cannot change the stored one).</summary>
    public JsonObject Configuration => JsonNode.Parse(ConfigurationJson) as JsonObject ?? [];

    /// <summary>The fact sheet types it applies to (the template's first key, <c>fs_types</c>); empty means all.</summary>
    public IReadOnlyList<string> FactSheetTypes =>
        Configuration["fs_types"] is JsonArray types ? types.Select(t => t?.GetValue<string>()).OfType<string>().ToList() : [];
}
