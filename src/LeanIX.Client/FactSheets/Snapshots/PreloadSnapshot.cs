using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeanIX.Client;

/// <summary>
/// A preloaded workspace on disk (<c>PreloadAsync(snapshot: path)</c>), in a compact binary form: a header (format
/// version, workspace id, data model fingerprint, preloaded types, the newest <c>updatedAt</c> seen), then a string
/// table, a shape table (the key lists of <see cref="CompactShape"/>) and each fact sheet as tagged values that index
/// them. Reading it rebuilds the compact fact sheets with interning, so it is as small in memory as a preload.
/// </summary>
internal static class PreloadSnapshot
{
    public const int FormatVersion = 1;
    private const string Magic = "LeanIX.PreloadSnapshot";

    private enum Tag : byte { Null, String, Number, True, False, Object, Array }

    /// <summary>What a snapshot says about itself.</summary>
    public sealed record Header(Guid WorkspaceId, string DataModelFingerprint, IReadOnlyList<string> Types, DateTimeOffset? Watermark);

    /// <summary>
    /// The data model as far as a preload reads it: the hash of every type's full selection. LeanIX has no data
    /// model revision a client can read, and any change that alters what a preload holds alters a selection.
    /// </summary>
    public static string Fingerprint(LeanIXDataModel model)
    {
        var text = string.Join("\n", model.Types.Values.Select(t => t.Key + ":" + FactSheetSelection.For(t)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static void Write(string path, Header header, IReadOnlyList<FactSheet> factSheets)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var shapes = new Dictionary<CompactShape, int>(ReferenceEqualityComparer.Instance);
        foreach (var fs in factSheets)
        {
            Collect(fs.Type, strings, shapes);
            Collect(fs.Compact.Slots, strings, shapes);
        }
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        // Written beside and moved over, so a crash never leaves half a snapshot where the next run looks.
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(header.WorkspaceId.ToString());
            writer.Write(header.DataModelFingerprint);
            writer.Write7BitEncodedInt(header.Types.Count);
            foreach (var type in header.Types) writer.Write(type);
            writer.Write(header.Watermark?.ToString("O", CultureInfo.InvariantCulture) ?? "");
            writer.Write7BitEncodedInt(strings.Count);
            foreach (var s in strings.OrderBy(p => p.Value)) writer.Write(s.Key);
            writer.Write7BitEncodedInt(shapes.Count);
            foreach (var shape in shapes.OrderBy(p => p.Value).Select(p => p.Key))
            {
                writer.Write7BitEncodedInt(shape.Keys.Length);
                foreach (var key in shape.Keys) writer.Write7BitEncodedInt(strings[key]);
            }
            writer.Write7BitEncodedInt(factSheets.Count);
            foreach (var fs in factSheets)
            {
                writer.Write7BitEncodedInt(strings[fs.Type]);
                WriteValue(writer, fs.Compact.Slots, strings, shapes);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static Header ReadHeader(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        return ReadHeader(reader, path);
    }

    /// <summary>The header and every fact sheet as (type, compact data), interned in <paramref name="pool"/>.</summary>
    public static (Header Header, List<(string Type, CompactObject Data)> FactSheets) Read(string path, CompactJsonPool pool)
    {
        // One read into a pooled buffer: the value walk below reads byte by byte, far cheaper from memory than
        // through a file stream's buffer, and the buffer goes back to the pool as soon as the walk ends.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var length = checked((int)file.Length);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            file.ReadExactly(buffer, 0, length);
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            return Read(reader, path, pool);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (Header Header, List<(string Type, CompactObject Data)> FactSheets) Read(BinaryReader reader, string path, CompactJsonPool pool)
    {
        var header = ReadHeader(reader, path);
        try
        {
            var strings = new string[reader.Read7BitEncodedInt()];
            for (var i = 0; i < strings.Length; i++) strings[i] = pool.Intern(reader.ReadString());
            var shapes = new CompactShape[reader.Read7BitEncodedInt()];
            for (var i = 0; i < shapes.Length; i++)
            {
                var shape = CompactShape.Empty;
                var keys = reader.Read7BitEncodedInt();
                for (var k = 0; k < keys; k++) shape = shape.With(strings[reader.Read7BitEncodedInt()]);
                shapes[i] = shape;
            }
            var count = reader.Read7BitEncodedInt();
            var factSheets = new List<(string, CompactObject)>(count);
            for (var i = 0; i < count; i++)
            {
                var type = strings[reader.Read7BitEncodedInt()];
                factSheets.Add((type, CompactJson.AsObject(ReadValue(reader, strings, shapes, pool, out _))
                    ?? throw new PreloadSnapshotMismatchException(path, "a fact sheet in it is not an object")));
            }
            return (header, factSheets);
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or FormatException or InvalidDataException)
        {
            throw new PreloadSnapshotMismatchException(path, $"it is damaged ({e.Message})");
        }
    }

    private static Header ReadHeader(BinaryReader reader, string path)
    {
        try
        {
            if (reader.ReadString() != Magic) throw new PreloadSnapshotMismatchException(path, "it is not a preload snapshot");
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new PreloadSnapshotMismatchException(path, $"it is in format version {version}; this client reads version {FormatVersion}");
            var workspace = Guid.Parse(reader.ReadString());
            var fingerprint = reader.ReadString();
            var types = new string[reader.Read7BitEncodedInt()];
            for (var i = 0; i < types.Length; i++) types[i] = reader.ReadString();
            var watermark = reader.ReadString();
            return new Header(workspace, fingerprint, types,
                watermark.Length == 0 ? null : DateTimeOffset.Parse(watermark, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException and not FileNotFoundException)
        {
            throw new PreloadSnapshotMismatchException(path, "it is not a preload snapshot");
        }
    }

    private static void Collect(object? value, Dictionary<string, int> strings, Dictionary<CompactShape, int> shapes)
    {
        switch (value)
        {
            case string s:
                strings.TryAdd(s, strings.Count);
                break;
            case CompactNumber n:
                strings.TryAdd(n.Text, strings.Count);
                break;
            case object?[] slots:
                var shape = (CompactShape)slots[0]!;
                if (!shape.IsArray && !shapes.ContainsKey(shape))
                {
                    foreach (var key in shape.Keys) strings.TryAdd(key, strings.Count);
                    shapes.Add(shape, shapes.Count);
                }
                for (var i = 1; i < slots.Length; i++) Collect(slots[i], strings, shapes);
                break;
        }
    }

    private static void WriteValue(BinaryWriter writer, object? value, Dictionary<string, int> strings, Dictionary<CompactShape, int> shapes)
    {
        switch (value)
        {
            case null:
                writer.Write((byte)Tag.Null);
                break;
            case string s:
                writer.Write((byte)Tag.String);
                writer.Write7BitEncodedInt(strings[s]);
                break;
            case CompactNumber n:
                writer.Write((byte)Tag.Number);
                writer.Write7BitEncodedInt(strings[n.Text]);
                break;
            case bool b:
                writer.Write((byte)(b ? Tag.True : Tag.False));
                break;
            case object?[] slots:
                var shape = (CompactShape)slots[0]!;
                if (shape.IsArray)
                {
                    writer.Write((byte)Tag.Array);
                    writer.Write7BitEncodedInt(slots.Length - 1);
                }
                else
                {
                    writer.Write((byte)Tag.Object);
                    writer.Write7BitEncodedInt(shapes[shape]);
                }
                for (var i = 1; i < slots.Length; i++) WriteValue(writer, slots[i], strings, shapes);
                break;
            default:
                throw new InvalidOperationException($"{value.GetType()} is not a compact JSON value.");
        }
    }

    private static object? ReadValue(BinaryReader reader, string[] strings, CompactShape[] shapes, CompactJsonPool pool, out bool interned)
    {
        interned = true;
        switch ((Tag)reader.ReadByte())
        {
            case Tag.Null:
                return null;
            case Tag.String:
                var s = strings[reader.Read7BitEncodedInt()];
                interned = pool.IsInterned(s);
                return s;
            case Tag.Number:
                return pool.Number(strings[reader.Read7BitEncodedInt()]);
            case Tag.True:
                return CompactJson.True;
            case Tag.False:
                return CompactJson.False;
            case Tag.Object:
                return ReadSlots(reader, shapes[reader.Read7BitEncodedInt()], strings, shapes, pool, out interned);
            case Tag.Array:
                return ReadSlots(reader, CompactShape.Array, strings, shapes, pool, out interned);
            default:
                throw new InvalidDataException("unknown value tag");
        }
    }

    /// <summary>An object or array, interned as <see cref="CompactJsonReader"/> would have.</summary>
    private static object?[] ReadSlots(BinaryReader reader, CompactShape shape, string[] strings, CompactShape[] shapes, CompactJsonPool pool, out bool interned)
    {
        var count = shape.IsArray ? reader.Read7BitEncodedInt() : shape.Keys.Length;
        var slots = new object?[count + 1];
        slots[0] = shape;
        var all = true;
        for (var i = 1; i <= count; i++)
        {
            slots[i] = ReadValue(reader, strings, shapes, pool, out var child);
            all &= child;
        }
        interned = all && count <= CompactJsonPool.MaxInternedMembers;
        return interned ? pool.InternSlots(slots) : slots;
    }
}
