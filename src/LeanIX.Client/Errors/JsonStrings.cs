using System.Text.Json;

namespace LeanIX.Client;

/// <summary>Reads a JSON string without failing: an escaped lone surrogate (<c>"\uD800"</c>) parses but cannot be read as text.</summary>
internal static class JsonStrings
{
    /// <summary>The string's value, or its JSON text when the value is not valid UTF-16.</summary>
    public static string Of(JsonElement element)
    {
        try
        {
            return element.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return element.GetRawText();
        }
    }
}
