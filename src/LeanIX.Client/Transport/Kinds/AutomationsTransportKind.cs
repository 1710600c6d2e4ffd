using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Automations;
using LeanIX.Client.ManagedCode;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>
/// LeanIX automations and the scripts they run (seed <c>transport_automations</c>, admin.md §8.2 and Appendix A: POST
/// <c>/scripts</c> first, remap <c>scriptId</c>, then POST <c>/templates</c>). Keys: the template name; <c>script/Name</c>
/// for a script. Scripts are read as managed-code configurations of capability AUTOMATIONS (the service has no script
/// list; a script's id is its configuration's id). Selecting a template brings the scripts it runs. A template names its
/// scripts by name (<c>scriptName</c>) in the plan, since a script created by the same apply has no target id yet; the
/// target's id is looked up when the template is written. Tag, role, user and fact sheet ids inside trigger, conditions and
/// actions become the target's; fact sheet types, fields and relations they name must exist there. The owner stays the target's (a new template is owned
/// by the transporting user), like bookmarks and webhooks.
/// </summary>
public sealed class AutomationsTransportKind : ITransportKind
{
    private const int ScriptOrder = 0;
    private const int TemplateOrder = 1;
    private const string ScriptPrefix = "script/";
    private static readonly string[] ServerFields = ["id", "workspaceId", "creatorId", "ownerId"];

    /// <inheritdoc/>
    public string Name => "automations";

