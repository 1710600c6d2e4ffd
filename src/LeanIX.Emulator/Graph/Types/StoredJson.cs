using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>
/// Reads a stored <see cref="JsonNode"/> as UTF-8 JSON text instead of through its indexers (issue 15). A seeded or
/// reloaded field value is an element-backed node: its first indexer call builds a dictionary and a node per property
/// and keeps them for good. On a first dump of synthetic:50000 that was a hundred-odd MiB of nodes made and promoted
/// through the GC generations for one read each. <see cref="JsonNode.WriteTo"/> copies such a node's element without
/// building anything, and a <see cref="Utf8JsonReader"/> over the copy reads it without keeping anything.
/// </summary>
internal static class StoredJson
{
    /// <summary>Property names one object may have for <see cref="Names"/>; an object with more is left to its nodes.</summary>
    public const int MaxNames = 24;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// The JSON text of <paramref name="node"/> in a buffer of this thread, valid until the next call on the thread;
    /// false when the node cannot be written (a value the serializer refuses), which its nodes then decide.
    /// </summary>
    public static bool TryUtf8(JsonNode node, out ReadOnlySpan<byte> utf8)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        try
        {
            node.WriteTo(writer);
            writer.Flush();
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException or ArgumentException)
        {
            utf8 = default;
            return false;
        }
        utf8 = buffer.WrittenSpan;
        return true;
    }

    /// <summary>
    /// The property names of one object read so far. A <see cref="JsonObject"/> refuses a repeated name when it builds
    /// its dictionary (ArgumentException), so a reader that meets one must leave the value to the nodes, which fail as
    /// before; <see cref="Add"/> says so, and also for an escaped name it would have to unescape to compare.
    /// </summary>
    public ref struct Names(Span<(int Start, int Length)> seen)
    {
        private readonly Span<(int Start, int Length)> _seen = seen;
        private int _count;

        /// <summary>Adds the property name <paramref name="reader"/> is on; false if it repeats one, is escaped, or there are too many.</summary>
        public bool Add(ref readonly Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence || _count == _seen.Length) return false;
            var name = reader.ValueSpan;
            foreach (var (start, length) in _seen[.._count])
                if (utf8.Slice(start, length).SequenceEqual(name)) return false;
            var at = (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(utf8), ref MemoryMarshal.GetReference(name));
            _seen[_count++] = (at, name.Length);
            return true;
        }
    }
}
