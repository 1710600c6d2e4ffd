using System.Text.Json.Nodes;

namespace LeanIX.Client.Automations;

/// <summary>
/// A LeanIX automation (admin.md §8.2): when <see cref="Trigger"/> fires on a fact sheet of <see cref="FactSheetType"/> and the
/// <see cref="Conditions"/> hold, the <see cref="Actions"/> run in their <c>startsAfter</c> chain. Trigger, conditions and
/// actions are kept as JSON objects in the service's vocabulary (<c>eventType</c>, <c>conditionType</c>, <c>actionType</c> and
/// their members); <see cref="AutomationAction"/> builds the common actions.
/// </summary>
public sealed record AutomationTemplate
{
    /// <summary>The server-assigned id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The name, 1–256 characters, unique in the workspace.</summary>
    public string Name { get; init; } = "";

    /// <summary>Up to 2048 characters.</summary>
    public string? Description { get; init; }

    /// <summary>The fact sheet type it watches.</summary>
    public string FactSheetType { get; init; } = "";

    /// <summary>Whether it runs.</summary>
    public bool Active { get; init; }

    /// <summary>The owner: a human user's id.</summary>
    public Guid? OwnerId { get; init; }

    /// <summary>Who created it (set by the service, never changed).</summary>
    public Guid? CreatorId { get; init; }

    /// <summary>The workspace (set by the service).</summary>
    public Guid? WorkspaceId { get; init; }

    /// <summary>The trigger, e.g. <c>{"eventType":"FACT_SHEET_CREATION"}</c>.</summary>
    public JsonObject Trigger { get; init; } = [];

    /// <summary>0–100 conditions.</summary>
    public IReadOnlyList<JsonObject> Conditions { get; init; } = [];

    /// <summary>1–100 actions; exactly one has <c>startsAfter</c> null.</summary>
    public IReadOnlyList<JsonObject> Actions { get; init; } = [];
}

/// <summary>Builders for actions of an automation (admin.md §8.2 [C] SAP-AUTO).</summary>
public static class AutomationAction
{
    /// <summary>Runs an automation script (create it first with <see cref="AutomationsClient.CreateScriptAsync"/>).</summary>
    public static JsonObject RunScript(Guid scriptId, string id = "0_SET_FACT_SHEET_FIELD_SCRIPT", string? startsAfter = null) => new()
    {
        ["id"] = id, ["actionType"] = "SET_FACT_SHEET_FIELD_SCRIPT", ["scriptId"] = scriptId.ToString(), ["startsAfter"] = startsAfter, ["onResolution"] = null
    };

    /// <summary>Adds a tag.</summary>
    public static JsonObject AddTag(Guid tagId, string id = "0_ADD_TAG", string? startsAfter = null) => new()
    {
        ["id"] = id, ["actionType"] = "ADD_TAG", ["tagId"] = tagId.ToString(), ["startsAfter"] = startsAfter, ["onResolution"] = null
    };

    /// <summary>Sets a single-select field.</summary>
    public static JsonObject SetField(string fieldName, string value, string id = "0_SET_FIELD", string? startsAfter = null) => new()
    {
        ["id"] = id, ["actionType"] = "SET_FIELD", ["fieldType"] = "SINGLE_SELECT", ["fieldName"] = fieldName, ["value"] = value,
        ["startsAfter"] = startsAfter, ["onResolution"] = null
    };
}
