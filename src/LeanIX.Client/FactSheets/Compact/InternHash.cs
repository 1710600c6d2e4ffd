using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace LeanIX.Client;

/// <summary>
/// Hashes for <see cref="InternSet{T}"/>: a string hashes as its UTF-8 bytes, so a value met as bytes in a body and
/// one met as a string find the same entry; slots hash by the identity of their (interned) values. Eight bytes per
/// step (ids, dates and keys are 10 to 40 bytes), and a seed per process so that no body can be crafted to collide.
/// </summary>
internal static class InternHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Utf8(ReadOnlySpan<byte> utf8)
    {
        var h = Seed ^ ((ulong)utf8.Length * Multiplier);
        while (utf8.Length >= 8)
        {
            h = Mix(h ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8));
            utf8 = utf8[8..];
        }
        if (utf8.Length > 0)
        {
            ulong tail = 0;
            for (var i = utf8.Length - 1; i >= 0; i--) tail = (tail << 8) | utf8[i];
            h = Mix(h ^ tail);
        }
        return Fold(h);
    }

    public static int Text(string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length <= 512)
        {
            Span<byte> utf8 = stackalloc byte[length];
            return Utf8(utf8[..Encoding.UTF8.GetBytes(text, utf8)]);
        }
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            return Utf8(rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Slots(ReadOnlySpan<object?> slots)
    {
        var h = Seed ^ ((ulong)slots.Length * Multiplier);
        foreach (var value in slots) h = Mix(h ^ (uint)(value is null ? 0 : RuntimeHelpers.GetHashCode(value)));
        return Fold(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h)
    {
        h *= Multiplier;
        return h ^ (h >> 29);
    }

    private static int Fold(ulong h)
    {
        h *= Multiplier;
        return (int)(h ^ (h >> 32));
    }
}
