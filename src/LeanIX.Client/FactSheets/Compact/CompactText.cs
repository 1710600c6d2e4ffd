using System.Text;

namespace LeanIX.Client;

/// <summary>
/// A long string value (a description, a comment: more than <see cref="CompactJsonPool.MaxInternedChars"/> chars) held
/// as its UTF-8 bytes, as it came: half the memory of a string for the mostly ASCII text of a workspace, and no
/// decoding while a preload reads it. It becomes a string only where it is read (<see cref="CompactJson.AsString"/>,
/// <see cref="CompactJson.ToNode"/>). Short strings stay strings: they are interned, and ids and dates are read as such.
/// </summary>
internal sealed class CompactText(byte[] utf8)
{
    public byte[] Utf8 { get; } = utf8;

    /// <summary>Whether text of these UTF-8 bytes has more than <see cref="CompactJsonPool.MaxInternedChars"/> chars.</summary>
    public static bool IsLong(ReadOnlySpan<byte> utf8) =>
        utf8.Length > CompactJsonPool.MaxInternedChars
        && (utf8.Length > CompactJsonPool.MaxInternedChars * 3 || Encoding.UTF8.GetCharCount(utf8) > CompactJsonPool.MaxInternedChars);

    /// <summary>Whether <paramref name="other"/> (a string or another text) holds the same text.</summary>
    public bool SameText(object? other) => other switch
    {
        CompactText t => Utf8.AsSpan().SequenceEqual(t.Utf8),
        string s => Encoding.UTF8.GetByteCount(s) == Utf8.Length && string.Equals(ToString(), s, StringComparison.Ordinal),
        _ => false
    };

    public override string ToString() => Encoding.UTF8.GetString(Utf8);
}
