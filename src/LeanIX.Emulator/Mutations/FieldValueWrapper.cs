using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D26: the <c>data</c> wrapper a field value has in REST/webhook <c>fields[]</c> and in
/// FACT_SHEET_FIELD_UPDATED <c>oldValue</c>/<c>newValue</c> (null when unset).
/// </summary>
public static class FieldValueWrapper
{
    public static JsonNode? Wrap(string fieldType, JsonNode? value)
    {
        if (value is null) return null;
        switch (fieldType)
        {
            case FieldType.String: return Scalar("StringValue", value);
            case FieldType.Integer: return Scalar("IntegerValue", value);
            case FieldType.Double: return Scalar("DoubleValue", value);
            case FieldType.SingleSelect: return Scalar("SingleSelectValue", value);
            case FieldType.MultipleSelect:
                return new JsonObject { ["type"] = "MultipleSelectValue", ["values"] = value.DeepClone() };
            case FieldType.Lifecycle:
                return new JsonObject { ["type"] = "Lifecycle", ["phases"] = value["phases"]?.DeepClone() ?? new JsonArray() };
            case FieldType.ExternalId:
                return value.DeepClone();
            case FieldType.Location:
                // Not in D26: the stored members under a "Location" type tag.
                var location = new JsonObject { ["type"] = "Location" };
                if (value is JsonObject members)
                    foreach (var (k, v) in members) location[k] = v?.DeepClone();
                return location;
            default:
                return Scalar("Value", value);
        }
    }

    private static JsonObject Scalar(string type, JsonNode value) => new() { ["type"] = type, ["value"] = value.DeepClone() };
}
