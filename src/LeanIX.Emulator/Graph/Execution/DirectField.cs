using System.Text.Json;
using GraphQL;
using GraphQL.Types;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Writes one field's value straight from its source object (issue 15), or returns false when it cannot write exactly
/// what the resolver and the field's graph type would, in which case the field is resolved as usual.
/// </summary>
public delegate bool DirectFieldWriter(object source, Utf8JsonWriter json);

/// <summary>
/// A hot field's writer that reads the stored entity instead of going through the resolver and the scalar's
/// <c>Serialize</c>: no context, no boxed value, no formatted string left behind. It must write the same bytes the
/// resolver would lead to; <c>DirectJsonEquivalenceTests</c> compare both paths.
/// </summary>
public static class DirectField
{
    private const string MetadataKey = "leanix:directWriter";

    /// <summary>Attaches <paramref name="writer"/> to <paramref name="field"/>; the resolver stays for the tree.</summary>
    public static FieldType WritesDirectly(this FieldType field, DirectFieldWriter writer) => field.WithMetadata(MetadataKey, writer);

    internal static DirectFieldWriter? WriterOf(FieldType field) => field.GetMetadata<DirectFieldWriter?>(MetadataKey);

    /// <summary>A nullable String as StringGraphType serializes it.</summary>
    public static bool WriteString(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
        return true;
    }

    /// <summary>A timestamp in its wire format (D6, <c>Formats.Timestamp</c>) without the intermediate string.</summary>
    public static bool WriteTimestamp(Utf8JsonWriter json, DateTimeOffset value)
    {
        Span<char> text = stackalloc char[40];
        if (!value.UtcDateTime.TryFormat(text, out var length, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture))
            return false;
        json.WriteStringValue(text[..length]);
        return true;
    }
}
