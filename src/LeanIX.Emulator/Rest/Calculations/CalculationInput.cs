using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Rest.Calculations;

/// <summary>
/// A calculation as sent (admin.md §8.1 [C] SEED, SAP-CALC), checked against the data model: one fact sheet type and one
/// of its fields as the target (base fields are inputs only [C] DOCS/calculations), <c>status</c> active|inactive,
/// <c>type</c> fact-sheet|relation, code required. The checked object is what is stored.
/// </summary>
public sealed partial record CalculationInput(string Name, string FactSheetType, string FieldKey, string Status, string Code, JsonObject Json)
{
    public static readonly string[] Types = ["fact-sheet", "relation"];
    public static readonly string[] Statuses = ["active", "inactive"];

    /// <summary>Fact sheet members every type has; a calculation may read them but never set them.</summary>
    private static readonly HashSet<string> BaseFields =
        new(["id", "name", "displayName", "fullName", "description", "type", "category", "level", "lxState", "status", "rev", "createdAt", "updatedAt", "tags", "subscriptions"],
            StringComparer.Ordinal);

    public static CalculationInput Parse(JsonNode? body, DataModel model)
    {
        var json = RequestJson.Object(body, "a calculation").DeepClone().AsObject();
        var name = RequestJson.String(json, "name");
        if (string.IsNullOrWhiteSpace(name)) throw new RestInputException("'name' is required.", field: "name");
        var type = RequestJson.OneOf(RequestJson.String(json, "type"), "type", Types) ?? "fact-sheet";
        var status = RequestJson.OneOf(RequestJson.String(json, "status"), "status", Statuses) ?? "inactive";
        var factSheetType = RequestJson.String(json, "affectedFactSheetType");
        if (string.IsNullOrWhiteSpace(factSheetType)) throw new RestInputException("'affectedFactSheetType' is required.", field: "affectedFactSheetType");
        var definition = model.Type(factSheetType)
            ?? throw new RestInputException($"'{factSheetType}' is not a fact sheet type of the data model.", factSheetType, "affectedFactSheetType");
        var key = RequestJson.String(json, "affectedFieldKey");
        if (string.IsNullOrWhiteSpace(key)) throw new RestInputException("'affectedFieldKey' is required.", field: "affectedFieldKey");
        if (BaseFields.Contains(key))
            throw new RestInputException($"'{key}' is a base field: calculations read base fields but cannot set them.", key, "affectedFieldKey");
        if (type == "relation")
        {
            var relation = RequestJson.String(json, "affectedRelationName");
            if (string.IsNullOrWhiteSpace(relation) || definition.Relation(relation) is null)
                throw new RestInputException($"'affectedRelationName' must name a relation of {factSheetType} for a relation calculation.", relation, "affectedRelationName");
        }
        else if (definition.Field(key) is not { } field)
            throw new RestInputException($"'{key}' is not a field of {factSheetType}.", key, "affectedFieldKey");
        else json["affectedFieldType"] ??= field.Type;
        var code = RequestJson.String(json, "code");
        if (string.IsNullOrWhiteSpace(code)) throw new RestInputException("'code' is required.", field: "code");
        if (json["fields"] is not (null or JsonArray)) throw new RestInputException("'fields' must be a list.", field: "fields");
        json["type"] = type;
        json["status"] = status;
        json["fields"] ??= new JsonArray();
        // admin.md §8.1 [C] SAP-CALC: reading the target field in the code is a configuration error, stored, not refused.
        var circular = ReadsTarget(code, key);
        json["invalid"] = circular;
        json["configurationErrorCount"] = circular ? 1 : 0;
        return new CalculationInput(name, factSheetType, key, status, code, json);
    }

    private static bool ReadsTarget(string code, string key) =>
        TargetRead().Matches(code).Any(m => m.Groups["dot"].Value == key || m.Groups["index"].Value == key);

    [GeneratedRegex("""\bdata\s*(?:\.\s*(?<dot>[A-Za-z_$][\w$]*)|\[\s*["'](?<index>[^"']+)["']\s*\])""")]
    private static partial Regex TargetRead();
}
