namespace LeanIX.Emulator.Rest.Automations;

/// <summary>
/// The trigger, condition and action types of admin.md §8.2 with the members each requires ([C] SAP-AUTO, its enum tables).
/// </summary>
public static class AutomationVocabulary
{
    public static readonly IReadOnlyDictionary<string, string[]> Triggers = new Dictionary<string, string[]>
    {
        ["FACT_SHEET_CREATION"] = [],
        ["QUALITY_STATE_CHANGE_TO"] = ["qualityState"],
        ["TAG_ADDITION"] = ["tagId"],
        ["TAG_REMOVAL"] = ["tagId"],
        ["SUBSCRIPTION_ADDITION"] = ["roleId", "type"],
        ["SUBSCRIPTION_REMOVAL"] = ["roleId", "type"],
        ["FIELD_CHANGE"] = ["fieldType", "fieldName", "from", "to"],
        ["LIFECYCLE_PHASE_CHANGE"] = ["fieldName", "lifecyclePhase", "dateOffset"],
        ["COMPLETION_SCORE_CHANGE"] = [],
        ["RELATION_ADDITION"] = ["relationType"],
        ["RELATION_CHANGED"] = ["relationType"],
        ["RELATION_REMOVAL"] = ["relationType"]
    };

    public static readonly IReadOnlyDictionary<string, string[]> Conditions = new Dictionary<string, string[]>
    {
        ["IGNORE_TECHNICAL_USERS"] = ["value"],
        ["WITH_TAGS"] = ["value"],
        ["CATEGORY"] = ["value"],
        ["SINGLE_SELECT"] = ["fieldName", "values"],
        ["FACT_SHEET_STRING_FIELD"] = ["fieldName", "operation"],
        ["FACT_SHEET_LIFECYCLE_FIELD"] = ["fieldName", "states", "offsetType"],
        ["FACT_SHEET_COMPLETION_SCORE"] = ["operation", "operand"],
        ["FACT_SHEET_INTEGER_FIELD"] = ["fieldName", "operation", "operand"],
        ["FACT_SHEET_DOUBLE_FIELD"] = ["fieldName", "operation", "operand"]
    };

    /// <summary>Conditions a template may hold at most once.</summary>
    public static readonly string[] SingleConditions = ["IGNORE_TECHNICAL_USERS", "CATEGORY", "WITH_TAGS"];

    public static readonly IReadOnlyDictionary<string, string[]> Actions = new Dictionary<string, string[]>
    {
        ["CREATE_ACTION_ITEM"] = ["actionItemName", "description", "assignee", "dueDateOffset", "waitForClosed"],
        ["CREATE_APPROVAL"] = ["name", "description", "assignee", "dueDateOffset"],
        ["ADD_SUBSCRIPTION"] = ["newSubscriber", "subscription"],
        ["SET_SUBSCRIPTION"] = ["newSubscriber", "subscription"],
        ["ADD_TAG"] = ["tagId"],
        ["REMOVE_TAG"] = ["tagId"],
        ["SET_FIELD"] = ["fieldType", "fieldName", "value"],
        ["SEND_USER_WEBHOOK"] = ["tag"],
        ["SEND_EMAIL_V2"] = ["recipients", "subject", "body"],
        ["SET_FACT_SHEET_FIELD_SCRIPT"] = ["scriptId"]
    };

    public const string ScriptAction = "SET_FACT_SHEET_FIELD_SCRIPT";

    public static readonly string[] Resolutions = ["ACCEPTED", "REJECTED"];
}
