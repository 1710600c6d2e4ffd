using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>Reads compact values (see <see cref="CompactObject"/>) and turns them into DOM nodes where an API returns JSON.</summary>
internal static class CompactJson
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static bool IsArray(object? value) => value is object?[] { Length: > 0 } slots && slots[0] is CompactShape { IsArray: true };

    /// <summary>
    /// The object of a value; a packed <see cref="CompactShape.Connection"/> is unpacked into a new <c>{"edges": [...]}</c>
    /// (read paths that only want the nodes use <see cref="ConnectionNodes"/>, which allocates nothing).
    /// </summary>
    public static CompactObject? AsObject(object? value) => value is object?[] { Length: > 0 } slots && slots[0] is CompactShape shape
        ? shape.IsObject ? new CompactObject(slots)
        : ReferenceEquals(shape, CompactShape.Connection) ? new CompactObject([CompactShape.EdgesWrapper, Repacked(slots, CompactShape.NodeArray)])
        : null
        : null;

    /// <summary>The items of an array value; empty for anything else. A <see cref="CompactShape.NodeArray"/>'s items are wrapped anew.</summary>
    public static ReadOnlySpan<object?> Items(object? value)
    {
        if (value is not object?[] { Length: > 0 } slots || slots[0] is not CompactShape { IsArray: true } shape) return [];
        if (!ReferenceEquals(shape, CompactShape.NodeArray)) return slots.AsSpan(1);
        var wrapped = new object?[slots.Length - 1];
        for (var i = 1; i < slots.Length; i++) wrapped[i - 1] = new object?[] { CompactShape.NodeWrapper, slots[i] };
        return wrapped;
    }

    /// <summary>
    /// The nodes of a connection's <c>edges</c> array (each edge's <c>node</c>, in order; edges without one are left out),
    /// packed or not.
    /// </summary>
    public static ReadOnlySpan<object?> EdgeNodes(object? edges)
    {
        if (edges is not object?[] { Length: > 0 } slots || slots[0] is not CompactShape { IsArray: true } shape) return [];
        if (ReferenceEquals(shape, CompactShape.NodeArray)) return slots.AsSpan(1);
        var nodes = new List<object?>(slots.Length - 1);
        foreach (var edge in slots.AsSpan(1))
            if (AsObject(edge) is { } e && e.TryGet("node", out var node)) nodes.Add(node);
        return nodes.ToArray();
    }

    /// <summary>The nodes of a connection value <c>{"edges": [{"node": …}…]}</c>, packed or not; empty for anything else.</summary>
    public static ReadOnlySpan<object?> ConnectionNodes(object? connection)
    {
        if (connection is not object?[] { Length: > 0 } slots || slots[0] is not CompactShape shape) return [];
        if (ReferenceEquals(shape, CompactShape.Connection)) return slots.AsSpan(1);
        return shape.IsObject ? EdgeNodes(new CompactObject(slots)["edges"]) : [];
    }

    private static object?[] Repacked(object?[] slots, CompactShape marker)
    {
        var copy = (object?[])slots.Clone();
        copy[0] = marker;
        return copy;
    }

    /// <summary>A value as <see cref="FactSheetValue.AsString"/> reads it, without building a node for a string.</summary>
    public static string? AsString(object? value) => value switch
    {
        null => null,
        string s => s,
        CompactText t => t.ToString(),
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
                return b is string t ? string.Equals(s, t, StringComparison.Ordinal) : b is CompactText u && u.SameText(s);
            case CompactText text:
                return text.SameText(b);
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
            case CompactText t:
                return JsonValue.Create(t.ToString());
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
            case object?[] slots when ReferenceEquals(slots[0], CompactShape.NodeArray):
                return Edges(slots);
            case object?[] slots when ReferenceEquals(slots[0], CompactShape.Connection):
                return new JsonObject { ["edges"] = Edges(slots) };
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

    private static JsonArray Edges(object?[] slots)
    {
        var array = new JsonArray();
        for (var i = 1; i < slots.Length; i++) array.Add(new JsonObject { ["node"] = ToNode(slots[i]) });
        return array;
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
