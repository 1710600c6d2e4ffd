using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>Reads compact values (see <see cref="CompactObject"/>) and turns them into DOM nodes where an API returns JSON.</summary>
internal static class CompactJson
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static bool IsArray(object? value) => value is object?[] { Length: > 0 } slots && ReferenceEquals(slots[0], CompactShape.Array);

    public static CompactObject? AsObject(object? value) =>
        value is object?[] { Length: > 0 } slots && slots[0] is CompactShape { IsArray: false } ? new CompactObject(slots) : null;

    /// <summary>The items of an array value; empty for anything else.</summary>
    public static ReadOnlySpan<object?> Items(object? value) => IsArray(value) ? ((object?[])value!).AsSpan(1) : [];

    /// <summary>A value as <see cref="FactSheetValue.AsString"/> reads it, without building a node for a string.</summary>
    public static string? AsString(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => ToNode(value)!.ToJsonString()
    };

    /// <summary>
    /// Whether two compact values hold the same JSON: a refresh re-reads fact sheets stamped at the watermark itself
    /// (a change in the same millisecond must not be missed), and this tells a re-read that changed nothing.
    /// Objects with the same members in another order count as different, which only costs a needless write.
    /// </summary>
    public static bool DeepEquals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        switch (a)
        {
            case string s:
                return b is string t && string.Equals(s, t, StringComparison.Ordinal);
            case CompactNumber n:
                return b is CompactNumber m && string.Equals(n.Text, m.Text, StringComparison.Ordinal);
            case bool x:
                return b is bool y && x == y;
            case object?[] slots:
                if (b is not object?[] other || other.Length != slots.Length || !ReferenceEquals(slots[0], other[0])) return false;
                for (var i = 1; i < slots.Length; i++)
                    if (!DeepEquals(slots[i], other[i])) return false;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A new DOM node of a compact value.</summary>
    public static JsonNode? ToNode(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return JsonValue.Create(s);
            case CompactNumber n:
                return JsonNode.Parse(n.Text);
            case bool b:
                return JsonValue.Create(b);
            case object?[] slots when ReferenceEquals(slots[0], CompactShape.Array):
            {
                var array = new JsonArray();
                for (var i = 1; i < slots.Length; i++) array.Add(ToNode(slots[i]));
                return array;
            }
            case object?[] slots:
            {
                var keys = ((CompactShape)slots[0]!).Keys;
                var obj = new JsonObject();
                for (var i = 0; i < keys.Length; i++) obj[keys[i]] = ToNode(slots[i + 1]);
                return obj;
            }
            default:
                throw new InvalidOperationException($"{value.GetType()} is not a compact JSON value.");
        }
    }

    /// <summary>The compact value of a DOM node (fact sheets read by mutations and single reads), interned in <paramref name="pool"/>.</summary>
    public static object? FromNode(JsonNode? node, CompactJsonPool pool)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
            {
                var shape = CompactShape.Empty;
                var slots = new object?[obj.Count + 1];
                var i = 1;
                foreach (var (key, child) in obj)
                {
                    shape = shape.With(pool.Intern(key));
                    slots[i++] = FromNode(child, pool);
                }
                slots[0] = shape;
                return slots;
            }
            case JsonArray array:
            {
                var slots = new object?[array.Count + 1];
                slots[0] = CompactShape.Array;
                for (var i = 0; i < array.Count; i++) slots[i + 1] = FromNode(array[i], pool);
                return slots;
            }
            default:
                return node.GetValueKind() switch
                {
                    JsonValueKind.String => pool.Intern(node.GetValue<string>()),
                    JsonValueKind.True => True,
                    JsonValueKind.False => False,
                    JsonValueKind.Null => null,
                    _ => pool.Number(node.ToJsonString())
                };
        }
    }

    public static CompactObject FromObject(JsonObject node, CompactJsonPool pool) => new((object?[])FromNode(node, pool)!);
}
