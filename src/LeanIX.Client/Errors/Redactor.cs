using System.Text.Json;

namespace LeanIX.Client;

/// <summary>
/// The secrets of one request (API token, access token, a webhook's credentials) and the one way to keep them
/// out of a message. Applied to the raw body and again to every decoded string, because JSON escapes
/// (<c>\u0041</c>, <c>\/</c>) can hide a secret from a search of the raw text.
/// </summary>
internal sealed class Redactor(IEnumerable<string?> secrets)
{
    // Each secret also as a JSON serializer writes it (JsonEncodedText escapes '+', '<', '&'…), so a raw excerpt of a body
    // that echoes a secret does not show it in escaped form either.
    private readonly string?[] _secrets = [.. secrets.Where(s => !string.IsNullOrEmpty(s)).SelectMany(s => new[] { s, JsonEncodedText.Encode(s!).ToString() }).Distinct()];

    /// <summary>A redactor that removes nothing, for bodies that are known to hold no secret.</summary>
    public static Redactor None { get; } = new([]);

    /// <summary>Masks every secret in <paramref name="text"/>.</summary>
    public string Apply(string text) => Redaction.Redact(text, _secrets);

    /// <summary>Masks every secret, then shortens the text for a message.</summary>
    public string Excerpt(string text, int max = 300) => Redaction.Excerpt(Apply(text), max);
}
