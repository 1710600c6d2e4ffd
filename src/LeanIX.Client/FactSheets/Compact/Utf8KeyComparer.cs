using System.Text;

namespace LeanIX.Client;

/// <summary>
/// Compares interned strings with their UTF-8 bytes as read from a body, so a value already interned is found
/// without decoding it or allocating: the hash is over the UTF-8 bytes either way, and ASCII (almost every id,
/// date and key) compares byte against char directly.
/// </summary>
internal sealed class Utf8KeyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<byte>, string>
{
    public static readonly Utf8KeyComparer Instance = new();

    /// <summary>Longest key encoded on the stack to hash it; longer ones are never looked up by their bytes.</summary>
    private const int StackBytes = 1024;

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj)
    {
        var length = Encoding.UTF8.GetMaxByteCount(obj.Length);
        if (length > StackBytes) return Hash(Encoding.UTF8.GetBytes(obj));
        Span<byte> utf8 = stackalloc byte[length];
        return Hash(utf8[..Encoding.UTF8.GetBytes(obj, utf8)]);
    }

    public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

    public bool Equals(ReadOnlySpan<byte> alternate, string other)
    {
        if (System.Text.Ascii.Equals(alternate, other)) return true;
        // Unequal ASCII on both sides, or a length no encoding of the other could have: no need to decode.
        if (alternate.Length < other.Length || System.Text.Ascii.IsValid(alternate)) return false;
        return Encoding.UTF8.GetString(alternate) == other;
    }

    public string Create(ReadOnlySpan<byte> alternate) => Encoding.UTF8.GetString(alternate);

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = new HashCode();
        hash.AddBytes(utf8);
        return hash.ToHashCode();
    }
}
