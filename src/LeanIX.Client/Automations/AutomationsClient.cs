using LeanIX.Client.Wire;

namespace LeanIX.Client.Automations;

/// <summary>
/// LeanIX automations (<c>lx.Automations</c>, <c>/services/automations/v1</c>, admin.md §8.2): templates and the scripts they
/// run. The service answers bare JSON and <c>{"error","message","status"}</c> errors (a validation error names the member in
/// its message). Create a template's scripts first: a script action must name an existing <c>scriptId</c>.
/// </summary>
public sealed class AutomationsClient
{
    private const string Base = "services/automations/v1";
    private readonly LeanIXConnection _connection;

    internal AutomationsClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>Every automation of the workspace, by name.</summary>
    public async Task<IReadOnlyList<AutomationTemplate>> ListAsync(CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Get, $"{Base}/templates", Wire.ListAutomationTemplate, null, null, cancellationToken).ConfigureAwait(false);

    /// <summary>One automation.</summary>
    /// <exception cref="LeanIXNotFoundException">There is none with this id.</exception>
    public async Task<AutomationTemplate> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Get, $"{Base}/templates/{IdArgument.NotEmpty(id, "automation template")}", Wire.AutomationTemplate, null, null, cancellationToken).ConfigureAwait(false);

    /// <summary>Creates an automation; the service checks it (admin.md §8.2 rules) and refuses a taken name (409).</summary>
    public async Task<AutomationTemplate> CreateAsync(AutomationTemplate template, CancellationToken cancellationToken = default)
    {
        Validate(template);
        var body = LeanIXConnection.Serialize(template with { Id = null, CreatorId = null, WorkspaceId = null }, Wire.AutomationTemplate);
        return await _connection.SendAsync(HttpMethod.Post, $"{Base}/templates", Wire.AutomationTemplate, body, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a loaded automation (PUT; the service has no PATCH). Toggle it with <c>template with { Active = true }</c>.</summary>
    public async Task<AutomationTemplate> UpdateAsync(AutomationTemplate template, CancellationToken cancellationToken = default)
    {
        Validate(template);
        var id = template.Id ?? throw new ArgumentException("Only an automation with an id can be updated; create it first.", nameof(template));
        var body = LeanIXConnection.Serialize(template with { CreatorId = null }, Wire.AutomationTemplate); // creatorId is immutable
        return await _connection.SendAsync(HttpMethod.Put, $"{Base}/templates/{IdArgument.NotEmpty(id, "automation template")}", Wire.AutomationTemplate, body, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an automation (its scripts stay).</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/templates/{IdArgument.NotEmpty(id, "automation template")}", null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Deletes every automation once <paramref name="confirm"/>, asked with the list, answers true (the seed's interactive
    /// <c>delete_automations</c>); otherwise nothing is deleted. Returns the automations deleted.
    /// </summary>
    public async Task<IReadOnlyList<AutomationTemplate>> DeleteAutomationsAsync(Func<IReadOnlyList<AutomationTemplate>, bool> confirm,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirm);
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        if (all.Count == 0 || !confirm(all)) return [];
        foreach (var template in all) await DeleteAsync(template.Id!.Value, cancellationToken).ConfigureAwait(false);
        return all;
    }

    /// <summary>Creates a script for SET_FACT_SHEET_FIELD_SCRIPT actions; its id is their <c>scriptId</c>.</summary>
    public async Task<AutomationScript> CreateScriptAsync(AutomationScript script, CancellationToken cancellationToken = default)
    {
        ValidateScript(script);
        var body = LeanIXConnection.Serialize(script with { Id = null, CreatedAt = null, UpdatedAt = null }, Wire.AutomationScript);
        return await _connection.SendAsync(HttpMethod.Post, $"{Base}/scripts", Wire.AutomationScript, body, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a script's name, description and code (a new version; automations use the latest).</summary>
    public async Task<AutomationScript> UpdateScriptAsync(AutomationScript script, CancellationToken cancellationToken = default)
    {
        ValidateScript(script);
        var id = script.Id ?? throw new ArgumentException("Only a script with an id can be updated; create it first.", nameof(script));
        var body = LeanIXConnection.Serialize(script with { Id = null, CreatedAt = null, UpdatedAt = null }, Wire.AutomationScript);
        return await _connection.SendAsync(HttpMethod.Put, $"{Base}/scripts/{IdArgument.NotEmpty(id, "script")}", Wire.AutomationScript, body, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a script; one that several automations use is kept (409) unless <paramref name="force"/>.</summary>
    public async Task DeleteScriptAsync(Guid id, bool force = false, CancellationToken cancellationToken = default) =>
        await _connection.RequestAsync($"{Base}/scripts/{IdArgument.NotEmpty(id, "script")}", HttpMethod.Delete, null,
            force ? new Dictionary<string, string?> { ["force"] = "true" } : null, cancellationToken).ConfigureAwait(false);

    private static void Validate(AutomationTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (string.IsNullOrWhiteSpace(template.Name)) throw new ArgumentException("An automation needs a name.", nameof(template));
        if (string.IsNullOrWhiteSpace(template.FactSheetType)) throw new ArgumentException("An automation needs a fact sheet type.", nameof(template));
        if (template.Actions.Count == 0) throw new ArgumentException("An automation needs at least one action.", nameof(template));
    }

    private static void ValidateScript(AutomationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (string.IsNullOrWhiteSpace(script.Name)) throw new ArgumentException("A script needs a name.", nameof(script));
        if (string.IsNullOrWhiteSpace(script.Code)) throw new ArgumentException("A script needs its code.", nameof(script));
    }

}
