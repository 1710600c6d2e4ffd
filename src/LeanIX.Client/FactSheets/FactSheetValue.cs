using System.Globalization;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A field value read from a fact sheet, null-safe all the way down:
/// <c>fs["location"]["geoCountry"].AsString()</c> is null, not an exception, when the location is unset.
/// </summary>
public readonly struct FactSheetValue(JsonNode? node) : IEquatable<FactSheetValue>
{
    /// <summary>The raw JSON, or null.</summary>
    public JsonNode? Node { get; } = node;

    /// <summary>True when the field is unset.</summary>
    public bool IsNull => Node is null;

    /// <summary>A member of an object value (location, externalId, lifecycle…).</summary>
    public FactSheetValue this[string member] => new(Node is JsonObject o ? o[member] : null);

    /// <summary>An element of a list value (multiple select, lifecycle phases…).</summary>
    public FactSheetValue this[int index] => new(Node is JsonArray a && index >= 0 && index < a.Count ? a[index] : null);

    /// <summary>The value as text: a string as is, anything else as its JSON.</summary>
    public string? AsString() => Node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Node.ToJsonString()
    };

    /// <summary>The value as a number, or null.</summary>
    public double? AsDouble() => Node is JsonValue v && v.TryGetValue<double>(out var d) ? d
        : AsString() is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null;

    /// <summary>The values of a list (e.g. a multiple-select field) as strings; empty when unset.</summary>
    public IReadOnlyList<string> AsStrings() => Node switch
    {
        JsonArray a => a.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : x?.ToJsonString() ?? "").ToList(),
        null => [],
        _ => [AsString()!]
    };

    /// <summary>A boolean value, or null.</summary>
    public bool? AsBoolean() => Node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    /// <inheritdoc />
    public override string ToString() => AsString() ?? "";

    /// <summary>Text of the value, so <c>string name = fs["name"];</c> works.</summary>
    public static implicit operator string?(FactSheetValue value) => value.AsString();

    /// <inheritdoc />
    public bool Equals(FactSheetValue other) => JsonNode.DeepEquals(Node, other.Node);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FactSheetValue v && Equals(v);

    /// <inheritdoc />
    public override int GetHashCode() => AsString()?.GetHashCode(StringComparison.Ordinal) ?? 0;

    /// <summary>Compares the JSON values.</summary>
    public static bool operator ==(FactSheetValue left, FactSheetValue right) => left.Equals(right);

    /// <summary>Compares the JSON values.</summary>
    public static bool operator !=(FactSheetValue left, FactSheetValue right) => !left.Equals(right);
}
