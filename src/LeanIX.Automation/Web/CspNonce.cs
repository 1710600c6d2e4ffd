using System.Security.Cryptography;

namespace LeanIX.Automation.Web;

/// <summary>
/// A per-request nonce: the layout's one inline style and script carry it, and the Content-Security-Policy allows only
/// them, so text that slipped through as markup still could not run.
/// </summary>
public sealed class CspNonce
{
    /// <summary>The nonce (base64 of 16 random bytes).</summary>
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
