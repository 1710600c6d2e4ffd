using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>
/// The values expressions work on: <c>string</c>, <c>long</c>, <c>double</c>, <c>bool</c>, null,
/// <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c> (LDIF data is strings, lists and maps).
/// Coercions follow EL loosely: equality compares numbers numerically and everything else as text.
/// </summary>
public static class ExpressionValues
{
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(kv => kv.Key, kv => FromJson(kv.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(FromJson).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.TryGetValue<long>(out var l) ? l : v.GetValue<double>(),
            _ => null
        },
        _ => null
    };

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),
        double d => JsonValue.Create(d),
        IDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, ToJson(kv.Value)))),
        IEnumerable<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        _ => JsonValue.Create(value.ToString())
    };

    /// <summary>The text of a value as string concatenation shows it; null is the empty string.</summary>
    public static string ToText(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        IDictionary<string, object?> or IEnumerable<object?> => ToJson(value)!.ToJsonString(),
        _ => value.ToString() ?? ""
    };

    public static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => string.Equals(s.Trim(), "true", StringComparison.OrdinalIgnoreCase),
        _ => throw new UnsupportedExpressionException($"Cannot use {ToText(value)} as a boolean")
    };

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        IDictionary<string, object?> map => map.Count == 0,
        ICollection<object?> list => list.Count == 0,
        _ => false
    };

    public static bool TryNumber(object? value, out double number)
    {
        switch (value)
        {
            case long l: number = l; return true;
            case int i: number = i; return true;
            case double d: number = d; return true;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): number = parsed; return true;
            default: number = 0; return false;
        }
    }

    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null;
        if (left is bool || right is bool) return IsTrue(left) == IsTrue(right);
        if ((left is long or double || right is long or double) && TryNumber(left, out var a) && TryNumber(right, out var b)) return a == b;
        return ToText(left) == ToText(right);
    }

    public static int Compare(object? left, object? right)
    {
        if (TryNumber(left, out var a) && TryNumber(right, out var b) && !(left is string && right is string)) return a.CompareTo(b);
        return string.CompareOrdinal(ToText(left), ToText(right));
    }

    /// <summary>A whole number stays a <c>long</c>, so <c>1 + 1</c> prints <c>2</c>, not <c>2.0</c>.</summary>
    public static object Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? (object)(long)value : value;
}
