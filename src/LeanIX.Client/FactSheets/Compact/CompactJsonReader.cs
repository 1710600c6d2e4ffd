using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace LeanIX.Client;

/// <summary>
/// Reads UTF-8 JSON with <see cref="Utf8JsonReader"/> straight into the compact representation: no DOM, no
/// document, and no string for a value already interned (short strings are looked up from their UTF-8 bytes).
/// Small objects of interned values are interned as a whole, so a tag or a user read on 10,000 fact sheets is
/// one instance. It reads a body as it arrives (<see cref="ReadAsync"/>): only a small pooled window of the bytes
/// is held, never a whole page next to what is built from it.
/// </summary>
internal sealed class CompactJsonReader(CompactJsonPool pool)
{
    private const int MaxDepth = 64;

    /// <summary>The window a body is read through; a token longer than it (a huge description) grows it.</summary>
    private const int WindowSize = 32 * 1024;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>Slots of the objects and arrays being read, innermost last (each one's shape first); <see cref="_count"/> of them are in use.</summary>
    private object?[] _values = new object?[256];
    private int _count;

    /// <summary>The objects and arrays open at the reader's position, innermost last.</summary>
    private readonly Frame[] _open = new Frame[MaxDepth + 1];
    private int _depth;

    private object? _root;
    private bool _done;

    /// <summary>Bytes read so far by <see cref="ReadAsync"/>.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The whole of <paramref name="utf8"/> as one compact value.</summary>
    public object? Read(ReadOnlySpan<byte> utf8)
    {
        Reset();
        var state = new JsonReaderState(Options);
        Feed(utf8, isFinal: true, ref state);
        return Finish();
    }

    /// <summary>
    /// The body of <paramref name="stream"/> as one compact value, read as it arrives. On a JSON error,
    /// <paramref name="window"/> receives the bytes around it (to quote in the error).
    /// </summary>
    public async Task<object?> ReadAsync(Stream stream, Action<ReadOnlySpan<byte>>? window, CancellationToken cancellationToken)
    {
        Reset();
        var state = new JsonReaderState(Options);
        var buffer = ArrayPool<byte>.Shared.Rent(WindowSize);
        var held = 0;
        try
        {
            while (true)
            {
                if (held == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, held).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await stream.ReadAsync(buffer.AsMemory(held), cancellationToken).ConfigureAwait(false);
                BytesRead += read;
                held += read;
                int consumed;
                try
                {
                    consumed = Feed(buffer.AsSpan(0, held), isFinal: read == 0, ref state);
                }
                catch (JsonException)
                {
                    window?.Invoke(buffer.AsSpan(0, held));
                    throw;
                }
                if (read == 0) return Finish();
                // The start of a token that is not complete yet moves to the front of the window.
                buffer.AsSpan(consumed, held - consumed).CopyTo(buffer);
                held -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Reset()
    {
        _count = 0;
        _depth = 0;
        _root = null;
        _done = false;
        BytesRead = 0;
    }

    private object? Finish() => _done ? _root : throw new JsonException(_depth == 0 ? "The body is empty." : "The body ends inside a value.");

    /// <summary>Reads every complete token of <paramref name="utf8"/>; returns how many bytes they took.</summary>
    // The parser's hot methods go straight to optimized code: a preload is over before tiered compilation would have
    // promoted them, and their tier-0 and instrumented versions, each compiled in turn, cost CPU the preload needs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Feed(ReadOnlySpan<byte> utf8, bool isFinal, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(utf8, isFinal, state);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (_done) throw new JsonException("The body holds more than one JSON value.");
                    // The first slot holds the shape once the object is read; its members follow.
                    Push(null);
                    var inNode = _depth > 0 && ReferenceEquals(_open[_depth - 1].Shape, CompactShape.NodeWrapper);
                    _open[_depth++] = new Frame
                    {
                        Start = _count - 1, Shape = reader.TokenType == JsonTokenType.StartArray ? CompactShape.Array : CompactShape.Empty, AllInterned = true,
                        InNode = inNode
                    };
                    break;
                case JsonTokenType.PropertyName:
                {
                    ref var frame = ref _open[_depth - 1];
                    frame.Shape = (reader.ValueIsEscaped ? null : frame.Shape.Next(reader.ValueSpan)) ?? frame.Shape.With(ReadString(ref reader));
                    break;
                }
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    End();
                    break;
                case JsonTokenType.String:
                {
                    if (reader.ValueSpan.Length > CompactJsonPool.MaxInternedChars)
                    {
                        var text = LongValue(ref reader);
                        Add(text, text is string s && pool.IsInterned(s));
                    }
                    else if (_depth > 0 && !reader.ValueIsEscaped)
                    {
                        ref var frame = ref _open[_depth - 1];
                        var value = pool.InternValue(frame.Shape, frame.InNode, reader.ValueSpan, out var interned);
                        Add(value, interned);
                    }
                    else
                    {
                        var s = ReadString(ref reader);
                        Add(s, pool.IsInterned(s));
                    }
                    break;
                }
                case JsonTokenType.Number:
                    Add(pool.Number(reader.ValueSpan), true);
                    break;
                case JsonTokenType.True:
                    Add(CompactJson.True, true);
                    break;
                case JsonTokenType.False:
                    Add(CompactJson.False, true);
                    break;
                case JsonTokenType.Null:
                    Add(null, true);
                    break;
                default:
                    throw new JsonException($"Unexpected {reader.TokenType}.");
            }
        }
        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    /// <summary>
    /// Closes the innermost object or array. A connection's <c>{"node": x}</c> edges and <c>{"edges": [...]}</c> around them
    /// are packed on the way (<see cref="CompactShape.NodeArray"/>, <see cref="CompactShape.Connection"/>): each relation,
    /// subscription and document then costs no wrapper object, and neither does each fact sheet of a page.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void End()
    {
        var frame = _open[--_depth];
        var members = _count - frame.Start - 1;
        if (members == 1 && _depth > 0)
        {
            if (ReferenceEquals(frame.Shape, CompactShape.NodeWrapper))
            {
                ref var parent = ref _open[_depth - 1];
                if (ReferenceEquals(parent.Shape, CompactShape.Array) && parent.Packed == parent.Items)
                {
                    // The node takes the edge's place in the array; the array becomes a NodeArray when it ends.
                    var node = _values[frame.Start + 1];
                    _count = frame.Start;
                    Push(node);
                    parent.Items++;
                    parent.Packed++;
                    if (!frame.AllInterned) parent.AllInterned = false;
                    return;
                }
            }
            else if (ReferenceEquals(frame.Shape, CompactShape.EdgesWrapper) && _values[frame.Start + 1] is object?[] edges
                && ReferenceEquals(edges[0], CompactShape.NodeArray))
            {
                _count = frame.Start;
                // A shared NodeArray is the pool's one instance: it is copied, never changed.
                if (frame.AllInterned)
                {
                    var copy = (object?[])edges.Clone();
                    copy[0] = CompactShape.Connection;
                    var shared = copy.Length - 1 <= CompactJsonPool.MaxInternedMembers ? pool.InternSlots(copy) : null;
                    Add(shared ?? copy, shared is not null);
                }
                else
                {
                    edges[0] = CompactShape.Connection;
                    Add(edges, interned: false);
                }
                return;
            }
        }
        _values[frame.Start] = frame.Packed > 0 ? CompactShape.NodeArray : frame.Shape;
        var read = _values.AsSpan(frame.Start, _count - frame.Start);
        var sharedSlots = frame.AllInterned && read.Length - 1 <= CompactJsonPool.MaxInternedMembers ? pool.InternSlots(read) : null;
        var interned = sharedSlots is not null;
        var slots = sharedSlots ?? read.ToArray();
        _count = frame.Start;
        Add(slots, interned);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(object? value, bool interned)
    {
        if (_depth == 0)
        {
            if (_done) throw new JsonException("The body holds more than one JSON value.");
            _root = value;
            _done = true;
            return;
        }
        ref var frame = ref _open[_depth - 1];
        // Anything but an edge in an array that held only edges so far: those go back into their wrappers.
        if (frame.Packed > 0) Unpack(ref frame);
        Push(value);
        frame.Items++;
        if (!interned) frame.AllInterned = false;
    }

    /// <summary>Wraps the nodes of a frame's packed edges again (an array of edges and other values: not a connection).</summary>
    private void Unpack(ref Frame frame)
    {
        for (var i = frame.Start + 1; i < _count; i++) _values[i] = new object?[] { CompactShape.NodeWrapper, _values[i] };
        // Never packed again: Packed stays below Items from now on.
        frame.Packed = 0;
        frame.AllInterned = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Push(object? value)
    {
        if (_count == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        _values[_count++] = value;
    }

    /// <summary>A string value of more than <see cref="CompactJsonPool.MaxInternedChars"/> bytes: a <see cref="CompactText"/> when it is that many chars too.</summary>
    private object LongValue(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
            return CompactText.IsLong(reader.ValueSpan) ? new CompactText(reader.ValueSpan.ToArray()) : pool.Intern(reader.ValueSpan);
        // Escapes (a description's line breaks) are undone into bytes: unescaped text is never longer.
        var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var utf8 = buffer.AsSpan(0, reader.CopyString(buffer));
            return CompactText.IsLong(utf8) ? new CompactText(utf8.ToArray()) : pool.Intern(utf8);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.ValueSpan.Length > CompactJsonPool.MaxInternedChars * 3)
            return pool.Intern(reader.GetString()!);
        return pool.Intern(reader.ValueSpan);
    }

    private struct Frame
    {
        public int Start;
        public CompactShape Shape;
        public bool AllInterned;

        /// <summary>The object is the <c>node</c> of an edge: its strings are learnt apart (see <see cref="CompactJsonPool.InternValue"/>).</summary>
        public bool InNode;

        /// <summary>Values added to the frame (of an array: items).</summary>
        public int Items;

        /// <summary>Edges whose node was pushed in their place (see <see cref="End"/>); while all items are, the array is a NodeArray.</summary>
        public int Packed;
    }
}
