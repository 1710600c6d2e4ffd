using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// The <c>data</c> wrapper a field value has in REST/webhook <c>fields[]</c> and in
/// FACT_SHEET_FIELD_UPDATED <c>oldValue</c>/<c>newValue</c> (null when unset): D26's
/// <c>{name, data}</c> entries with D80's discriminators, those of Pathfinder's <c>LxField</c>
/// (OpenAPI 5.0.1100): a single select carries <c>keyword</c>, not <c>value</c>.
/// </summary>
public static class FieldValueWrapper
{
    public static JsonNode? Wrap(string fieldType, JsonNode? value)
    {
        if (value is null) return null;
        switch (fieldType)
        {
            case FieldType.String: return Member("StringValue", "value", value);
            case FieldType.Integer: return Member("IntegerValue", "value", value);
            case FieldType.Double: return Member("DoubleValue", "value", value);
            case FieldType.Date: return Member("DateValue", "value", value);
            case FieldType.SingleSelect: return Member("SingleSelect", "keyword", value);
            case FieldType.MultipleSelect: return Member("MultipleSelect", "values", value);
            case FieldType.Lifecycle: return Member("Lifecycle", "phases", value["phases"] ?? new JsonArray());
            // LxField's ProjectStatusProgress holds the list under projectStatus.
            case FieldType.ProjectStatus: return Member("ProjectStatusProgress", "projectStatus", value is JsonArray ? value : value["projectStatus"] ?? new JsonArray());
            case FieldType.ExternalId: return Members("ExternalId", value);
            case FieldType.Location: return Members("Location", value);
            default: return Member("StringValue", "value", value);
        }
    }

    private static JsonObject Member(string type, string member, JsonNode value) => new() { ["type"] = type, [member] = value.DeepClone() };

    /// <summary>The stored members of an object value under the type tag (stored values may carry it already).</summary>
    private static JsonObject Members(string type, JsonNode value)
    {
        var wrapped = new JsonObject { ["type"] = type };
        if (value is JsonObject members)
            foreach (var (k, v) in members)
                if (k != "type") wrapped[k] = v?.DeepClone();
        return wrapped;
    }
}
