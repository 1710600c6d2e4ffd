using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// One change of an <c>updateFactSheet</c> (graphql.md §3.1, D20). <see cref="Value"/> is always a
/// string: objects and lists are sent JSON-encoded, as the service has required since 2025-01-15.
/// </summary>
/// <param name="Op">add, replace or remove.</param>
/// <param name="Path">E.g. <c>/description</c>, <c>/lifecycle</c>, <c>/relApplicationToITComponent/new_1</c>.</param>
/// <param name="Value">The string value; null for remove.</param>
public sealed record Patch(string Op, string Path, string? Value)
{
    /// <summary>Sets a path. Strings are sent as they are; numbers, lists and objects JSON-encoded.</summary>
    public static Patch Replace(string path, object? value) => new("replace", path, Encode(value));

    /// <summary>Adds to a path (a relation, tags, naFields; for single values the same as replace).</summary>
    public static Patch Add(string path, object? value) => new("add", path, Encode(value));

    /// <summary>Clears a path.</summary>
    public static Patch Remove(string path, object? value = null) => new("remove", path, value is null ? "" : Encode(value));

    internal static string? Encode(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonNode n => n is JsonValue v && v.TryGetValue<string>(out var s2) ? s2 : n.ToJsonString(),
        bool b => b ? "true" : "false",
        IFormattable f when value is not System.Collections.IEnumerable => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType())
    };

    internal JsonObject ToJson() => new() { ["op"] = Op, ["path"] = Path, ["value"] = Value };
}
