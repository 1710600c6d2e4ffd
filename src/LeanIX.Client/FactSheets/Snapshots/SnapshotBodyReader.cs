namespace LeanIX.Client;

/// <summary>
/// Reads a snapshot body (see <see cref="PreloadSnapshot"/>) in one forward pass from memory straight into the
/// compact representation: each string, number and shared object is built once from its table entry and every
/// reference to it is an array index, with no hashing or interning per value.
/// </summary>
internal ref struct SnapshotBodyReader(ReadOnlySpan<byte> body, CompactJsonPool pool)
{
    private readonly ReadOnlySpan<byte> _body = body;
    private int _at;
    private string[] _strings = [];
    private CompactNumber[] _numbers = [];
    private CompactShape[] _shapes = [];
    private object?[][] _shared = [];

    public List<(string Type, CompactObject Data)> Read(string path)
    {
        _strings = new string[Count()];
        // The pool keeps the short ones, so what a later refresh reads shares these instances.
        for (var i = 0; i < _strings.Length; i++) _strings[i] = pool.Intern(Bytes(Count()));
        _numbers = new CompactNumber[Count()];
        for (var i = 0; i < _numbers.Length; i++) _numbers[i] = pool.Number(Bytes(Count()));
        _shapes = new CompactShape[Count()];
        for (var i = 0; i < _shapes.Length; i++)
        {
            var shape = CompactShape.Empty;
            var keys = Count();
            for (var k = 0; k < keys; k++) shape = shape.With(_strings[Count()]);
            _shapes[i] = shape;
        }
        _shared = new object?[Count()][];
        for (var i = 0; i < _shared.Length; i++)
            _shared[i] = Value() as object?[] ?? throw new InvalidDataException("a shared entry is not an object or array");
        var factSheets = new List<(string, CompactObject)>(Count());
        for (var i = factSheets.Capacity; i > 0; i--)
        {
            var type = _strings[Count()];
            factSheets.Add((type, CompactJson.AsObject(Value()) ?? throw new PreloadSnapshotMismatchException(path, "a fact sheet in it is not an object")));
        }
        if (_at != _body.Length) throw new InvalidDataException("bytes follow the last fact sheet");
        return factSheets;
    }

    private object? Value()
    {
        switch ((SnapshotValueTag)Byte())
        {
            case SnapshotValueTag.Null:
                return null;
            case SnapshotValueTag.String:
                return _strings[Count()];
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
                return Slots(shape, shape.Keys.Length);
            }
            case SnapshotValueTag.Array:
                return Slots(CompactShape.Array, Count());
            default:
                throw new InvalidDataException("unknown value tag");
        }
    }

    private object?[] Slots(CompactShape shape, int count)
    {
        if (count > _body.Length - _at) throw new InvalidDataException("a count runs past the end");
        var slots = new object?[count + 1];
        slots[0] = shape;
        for (var i = 1; i <= count; i++) slots[i] = Value();
        return slots;
    }

    private byte Byte() => _at < _body.Length ? _body[_at++] : throw new EndOfStreamException();

    private ReadOnlySpan<byte> Bytes(int length)
    {
        if (length > _body.Length - _at) throw new EndOfStreamException();
        var bytes = _body.Slice(_at, length);
        _at += length;
        return bytes;
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
