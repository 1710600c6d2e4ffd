using System.Security.Cryptography;

namespace LeanIX.Emulator.Auth;

/// <summary>The emulator's RSA key: access tokens are RS256 like the real service's (auth.md §3).</summary>
public sealed class SigningKey : IDisposable
{
    public RSA Rsa { get; } = RSA.Create(2048);

    public void Dispose() => Rsa.Dispose();
}
