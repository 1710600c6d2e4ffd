using System.Globalization;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// One data object of an LDIF (admin.md §1.2): a <see cref="Type"/> the processors filter on, an <see cref="Id"/> that is
/// unique in the source system, and <see cref="Data"/> whose values are strings, lists or maps (recursively).
/// </summary>
/// <param name="Type">The source's object type, e.g. <c>Deployment</c>.</param>
/// <param name="Id">The source's id, usually the external id of the fact sheet it becomes.</param>
/// <param name="Data">Values: <see cref="string"/>, numbers and booleans (sent as text), sequences, dictionaries or <see cref="JsonNode"/>.</param>
public sealed record LdifContent(string Type, string Id, IReadOnlyDictionary<string, object?> Data)
{
    /// <summary>The content item as LDIF JSON.</summary>
    public JsonObject ToJson()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Type);
        ArgumentException.ThrowIfNullOrWhiteSpace(Id);
        return new JsonObject { ["type"] = Type, ["id"] = Id, ["data"] = ToMap(Data) };
    }

    /// <summary>Reads a content item of an LDIF (e.g. an outbound run's result); data values become strings, lists and maps.</summary>
    public static LdifContent FromJson(JsonObject json) => new(
        (string?)json["type"] ?? "",
        (string?)json["id"] ?? "",
        json["data"] is JsonObject data ? data.ToDictionary(kv => kv.Key, kv => FromNode(kv.Value)) : new Dictionary<string, object?>());

    internal static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b ? "true" : "false"),
        IFormattable f and not System.Collections.IEnumerable => JsonValue.Create(f.ToString(null, CultureInfo.InvariantCulture)),
        IReadOnlyDictionary<string, object?> map => ToMap(map),
        IDictionary<string, object?> map => ToMap(map.AsReadOnly()),
        IDictionary<string, string> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToNode).ToArray()),
        _ => JsonValue.Create(value.ToString())
    };

    private static JsonObject ToMap(IReadOnlyDictionary<string, object?> map) =>
        new(map.Select(kv => KeyValuePair.Create(kv.Key, ToNode(kv.Value))));

    private static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(kv => kv.Key, kv => FromNode(kv.Value)),
        JsonArray a => a.Select(FromNode).ToList(),
        JsonValue v => v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString(),
        _ => null
    };
}