    /// <inheritdoc/>
    public string Description => "LeanIX automations and their scripts";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        var scripts = await workspace.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Automations, cancellationToken).ConfigureAwait(false);
        var templates = await workspace.Automations.ListAsync(cancellationToken).ConfigureAwait(false);
        var scriptNames = scripts.Where(s => s.Id is not null).ToDictionary(s => s.Id!.Value, s => s.Name);
        var selectedTemplates = templates.Where(t => selection.Includes(t.Name)).Select(t => Template(t, scriptNames)).ToList();
        var usedScripts = selectedTemplates.SelectMany(t => ScriptNames(t.Fields)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return
        [
            .. scripts.Where(s => selection.Includes(s.Name, ScriptPrefix + s.Name) || usedScripts.Contains(s.Name))
                .Select(s => new TransportElement(ScriptPrefix + s.Name,
                    new JsonObject { ["name"] = s.Name, ["description"] = s.Description, ["code"] = s.Code }, s.Id?.ToString(), ScriptOrder)),
            .. selectedTemplates
        ];
    }

    /// <summary>A template's settings with each script action's <c>scriptId</c> replaced by the script's name (kept when unknown).</summary>
    private static TransportElement Template(AutomationTemplate template, Dictionary<Guid, string> scriptNames)
    {
        var fields = (JsonObject)JsonSerializer.SerializeToNode(template, LeanIXConnection.Wire.AutomationTemplate)!;
        foreach (var name in ServerFields) fields.Remove(name);
        foreach (var action in (fields["actions"] as JsonArray ?? []).OfType<JsonObject>())
            if ((string?)action["scriptId"] is { } id && Guid.TryParse(id, out var scriptId) && scriptNames.TryGetValue(scriptId, out var scriptName))
            {
                action.Remove("scriptId");
                action["scriptName"] = scriptName;
            }
        return new TransportElement(template.Name, fields, template.Id?.ToString(), TemplateOrder);
    }

    private static IEnumerable<string> ScriptNames(JsonObject fields) =>
        (fields["actions"] as JsonArray ?? []).OfType<JsonObject>().Select(a => (string?)a["scriptName"]).OfType<string>();

    /// <inheritdoc/>
    public async Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken)
    {
        if (source.Order == ScriptOrder) return source; // JavaScript refers to nothing by id the transport could see
        var where = $"automation '{source.Key}'";
        var fields = (JsonObject)source.Fields.DeepClone();
        if (fields["factSheetType"] is JsonValue t && t.TryGetValue<string>(out var type))
            await references.CheckFactSheetTypesAsync([type], where, cancellationToken).ConfigureAwait(false);
        foreach (var member in new[] { "trigger", "conditions", "actions" })
            fields[member] = await RemapAsync(fields[member], $"{where}, {member}", references, cancellationToken).ConfigureAwait(false);
        return source with { Fields = fields };
    }

    /// <summary>Every id (tag, tag group, role, user, fact sheet) becomes the target's; every fact sheet type must exist there.</summary>
    private static async Task<JsonNode?> RemapAsync(JsonNode? node, string path, TransportReferences references, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case JsonObject o:
                var result = new JsonObject();
                foreach (var (name, value) in o)
                {
                    var at = $"{path}.{name}";
                    if (name == "scriptId")
                    {
                        // Read left the id only where it names no script of the source: nothing to create it from.
                        references.Unresolved($"{at}: script {(string?)value} is no automation script of the source workspace.");
                        result[name] = value?.DeepClone();
                    }
                    else if (name == "factSheetType" && value is JsonValue v && v.TryGetValue<string>(out var type))
                    {
                        await references.CheckFactSheetTypesAsync([type], at, cancellationToken).ConfigureAwait(false);
                        result[name] = type;
                    }
                    else if (name is "fieldName" or "relationType" && value is JsonValue f && f.TryGetValue<string>(out var key))
                    {
                        // A field or relation a v3 sandbox has and a v4 production lacks would make the service refuse or the trigger never fire.
                        if (!await references.TargetHasFieldOrRelationAsync(key, cancellationToken).ConfigureAwait(false))
                            references.Unresolved($"{at}: '{key}' is no field or relation of the target's data model.");
                        result[name] = key;
                    }
                    else result[name] = await RemapAsync(value, at, references, cancellationToken).ConfigureAwait(false);
                }
                return result;
            case JsonArray a:
                var items = new List<JsonNode?>();
                for (var i = 0; i < a.Count; i++) items.Add(await RemapAsync(a[i], $"{path}[{i}]", references, cancellationToken).ConfigureAwait(false));
                return new JsonArray([.. items]);
            case JsonValue v when v.TryGetValue<string>(out var text) && Guid.TryParseExact(text, "D", out var id):
                return await references.RemapIdAsync(id, path, cancellationToken).ConfigureAwait(false) ?? text;
            default:
                return node?.DeepClone();
        }
    }

    /// <inheritdoc/>
    public async Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken)
    {
        if (desired.Order == ScriptOrder)
        {
            await target.Automations.CreateScriptAsync(Script(desired), cancellationToken).ConfigureAwait(false);
            return;
        }
        var owner = (await target.Connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false)).UserId;
        await target.Automations.CreateAsync(await TemplateAsync(target, desired, cancellationToken).ConfigureAwait(false) with { OwnerId = owner },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(current.Handle!);
        if (desired.Order == ScriptOrder)
        {
            await target.Automations.UpdateScriptAsync(Script(desired) with { Id = id }, cancellationToken).ConfigureAwait(false);
            return;
        }
        // A full PUT (admin.md §8.2, no PATCH): the target's owner stays.
        var existing = await target.Automations.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var template = await TemplateAsync(target, desired, cancellationToken).ConfigureAwait(false);
        await target.Automations.UpdateAsync(template with { Id = id, OwnerId = existing.OwnerId, WorkspaceId = existing.WorkspaceId }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        current.Order == ScriptOrder
            ? target.Automations.DeleteScriptAsync(Guid.Parse(current.Handle!), cancellationToken: cancellationToken) // kept (409) while several templates run it
            : target.Automations.DeleteAsync(Guid.Parse(current.Handle!), cancellationToken);

    private static AutomationScript Script(TransportElement e) =>
        new() { Name = e.Text("name") ?? throw new ArgumentException($"Script '{e.Key}' has no name."), Description = e.Text("description"), Code = e.Text("code") ?? "" };

    /// <summary>The template with each <c>scriptName</c> turned into the id of the target's script of that name (written earlier in the apply).</summary>
    private static async Task<AutomationTemplate> TemplateAsync(LeanIXClient target, TransportElement e, CancellationToken cancellationToken)
    {
        var fields = (JsonObject)e.Fields.DeepClone();
        var actions = (fields["actions"] as JsonArray ?? []).OfType<JsonObject>().Where(a => a["scriptName"] is not null).ToList();
        if (actions.Count > 0)
        {
            var scripts = await target.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Automations, cancellationToken).ConfigureAwait(false);
            foreach (var action in actions)
            {
                var name = (string?)action["scriptName"];
                var matches = scripts.Where(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
                if (matches.Count != 1)
                    throw new InvalidOperationException(matches.Count == 0
                        ? $"Automation '{e.Key}' runs script '{name}', which the target does not have (transport it with the automation)."
                        : $"Automation '{e.Key}' runs script '{name}', of which the target has {matches.Count}; rename them apart first.");
                action.Remove("scriptName");
                action["scriptId"] = matches[0].Id!.Value.ToString();
            }
        }
        return fields.Deserialize(LeanIXConnection.Wire.AutomationTemplate) ?? throw new ArgumentException($"Automation '{e.Key}' has no settings.");
    }
}
