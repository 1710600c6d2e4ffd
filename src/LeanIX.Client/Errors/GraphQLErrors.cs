using System.Text.Json;

namespace LeanIX.Client;

/// <summary>
/// Reads a GraphQL <c>errors</c> member of any shape into <see cref="GraphQLError"/>s: the spec's objects, but also
/// a bare string, numbers, nulls or an object where a list belongs, since a proxy or a broken service may send
/// anything and the caller must still get a LeanIX exception, not a parse failure. Every string is redacted.
/// </summary>
internal static class GraphQLErrors
{
    private const int MaxErrors = 100;
    private const int MaxText = 1000;

    /// <summary>True when <paramref name="errors"/> reports something: anything but absent, null or an empty list.</summary>
    public static bool Any(JsonElement? errors) => errors is { } e && e.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => false,
        JsonValueKind.Array => e.GetArrayLength() > 0,
        _ => true
    };

    /// <summary>The errors, at most <see cref="MaxErrors"/>; an entry that is not an object becomes its text.</summary>
    public static IReadOnlyList<GraphQLError> Read(JsonElement errors, Redactor redactor) => errors.ValueKind == JsonValueKind.Array
        ? [.. errors.EnumerateArray().Take(MaxErrors).Select(e => One(e, redactor))]
        : [One(errors, redactor)];

    private static GraphQLError One(JsonElement error, Redactor redactor)
    {
        if (error.ValueKind != JsonValueKind.Object)
            return new GraphQLError(Text(error, redactor) ?? "(no message)", [], null, null, null);
        var extensions = Member(error, "extensions") is { ValueKind: JsonValueKind.Object } ext ? ext : (JsonElement?)null;
        var path = Member(error, "path") is { ValueKind: JsonValueKind.Array } p
            ? p.EnumerateArray().Take(MaxErrors).Select(s => Text(s, redactor) ?? "null").ToList()
            : [];
        return new GraphQLError(
            Text(Member(error, "message"), redactor) ?? "(no message)",
            path,
            Text(Member(extensions, "errorType"), redactor),
            Text(Member(extensions, "objectId"), redactor),
            Text(Member(extensions, "objectPath"), redactor));
    }

    private static JsonElement? Member(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) ? value : null;

    /// <summary>A string as itself, anything else (a number, an object) as its JSON text; null for JSON null; redacted and capped.</summary>
    internal static string? Text(JsonElement? element, Redactor redactor) => element switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } s => redactor.Excerpt(JsonStrings.Of(s), MaxText),
        { } other => redactor.Excerpt(other.GetRawText(), MaxText)
    };
}
