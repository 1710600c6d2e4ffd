using System.Text;

namespace LeanIX.Client;

/// <summary>
/// Reads a snapshot body (see <see cref="PreloadSnapshot"/>) in one forward pass straight into the compact
/// representation: each string, number and shared object is built once from its table entry and every reference
/// to it is an array index, with no hashing or interning per value. The file comes through a small pooled window,
/// so reading it holds no copy of it next to what is built from it.
/// </summary>
internal sealed class SnapshotBodyReader(Stream body, CompactJsonPool pool) : IDisposable
{
    private const int WindowSize = 64 * 1024;

    private byte[] _window = System.Buffers.ArrayPool<byte>.Shared.Rent(WindowSize);
    private int _at;
    private int _end;

    /// <summary>Bytes of the body not yet in the window; a count larger than what is left is damage, not a huge allocation.</summary>
    private long _unread = body.Length - body.Position;
    private string[] _strings = [];

    /// <summary>The long entries of the string table as values (<see cref="CompactText"/>, as the compact reader holds them); null for the others.</summary>
    private CompactText?[] _texts = [];
    private CompactNumber[] _numbers = [];
    private CompactShape[] _shapes = [];
    private object?[][] _shared = [];

    public List<(string Type, CompactObject Data)> Read(string path)
    {
        _strings = new string[Entries()];
        _texts = new CompactText?[_strings.Length];
        // Each is unique in the table already: entering hundreds of thousands into the pool would cost more than the
        // rest of the read, to save only the few strings a later refresh reads again.
        for (var i = 0; i < _strings.Length; i++)
        {
            var utf8 = Bytes(Count());
            if (CompactText.IsLong(utf8)) _texts[i] = new CompactText(utf8.ToArray());
            else _strings[i] = Encoding.UTF8.GetString(utf8);
        }
        _numbers = new CompactNumber[Entries()];
        for (var i = 0; i < _numbers.Length; i++) _numbers[i] = pool.Number(Bytes(Count()));
        _shapes = new CompactShape[Entries()];
        for (var i = 0; i < _shapes.Length; i++)
        {
            var shape = CompactShape.Empty;
            var keys = Entries();
            for (var k = 0; k < keys; k++) shape = shape.With(Text(Count()));
            _shapes[i] = shape;
        }
        _shared = new object?[Entries()][];
        for (var i = 0; i < _shared.Length; i++)
            _shared[i] = Value(0) as object?[] ?? throw new InvalidDataException("a shared entry is not an object or array");
        var count = Entries();
        var factSheets = new List<(string, CompactObject)>(count);
        for (var i = 0; i < count; i++)
        {
            var type = Text(Count());
            factSheets.Add((type, CompactJson.AsObject(Value(0)) ?? throw new PreloadSnapshotMismatchException(path, "a fact sheet in it is not an object")));
        }
        if (_at != _end || body.Read(_window, 0, 1) != 0) throw new InvalidDataException("bytes follow the last fact sheet");
        return factSheets;
    }

    /// <summary>Deeper than JSON is ever read (<see cref="CompactJsonReader"/>): a damaged file, not a stack overflow.</summary>
    private const int MaxDepth = 64;

    private object? Value(int depth)
    {
        if (depth > MaxDepth) throw new InvalidDataException("values nest too deep");
        switch ((SnapshotValueTag)Byte())
        {
            case SnapshotValueTag.Null:
                return null;
            case SnapshotValueTag.String:
            {
                var index = Count();
                return (object?)_texts[index] ?? _strings[index];
            }
            case SnapshotValueTag.Number:
                return _numbers[Count()];
            case SnapshotValueTag.True:
                return CompactJson.True;
            case SnapshotValueTag.False:
                return CompactJson.False;
            case SnapshotValueTag.Shared:
                return _shared[Count()] ?? throw new InvalidDataException("a shared entry refers to a later one");
            case SnapshotValueTag.Object:
            {
                var shape = _shapes[Count()];
                return Slots(shape, shape.Keys.Length, depth);
            }
            case SnapshotValueTag.Array:
                return Slots(CompactShape.Array, Entries(), depth);
            case SnapshotValueTag.NodeArray:
                return Slots(CompactShape.NodeArray, Entries(), depth);
            case SnapshotValueTag.Connection:
                return Slots(CompactShape.Connection, Entries(), depth);
            default:
                throw new InvalidDataException("unknown value tag");
        }
    }

    /// <summary>A string-table entry as a string (a key, a type), decoded here if it is a long one.</summary>
    private string Text(int index) => _strings[index] ??= _texts[index]!.ToString();

    private object?[] Slots(CompactShape shape, int count, int depth)
    {
        var slots = new object?[count + 1];
        slots[0] = shape;
        for (var i = 1; i <= count; i++) slots[i] = Value(depth + 1);
        return slots;
    }

    private byte Byte()
    {
        if (_at == _end) Fill(1);
        return _window[_at++];
    }

    private ReadOnlySpan<byte> Bytes(int length)
    {
        if (length > _end - _at)
        {
            if (length > _unread + _end - _at) throw new EndOfStreamException();
            Fill(length);
        }
        var bytes = _window.AsSpan(_at, length);
        _at += length;
        return bytes;
    }

    /// <summary>Makes at least <paramref name="length"/> bytes available from <c>_at</c>.</summary>
    private void Fill(int length)
    {
        var held = _end - _at;
        if (length > _window.Length)
        {
            // A text longer than the window: a larger one, for as long as this reader lives.
            var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
            _window.AsSpan(_at, held).CopyTo(larger);
            System.Buffers.ArrayPool<byte>.Shared.Return(_window);
            _window = larger;
        }
        else
        {
            _window.AsSpan(_at, held).CopyTo(_window);
        }
        _at = 0;
        _end = held;
        while (_end < length)
        {
            var read = body.Read(_window, _end, _window.Length - _end);
            if (read == 0) throw new EndOfStreamException();
            _end += read;
            _unread -= read;
        }
    }

    public void Dispose()
    {
        System.Buffers.ArrayPool<byte>.Shared.Return(_window);
        _window = [];
    }

    /// <summary>A count of entries, each at least a byte: a larger one than the bytes left is damage, not a huge allocation.</summary>
    private int Entries()
    {
        var count = Count();
        return count <= _unread + _end - _at ? count : throw new InvalidDataException("a count runs past the end");
    }

    /// <summary>A 7-bit encoded count or index, as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
    private int Count()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value >= 0 ? value : throw new InvalidDataException("a negative count");
        }
        throw new InvalidDataException("a count too long");
    }
}
