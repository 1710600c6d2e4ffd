using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport;

/// <summary>
/// Field-level differences between two elements' <see cref="TransportElement.Fields"/>: nested objects are compared member
/// by member (paths like <c>state.filter</c>), arrays and values as a whole.
/// </summary>
internal static class FieldComparison
{
    public static IReadOnlyList<FieldDifference> Differences(JsonObject? target, JsonObject? source, IReadOnlySet<string> secrets)
    {
        var differences = new List<FieldDifference>();
        Compare("", target, source, secrets, differences);
        return differences;
    }

    private static void Compare(string prefix, JsonObject? target, JsonObject? source, IReadOnlySet<string> secrets, List<FieldDifference> differences)
    {
        var names = (target?.Select(p => p.Key) ?? []).Union(source?.Select(p => p.Key) ?? [], StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var path = prefix + name;
            var before = target?[name];
            var after = source?[name];
            if (before is JsonObject b && after is JsonObject a && !secrets.Contains(path))
            {
                Compare(path + ".", b, a, secrets, differences);
                continue;
            }
            if (JsonNode.DeepEquals(before, after)) continue;
            differences.Add(secrets.Contains(path)
                ? new FieldDifference(path, null, null, Secret: true)
                : new FieldDifference(path, before?.DeepClone(), after?.DeepClone()));
        }
    }

    /// <summary>
    /// Fields with nulls and empty strings left out (recursively in objects), so that "not set" compares equal however a
    /// service reports it.
    /// </summary>
    public static JsonObject Normalised(JsonObject fields)
    {
        var result = new JsonObject();
        foreach (var (name, value) in fields)
        {
            var normalised = Normalised(value);
            if (normalised is not null) result[name] = normalised;
        }
        return result;
    }

    private static JsonNode? Normalised(JsonNode? value) => value switch
    {
        null => null,
        JsonObject o => Normalised(o),
        JsonArray a => new JsonArray(a.Select(i => i is JsonObject io ? Normalised(io) : i?.DeepClone()).ToArray()),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Length == 0 => null,
        _ => value.DeepClone()
    };
}
