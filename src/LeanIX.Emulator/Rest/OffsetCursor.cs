using System.Globalization;
using System.Text;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// The opaque <c>endCursor</c> of the cursor-paged admin lists (ACEs, exports): the position of the next item, base64
/// so that clients treat it as a token, not a number they could compute.
/// </summary>
public static class OffsetCursor
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
