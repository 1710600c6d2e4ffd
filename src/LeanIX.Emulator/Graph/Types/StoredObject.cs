using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>
/// A stored ExternalId or Location value (D10) as its GraphQL type reads it: its known fields taken from the node's
/// JSON text in one pass (issue 15, see <see cref="StoredJson"/>: reading them through the indexers built and kept a
/// dictionary and a node per field of every seeded value a dump touched). Each accessor answers what the indexer-based
/// read answered: <see cref="Text"/> = <c>FieldValues.AsString(o[name])</c>, <see cref="Number"/> and
/// <see cref="Boolean"/> = <c>o[name] is JsonValue v &amp;&amp; v.TryGetValue(out …)</c>. A value the text pass cannot
/// answer that way (a repeated or escaped name, an object or array in a field) is read through its nodes, as before.
/// </summary>
public sealed class StoredObject
{
    /// <summary>The field names one GraphQL type reads; an accessor takes the index of its name here.</summary>
    public sealed class Shape(params string[] names)
    {
        public IReadOnlyList<string> Names { get; } = names;

        internal readonly byte[][] Utf8 = [.. names.Select(n => Encoding.UTF8.GetBytes(n))];

        public int IndexOf(string name) => Array.IndexOf(names, name) is var at and >= 0 ? at : throw new ArgumentException($"'{name}' is not in the shape.", nameof(name));
    }

    /// <summary>The fields the ExternalId type reads (D10, D91).</summary>
    public static readonly Shape ExternalId = new("type", "externalId", "externalUrl", "comment", "status", "externalVersion", "forceWrite");

    /// <summary>The fields the Location type reads.</summary>
    public static readonly Shape Location = new("rawAddress", "latitude", "longitude", "geoCity", "geoCountry", "geoCountryCode",
        "geoPostalCode", "geoStreet", "geoHouseNumber", "geoState", "geoStateCode", "placeId");

    private readonly record struct Field(JsonTokenType Kind, string? Text, double? Number);

    private readonly Shape _shape;
    private readonly Field[]? _fields;
    private readonly JsonObject? _nodes;

    private StoredObject(Shape shape, Field[]? fields, JsonObject? nodes)
    {
        _shape = shape;
        _fields = fields;
        _nodes = nodes;
    }

    /// <summary>The value of a stored node, or null when it is not a JSON object (as <c>value as JsonObject</c> was).</summary>
    public static StoredObject? From(JsonNode? node, Shape shape) =>
        node is not JsonObject o ? null : new StoredObject(shape, Read(o, shape), o);

    public string? Text(int at)
    {
        if (_fields is null) return FieldValues.AsString(_nodes![_shape.Names[at]]);
        var field = _fields[at];
        return field.Kind switch
        {
            JsonTokenType.String or JsonTokenType.Number => field.Text,
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => null
        };
    }

    public double? Number(int at)
    {
        if (_fields is null) return _nodes![_shape.Names[at]] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
        return _fields[at].Kind == JsonTokenType.Number ? _fields[at].Number : null;
    }

    public bool? Boolean(int at)
    {
        if (_fields is null) return _nodes![_shape.Names[at]] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
        return _fields[at].Kind switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null
        };
    }

    // The shape's fields from the node's text (Kind None: absent), or null where the nodes must answer.
    private static Field[]? Read(JsonObject node, Shape shape)
    {
        if (!StoredJson.TryUtf8(node, out var utf8)) return null;
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        var fields = new Field[shape.Utf8.Length];
        var names = new StoredJson.Names(stackalloc (int, int)[StoredJson.MaxNames]);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!names.Add(in reader, utf8)) return null;
            var at = -1;
            for (var i = 0; i < shape.Utf8.Length && at < 0; i++)
                if (reader.ValueTextEquals(shape.Utf8[i])) at = i;
            reader.Read();
            if (at < 0)
            {
                reader.Skip();
                continue;
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    fields[at] = new Field(JsonTokenType.String, reader.GetString(), null);
                    break;
                case JsonTokenType.Number:
                    // The text is the number as the node writes it (AsString); the value what TryGetValue<double> gives.
                    fields[at] = new Field(JsonTokenType.Number, Encoding.UTF8.GetString(reader.ValueSpan), reader.TryGetDouble(out var d) ? d : null);
                    break;
                case JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                    fields[at] = new Field(reader.TokenType, null, null);
                    break;
                default:
                    return null;
            }
        }
        return fields;
    }
}
