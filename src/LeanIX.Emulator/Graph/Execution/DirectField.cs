using System.Collections.Frozen;
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

    /// <summary>A nullable Int as IntGraphType serializes it.</summary>
    public static bool WriteInt(Utf8JsonWriter json, int? value)
    {
        if (value is { } i) json.WriteNumberValue(i);
        else json.WriteNullValue();
        return true;
    }

    /// <summary>A nullable Boolean as BooleanGraphType serializes it.</summary>
    public static bool WriteBoolean(Utf8JsonWriter json, bool? value)
    {
        if (value is { } b) json.WriteBooleanValue(b);
        else json.WriteNullValue();
        return true;
    }

    /// <summary>A list of nullable Strings as ListGraphType of StringGraphType serializes it.</summary>
    public static bool WriteStrings(Utf8JsonWriter json, IReadOnlyList<string?>? values)
    {
        if (values is null)
        {
            json.WriteNullValue();
            return true;
        }
        json.WriteStartArray();
        foreach (var value in values) WriteString(json, value);
        json.WriteEndArray();
        return true;
    }

    /// <summary>
    /// The names of an enum whose values are their own names (<c>InputTypes.Enum</c>): such a value serializes as itself.
    /// </summary>
    public static IReadOnlySet<string> SelfNamed(EnumerationGraphType type) =>
        type.Values.Where(v => v.Value is string s && s == v.Name).Select(v => v.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A nullable enum value as the enum serializes it: null, or a known value as its name. Anything else is left to the
    /// resolver (false), which then refuses it like the tree.
    /// </summary>
    public static bool WriteEnum(Utf8JsonWriter json, string? value, IReadOnlySet<string> selfNamed)
    {
        if (value is null) json.WriteNullValue();
        else if (selfNamed.Contains(value)) json.WriteStringValue(value);
        else return false;
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
