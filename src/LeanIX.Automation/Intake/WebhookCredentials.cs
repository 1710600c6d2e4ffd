using System.Security.Cryptography;
using System.Text;
using LeanIX.Automation.Hosting;
using LeanIX.Client.Webhooks;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Intake;

/// <summary>
/// The basic-auth credentials PUSH deliveries must carry: from config, or a password generated at start-up (then the host
/// registers its own subscription with it). Compared in constant time; never logged.
/// </summary>
public sealed class WebhookCredentials
{
    private readonly byte[] _expectedHash;

    /// <summary>Reads the credentials from config, generating a password when none is set.</summary>
    public WebhookCredentials(IOptions<AutomationOptions> options)
    {
        var webhook = options.Value.Webhook;
        User = webhook.User;
        Generated = string.IsNullOrEmpty(webhook.Password);
        Password = Generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_') : webhook.Password!;
        AuthorizationHeader = WebhookAuthorization.Basic(User, Password);
        _expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(AuthorizationHeader));
    }

    /// <summary>The user.</summary>
    public string User { get; }

    /// <summary>The password. A secret.</summary>
    public string Password { get; }

    /// <summary>Whether the password was generated (nobody outside this process knows it until the host registers its subscription).</summary>
    public bool Generated { get; }

    /// <summary>The whole <c>Authorization</c> header value. A secret.</summary>
    public string AuthorizationHeader { get; }

    /// <summary>
    /// Whether <paramref name="authorization"/> is the expected header. Both sides are hashed first so the comparison takes
    /// the same time whatever the length or content of the guess (CryptographicOperations.FixedTimeEquals over equal lengths).
    /// </summary>
    public bool Accepts(string? authorization)
    {
        var actualHash = SHA256.HashData(Encoding.UTF8.GetBytes(authorization ?? ""));
        return CryptographicOperations.FixedTimeEquals(actualHash, _expectedHash);
    }
}
