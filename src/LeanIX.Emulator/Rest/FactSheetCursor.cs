using System.Text;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// The opaque <c>cursor</c> of the Pathfinder fact-sheet list (rest-other.md §2 "cursor style").
/// It is base64 of <c>fs:&lt;id&gt;:&lt;name&gt;</c> of the last fact sheet on the page: a keyset
/// position in the D9 order (name case-insensitive, then id). Unlike an index, it neither skips
/// nor repeats fact sheets when others are created or archived between two page requests.
/// </summary>
public readonly record struct FactSheetCursor(Guid Id, string Name)
{
    private const string Prefix = "fs:";

    public static FactSheetCursor After(FactSheet last) => new(last.Id, last.Name);

    /// <summary>True when <paramref name="fs"/> sorts after the cursor's position.</summary>
    public bool Precedes(FactSheet fs) => DefaultOrder.Compare(fs.Name, fs.Id, Name, Id) > 0;

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Prefix}{Id:D}:{Name}"));

    /// <summary>Decodes a cursor; null when it is not one this emulator wrote (→ 400, D2).</summary>
    public static FactSheetCursor? Decode(string text)
    {
        // A client that forgets to escape '+' in the query string sends a space; base64url is accepted too.
        var normalized = text.Trim().Replace(' ', '+').Replace('-', '+').Replace('_', '/');
        if (normalized.Length % 4 != 0) normalized = normalized.PadRight(normalized.Length + 4 - normalized.Length % 4, '=');
        string plain;
        try
        {
            plain = Encoding.UTF8.GetString(Convert.FromBase64String(normalized));
        }
        catch (FormatException)
        {
            return null;
        }
        const int idLength = 36;
        if (!plain.StartsWith(Prefix, StringComparison.Ordinal) || plain.Length < Prefix.Length + idLength + 1 ||
            plain[Prefix.Length + idLength] != ':' ||
            !Guid.TryParseExact(plain.AsSpan(Prefix.Length, idLength), "D", out var id))
            return null;
        return new FactSheetCursor(id, plain[(Prefix.Length + idLength + 1)..]);
    }
}
