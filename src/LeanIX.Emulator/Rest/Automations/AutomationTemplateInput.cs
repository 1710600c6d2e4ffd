using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Rest.Automations;

/// <summary>
/// A CreateAutomationTemplateDto checked by the rules of admin.md §8.2 [C] SAP-AUTO: name 1–256 and description up to 2048
/// characters, a known fact sheet type, a human owner id, a known trigger with its members, 0–100 conditions (IGNORE_TECHNICAL_USERS,
/// CATEGORY, WITH_TAGS at most once each; IGNORE_TECHNICAL_USERS not with LIFECYCLE_PHASE_CHANGE), 1–100 actions of which exactly
/// one starts first and every other starts after an existing action, and script actions naming an existing automation script
/// (scripts are created before the templates that use them). Any breach is a 400 naming the member.
/// </summary>
public sealed record AutomationTemplateInput(string Name, JsonObject Json, List<Guid> ScriptIds)
{
    public static AutomationTemplateInput Parse(JsonNode? body, DataModel model, Func<Guid, bool> isScript)
    {
        var json = RequestJson.Object(body, "a CreateAutomationTemplateDto").DeepClone().AsObject();
        var name = RequestJson.String(json, "name");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 256) throw new RestInputException("'name' must have 1 to 256 characters.", name, "name");
        var description = RequestJson.String(json, "description") ?? "";
        if (description.Length > 2048) throw new RestInputException("'description' must have at most 2048 characters.", field: "description");
        json["description"] = description;
        var type = RequestJson.String(json, "factSheetType");
        if (type is null || model.Type(type) is null) throw new RestInputException($"'factSheetType' must be a fact sheet type of the data model, not '{type}'.", type, "factSheetType");
        if (!Guid.TryParse(RequestJson.String(json, "ownerId"), out _)) throw new RestInputException("'ownerId' must be a user id (uuid).", RequestJson.String(json, "ownerId"), "ownerId");
        json["active"] = RequestJson.Bool(json, "active") ?? false;
        var trigger = json["trigger"] as JsonObject ?? throw new RestInputException("'trigger' is required.", field: "trigger");
        var eventType = Typed(trigger, "eventType", AutomationVocabulary.Triggers, "trigger");
        var conditions = List(json, "conditions", 0);
        var conditionTypes = conditions.Select((c, i) => Typed(Element(c, "conditions", i), "conditionType", AutomationVocabulary.Conditions, $"conditions[{i}]")).ToList();
        foreach (var single in AutomationVocabulary.SingleConditions)
            if (conditionTypes.Count(t => t == single) > 1) throw new RestInputException($"At most one {single} condition is allowed.", single, "conditions");
        if (eventType == "LIFECYCLE_PHASE_CHANGE" && conditionTypes.Contains("IGNORE_TECHNICAL_USERS"))
            throw new RestInputException("The IGNORE_TECHNICAL_USERS condition cannot be used with the LIFECYCLE_PHASE_CHANGE trigger.", "IGNORE_TECHNICAL_USERS", "conditions");
        var actions = List(json, "actions", 1).Select((a, i) => Element(a, "actions", i)).ToList();
        var scripts = CheckActions(actions, isScript);
        return new AutomationTemplateInput(name, json, scripts);
    }

    private static List<Guid> CheckActions(List<JsonObject> actions, Func<Guid, bool> isScript)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var scripts = new List<Guid>();
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var actionType = Typed(action, "actionType", AutomationVocabulary.Actions, $"actions[{i}]");
            var id = RequestJson.String(action, "id");
            if (string.IsNullOrWhiteSpace(id)) throw new RestInputException("Every action needs an 'id'.", field: $"actions[{i}].id");
            if (!ids.Add(id)) throw new RestInputException($"The action id '{id}' is used twice.", id, $"actions[{i}].id");
            RequestJson.OneOf(RequestJson.String(action, "onResolution"), $"actions[{i}].onResolution", AutomationVocabulary.Resolutions);
            if (actionType == AutomationVocabulary.ScriptAction)
            {
                var scriptId = RequestJson.String(action, "scriptId");
                if (!Guid.TryParse(scriptId, out var script) || !isScript(script))
                    throw new RestInputException($"Script not found: {scriptId}. Create the script (POST /scripts) before the template that runs it.", scriptId, $"actions[{i}].scriptId");
                scripts.Add(script);
            }
        }
        var starters = actions.Where(a => a["startsAfter"] is null).ToList();
        if (starters.Count != 1)
            throw new RestInputException($"Exactly one action must have 'startsAfter' null; {starters.Count} have.", field: "actions");
        for (var i = 0; i < actions.Count; i++)
            if (RequestJson.String(actions[i], "startsAfter") is { } after && (!ids.Contains(after) || after == RequestJson.String(actions[i], "id")))
                throw new RestInputException($"'startsAfter' must name another action of the template, not '{after}'.", after, $"actions[{i}].startsAfter");
        return scripts.Distinct().ToList();
    }

    /// <summary>The type member of a trigger, condition or action, checked against the vocabulary with the members it requires.</summary>
    private static string Typed(JsonObject json, string key, IReadOnlyDictionary<string, string[]> vocabulary, string where)
    {
        var type = RequestJson.OneOf(RequestJson.String(json, key), $"{where}.{key}", vocabulary.Keys.ToArray())
            ?? throw new RestInputException($"'{where}.{key}' is required.", field: $"{where}.{key}");
        foreach (var required in vocabulary[type])
            if (json[required] is null) throw new RestInputException($"{type} requires '{required}'.", type, $"{where}.{required}");
        return type;
    }

    private static List<JsonNode?> List(JsonObject json, string key, int min)
    {
        var list = json[key] switch
        {
            null when min == 0 => [],
            JsonArray array => array.ToList(),
            _ => throw new RestInputException($"'{key}' must be a list.", field: key)
        };
        if (list.Count < min || list.Count > 100) throw new RestInputException($"'{key}' must have {min} to 100 items, not {list.Count}.", list.Count.ToString(), key);
        json[key] ??= new JsonArray();
        return list;
    }

    private static JsonObject Element(JsonNode? node, string key, int index) =>
        node as JsonObject ?? throw new RestInputException($"'{key}[{index}]' must be an object.", field: $"{key}[{index}]");
}
