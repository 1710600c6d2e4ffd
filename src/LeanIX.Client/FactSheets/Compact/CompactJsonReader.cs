using System.Buffers;
using System.Text;
using System.Text.Json;

namespace LeanIX.Client;

/// <summary>
/// Reads UTF-8 JSON with <see cref="Utf8JsonReader"/> straight into the compact representation: no DOM, no
/// document, and no string for a value already interned (short strings are decoded on the stack and looked up).
/// Small objects of interned values are interned as a whole, so a tag or a user read on 10,000 fact sheets is
/// one instance.
/// </summary>
internal sealed class CompactJsonReader(CompactJsonPool pool)
{
    private const int MaxDepth = 64;

    /// <summary>Values of the objects and arrays being read, innermost last.</summary>
    private readonly List<object?> _stack = new(256);

    /// <summary>The whole of <paramref name="utf8"/> as one compact value.</summary>
    public object? Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        if (!reader.Read()) throw new JsonException("The body is empty.");
        var value = ReadValue(ref reader, out _);
        if (reader.Read()) throw new JsonException("The body holds more than one JSON value.");
        return value;
    }

    private object? ReadValue(ref Utf8JsonReader reader, out bool interned)
    {
        interned = true;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, out interned);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader, out interned);
            case JsonTokenType.String:
            {
                var s = ReadString(ref reader);
                interned = pool.IsInterned(s);
                return s;
            }
            case JsonTokenType.Number:
            {
                // A number is ASCII and short (rev, costs, counts): widened on the stack, then looked up.
                var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (raw.Length > 64) return pool.Number(Encoding.UTF8.GetString(raw));
                Span<char> text = stackalloc char[64];
                var length = Encoding.UTF8.GetChars(raw, text);
                return pool.Number(text[..length]);
            }
            case JsonTokenType.True:
                return CompactJson.True;
            case JsonTokenType.False:
                return CompactJson.False;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Unexpected {reader.TokenType}.");
        }
    }

    private object?[] ReadObject(ref Utf8JsonReader reader, out bool interned)
    {
        var start = _stack.Count;
        var shape = CompactShape.Empty;
        var allInterned = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            shape = shape.With(ReadString(ref reader));
            reader.Read();
            _stack.Add(ReadValue(ref reader, out var childInterned));
            allInterned &= childInterned;
        }
        var slots = Pop(start, shape);
        interned = allInterned && slots.Length - 1 <= CompactJsonPool.MaxInternedMembers;
        return interned ? pool.InternSlots(slots) : slots;
    }

    private object?[] ReadArray(ref Utf8JsonReader reader, out bool interned)
    {
        var start = _stack.Count;
        var allInterned = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            _stack.Add(ReadValue(ref reader, out var childInterned));
            allInterned &= childInterned;
        }
        var slots = Pop(start, CompactShape.Array);
        interned = allInterned && slots.Length - 1 <= CompactJsonPool.MaxInternedMembers;
        return interned ? pool.InternSlots(slots) : slots;
    }

    private object?[] Pop(int start, CompactShape shape)
    {
        var slots = new object?[_stack.Count - start + 1];
        slots[0] = shape;
        _stack.CopyTo(start, slots, 1, slots.Length - 1);
        _stack.RemoveRange(start, slots.Length - 1);
        return slots;
    }

    private string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > CompactJsonPool.MaxInternedChars * 3)
            return pool.Intern(reader.GetString()!);
        Span<char> chars = stackalloc char[CompactJsonPool.MaxInternedChars * 3];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        return pool.Intern(chars[..length]);
    }
}
