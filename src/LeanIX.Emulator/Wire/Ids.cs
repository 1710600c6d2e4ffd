using System.Security.Cryptography;
using System.Text;

namespace LeanIX.Emulator.Wire;

/// <summary>Deterministic lower-case UUIDs (D6) derived from a name, so seeds and restarts agree.</summary>
public static class Ids
{
    public static Guid FromName(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version nibble, so the value is a well-formed UUID
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
