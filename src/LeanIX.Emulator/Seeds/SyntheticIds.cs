using System.Buffers.Binary;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// Deterministic ids for generated entities. Hashing a name per entity (<see cref="Ids"/>) costs too
/// much at 100 000 fact sheets, so ids are mixed from a per-kind salt and a running number instead
/// (SplitMix64): just as stable across starts, and collision-free in practice.
/// </summary>
internal sealed class SyntheticIds(string kind)
{
    private readonly ulong _salt = Salt(kind);
    private ulong _next;

    public Guid Next() => Make(_salt, _next++);

    public static Guid Make(ulong salt, ulong index)
    {
        var a = Mix(salt ^ (index * 0x9E3779B97F4A7C15UL));
        var b = Mix(a ^ (salt + index));
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, a);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], b);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version nibble: a well-formed UUID (D6)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private static ulong Salt(string kind)
    {
        Span<byte> bytes = stackalloc byte[16];
        Ids.FromName("synthetic:" + kind).TryWriteBytes(bytes);
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
