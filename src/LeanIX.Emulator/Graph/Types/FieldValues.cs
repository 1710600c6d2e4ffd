using System.Text.Json.Nodes;
using GraphQL.Types;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Model;
using FieldType = LeanIX.Emulator.Model.FieldType;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>
/// D10 field typing: the GraphQL type of a data-model field and the conversion of its stored wire
/// value (<c>FactSheet.Fields</c>, <c>Relation.Fields</c>) to what that type serialises.
/// </summary>
public sealed class FieldValues(ValueTypes valueTypes)
{
    public IGraphType GraphType(FieldDefinition field) => field.Type switch
    {
        FieldType.MultipleSelect => new ListGraphType(new StringGraphType()),
        FieldType.Integer => new IntGraphType(),
        FieldType.Double => new FloatGraphType(),
        FieldType.Lifecycle => valueTypes.Lifecycle,
        FieldType.ExternalId => valueTypes.ExternalId,
        FieldType.Location => valueTypes.Location,
        // STRING, SINGLE_SELECT (value key) and anything not typed by D10 are Strings.
        _ => new StringGraphType()
    };

    public static object? Convert(FieldDefinition field, JsonNode? value)
    {
        if (value is null) return null;
        switch (field.Type)
        {
            case FieldType.MultipleSelect:
                return value is JsonArray array ? array.Select(AsString).ToList() : new List<string?> { AsString(value) };
            case FieldType.Integer:
                return value is JsonValue iv && iv.TryGetValue<double>(out var d) ? (int)d : int.TryParse(AsString(value), out var i) ? i : null;
            case FieldType.Double:
                return value is JsonValue dv && dv.TryGetValue<double>(out var dd) ? dd
                    : double.TryParse(AsString(value), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null;
            case FieldType.Lifecycle:
                return LifecycleValue.From(value);
            case FieldType.ExternalId:
            case FieldType.Location:
                return value as JsonObject;
            default:
                return AsString(value);
        }
    }

    /// <summary>Fields whose value <see cref="Convert"/> hands to a String as its text (STRING, SINGLE_SELECT, untyped).</summary>
    public static bool IsPlainString(FieldDefinition field) => field.Type is not (FieldType.MultipleSelect or FieldType.Integer
        or FieldType.Double or FieldType.Lifecycle or FieldType.ExternalId or FieldType.Location);

    /// <summary>
    /// Issue 15: a plain-string field written from the stored node, as <see cref="Convert"/> and StringGraphType would write
    /// it; false (nothing written) for a value that is not a JSON string, which the resolver then converts.
    /// </summary>
    public static bool TryWriteString(System.Text.Json.Utf8JsonWriter json, JsonNode? value)
    {
        if (value is null) json.WriteNullValue();
        else if (value is JsonValue v && v.TryGetValue<string>(out var s)) json.WriteStringValue(s);
        else return false;
        return true;
    }

    /// <summary>A JSON string's text, or the JSON text of any other value.</summary>
    public static string? AsString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString()
    };
}
