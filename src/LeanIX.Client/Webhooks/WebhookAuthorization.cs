using System.Text;

namespace LeanIX.Client.Webhooks;

/// <summary>Builds <see cref="WebhookSubscription.AuthorizationHeader"/> values. The results are secrets: never log them.</summary>
public static class WebhookAuthorization
{
    /// <summary>
    /// A Basic <c>Authorization</c> header value (RFC 7617): <c>Basic base64(user:password)</c> over UTF-8. LeanIX sends it
    /// verbatim with each PUSH delivery (webhooks.md §2, D32). Messages never contain the password.
    /// </summary>
    /// <exception cref="ArgumentException">The user is blank or contains a colon, or the password is null.</exception>
    public static string Basic(string user, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (password is null) throw new ArgumentException("A password is needed for basic authentication.", nameof(password));
        // RFC 7617 §2: the user-id cannot contain a colon, since the first colon separates it from the password.
        if (user.Contains(':')) throw new ArgumentException("A basic-auth user name cannot contain ':'.", nameof(user));
        return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
    }
}
