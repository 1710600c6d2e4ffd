using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A JSON object in the compact representation: one array, its <see cref="CompactShape"/> first and the values
/// after it in the shape's key order. Values are null, a string (interned when short), a <see cref="CompactText"/> (a long
/// one as UTF-8), a <see cref="CompactNumber"/>, a boxed
/// bool, or another slot array (an object, or an array when its shape is <see cref="CompactShape.Array"/>, or a
/// connection packed by the reader: <see cref="CompactShape.NodeArray"/>, <see cref="CompactShape.Connection"/>).
/// </summary>
internal readonly struct CompactObject
{
    public CompactObject(object?[] slots)
    {
        if (slots.Length == 0 || slots[0] is not CompactShape { IsObject: true }) throw new ArgumentException("Not a compact object.", nameof(slots));
        Slots = slots;
    }

    public object?[] Slots { get; }

    public CompactShape Shape => (CompactShape)Slots[0]!;

    public int Count => Slots.Length - 1;

    /// <summary>Whether the object has <paramref name="key"/>, and its value (null for a JSON null).</summary>
    public bool TryGet(string key, out object? value)
    {
        var i = Shape.IndexOf(key);
        value = i < 0 ? null : Slots[i + 1];
        return i >= 0;
    }

    public object? this[string key] => TryGet(key, out var value) ? value : null;

    /// <summary>The member <paramref name="key"/> when it is an object.</summary>
    public CompactObject? Object(string key) => CompactJson.AsObject(this[key]);

    public IEnumerable<KeyValuePair<string, object?>> Members()
    {
        var keys = Shape.Keys;
        for (var i = 0; i < keys.Length; i++) yield return new(keys[i], Slots[i + 1]);
    }

    /// <summary>A new DOM of this object (the compact one stays as it is).</summary>
    public JsonObject ToJsonObject() => (JsonObject)CompactJson.ToNode(Slots)!;

    /// <summary>This object with the members of <paramref name="other"/> set (replaced or appended).</summary>
    public CompactObject Merge(CompactObject other)
    {
        var shape = Shape;
        var values = new List<object?>(Slots.AsSpan(1).ToArray());
        foreach (var (key, value) in other.Members())
        {
            var i = shape.IndexOf(key);
            if (i >= 0) values[i] = value;
            else
            {
                shape = shape.With(key);
                values.Add(value);
            }
        }
        return new CompactObject([shape, .. values]);
    }
}
