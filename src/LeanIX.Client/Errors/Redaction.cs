namespace LeanIX.Client;

/// <summary>Removes secrets from anything that may reach a log or an exception message.</summary>
internal static class Redaction
{
    public const string Mask = "***";

    /// <summary>Replaces every occurrence of each secret (API token, access token) with <see cref="Mask"/>.</summary>
    public static string Redact(string text, params string?[] secrets)
    {
        foreach (var secret in secrets)
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 4) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        return text;
    }

    /// <summary>Shortens a body for a message; LeanIX error bodies are small, page dumps are not.</summary>
    public static string Excerpt(string text, int max = 500) => text.Length <= max ? text : text[..max] + "…";
}
