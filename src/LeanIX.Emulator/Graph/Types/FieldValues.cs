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
                return ToInt(value);
            case FieldType.Double:
                return ToDouble(value);
            case FieldType.Lifecycle:
                return LifecycleValue.From(value);
            case FieldType.ExternalId:
                return StoredObject.From(value, StoredObject.ExternalId);
            case FieldType.Location:
                return StoredObject.From(value, StoredObject.Location);
            default:
                return AsString(value);
        }
    }

    private static int? ToInt(JsonNode value) =>
        value is JsonValue iv && iv.TryGetValue<double>(out var d) ? (int)d : int.TryParse(AsString(value), out var i) ? i : null;

    private static double? ToDouble(JsonNode value) =>
        value is JsonValue dv && dv.TryGetValue<double>(out var dd) ? dd
            : double.TryParse(AsString(value), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null;

    /// <summary>
    /// Issue 15: a writer of the stored node for the field types that <see cref="Convert"/> makes a scalar or a list of
    /// strings, writing what that value and its graph type would (no boxed number, no list); null for the other types.
    /// Plain strings have <see cref="TryWriteString"/>; lifecycles, external ids and locations are objects.
    /// </summary>
    public static Func<System.Text.Json.Utf8JsonWriter, JsonNode?, bool>? Writer(FieldDefinition field) => field.Type switch
    {
        FieldType.Integer => static (json, value) => Execution.DirectField.WriteInt(json, value is null ? null : ToInt(value)),
        FieldType.Double => static (json, value) => WriteDouble(json, value),
        FieldType.MultipleSelect => static (json, value) => WriteStrings(json, value),
        FieldType.Lifecycle or FieldType.ExternalId or FieldType.Location => null,
        _ => TryWriteString
    };

    private static bool WriteDouble(System.Text.Json.Utf8JsonWriter json, JsonNode? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
            return true;
        }
        // A non-finite number is left to the resolver, whose writer refuses it like the tree (DirectJsonWriter).
        if (ToDouble(value) is not { } d || !double.IsFinite(d)) return false;
        json.WriteNumberValue(d);
        return true;
    }

    private static bool WriteStrings(System.Text.Json.Utf8JsonWriter json, JsonNode? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
            return true;
        }
        json.WriteStartArray();
        if (value is JsonArray array)
            foreach (var item in array) Execution.DirectField.WriteString(json, AsString(item));
        else Execution.DirectField.WriteString(json, AsString(value));
        json.WriteEndArray();
        return true;
    }

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
