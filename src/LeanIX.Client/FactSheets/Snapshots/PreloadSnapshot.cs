using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeanIX.Client;

/// <summary>
/// A preloaded workspace on disk (<c>PreloadAsync(snapshot: path)</c>), in a compact binary form: a header (format
/// version, workspace id, data model fingerprint, preloaded types, the newest <c>updatedAt</c> seen), then the tables
/// of <see cref="SnapshotTables"/> (strings, numbers, shapes, shared small objects) and each fact sheet as tagged values
/// (<see cref="SnapshotValueTag"/>) that index them. <see cref="SnapshotBodyReader"/> rebuilds it in one pass, as small
/// in memory as the preload that wrote it: what was one instance then is one instance again.
/// </summary>
internal static class PreloadSnapshot
{
    /// <summary>
    /// 2: shared small objects stored once and referred to by index (1 stored every value inline and re-interned it on
    /// reading). 3: connections packed (<see cref="SnapshotValueTag.NodeArray"/>, <see cref="SnapshotValueTag.Connection"/>).
    /// The header is the same in every version, so an older file is still recognised as this workspace's.
    /// </summary>
    public const int FormatVersion = 3;
    private const string Magic = "LeanIX.PreloadSnapshot";

    /// <summary>What a snapshot says about itself.</summary>
    public sealed record Header(int Version, Guid WorkspaceId, string DataModelFingerprint, IReadOnlyList<string> Types, DateTimeOffset? Watermark)
    {
        /// <summary>An older client's snapshot: this client preloads afresh and writes its own format over it.</summary>
        public bool IsOlderFormat => Version < FormatVersion;
    }

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
        var tables = new SnapshotTables();
        foreach (var fs in factSheets) tables.Add(fs.Type, fs.Compact);
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
            WriteTable(writer, tables.Strings);
            WriteTable(writer, tables.Numbers);
            writer.Write7BitEncodedInt(tables.Shapes.Count);
            foreach (var shape in tables.Shapes.OrderBy(p => p.Value).Select(p => p.Key))
            {
                writer.Write7BitEncodedInt(shape.Keys.Length);
                foreach (var key in shape.Keys) writer.Write7BitEncodedInt(tables.Strings[key]);
            }
            writer.Write7BitEncodedInt(tables.Shared.Count);
            // An entry is written in full; only the objects inside it are references (to earlier entries).
            foreach (var shared in tables.Shared) WriteSlots(writer, shared, tables);
            writer.Write7BitEncodedInt(factSheets.Count);
            foreach (var fs in factSheets)
            {
                writer.Write7BitEncodedInt(tables.Strings[fs.Type]);
                WriteValue(writer, fs.Compact.Slots, tables);
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
        // No buffer of the stream's own: the body reader reads through its window, the header is a few hundred bytes.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        Header header;
        using (var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true)) header = ReadHeader(reader, path);
        if (header.Version != FormatVersion)
            throw new PreloadSnapshotMismatchException(path, $"it is in format version {header.Version}; this client reads version {FormatVersion}");
        try
        {
            using var body = new SnapshotBodyReader(file, pool);
            return (header, body.Read(path));
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or InvalidDataException or DecoderFallbackException)
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
            if (version is < 1 or > FormatVersion)
                throw new PreloadSnapshotMismatchException(path, $"it is in format version {version}; this client reads versions up to {FormatVersion}");
            var workspace = Guid.Parse(reader.ReadString());
            var fingerprint = reader.ReadString();
            var types = new string[reader.Read7BitEncodedInt()];
            for (var i = 0; i < types.Length; i++) types[i] = reader.ReadString();
            var watermark = reader.ReadString();
            return new Header(version, workspace, fingerprint, types,
                watermark.Length == 0 ? null : DateTimeOffset.Parse(watermark, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException and not FileNotFoundException)
        {
            throw new PreloadSnapshotMismatchException(path, "it is not a preload snapshot");
        }
    }

    private static void WriteTable(BinaryWriter writer, Dictionary<string, int> table)
    {
        writer.Write7BitEncodedInt(table.Count);
        // Dictionary enumerates in insertion order while nothing was removed: the index order.
        foreach (var text in table.Keys) writer.Write(text);
    }

    private static void WriteValue(BinaryWriter writer, object? value, SnapshotTables tables)
    {
        switch (value)
        {
            case null:
                writer.Write((byte)SnapshotValueTag.Null);
                break;
            case string s:
                writer.Write((byte)SnapshotValueTag.String);
                writer.Write7BitEncodedInt(tables.Strings[s]);
                break;
            case CompactText t:
                writer.Write((byte)SnapshotValueTag.String);
                writer.Write7BitEncodedInt(tables.TextIndex(t));
                break;
            case CompactNumber n:
                writer.Write((byte)SnapshotValueTag.Number);
                writer.Write7BitEncodedInt(tables.Numbers[n.Text]);
                break;
            case bool b:
                writer.Write((byte)(b ? SnapshotValueTag.True : SnapshotValueTag.False));
                break;
            case object?[] slots when tables.SharedIndex(slots) is >= 0 and var index:
                writer.Write((byte)SnapshotValueTag.Shared);
                writer.Write7BitEncodedInt(index);
                break;
            case object?[] slots:
                WriteSlots(writer, slots, tables);
                break;
            default:
                throw new InvalidOperationException($"{value.GetType()} is not a compact JSON value.");
        }
    }

    private static void WriteSlots(BinaryWriter writer, object?[] slots, SnapshotTables tables)
    {
        var shape = (CompactShape)slots[0]!;
        if (!shape.IsObject)
        {
            writer.Write((byte)(ReferenceEquals(shape, CompactShape.Array) ? SnapshotValueTag.Array
                : ReferenceEquals(shape, CompactShape.NodeArray) ? SnapshotValueTag.NodeArray : SnapshotValueTag.Connection));
            writer.Write7BitEncodedInt(slots.Length - 1);
        }
        else
        {
            writer.Write((byte)SnapshotValueTag.Object);
            writer.Write7BitEncodedInt(tables.Shapes[shape]);
        }
        for (var i = 1; i < slots.Length; i++) WriteValue(writer, slots[i], tables);
    }
}
