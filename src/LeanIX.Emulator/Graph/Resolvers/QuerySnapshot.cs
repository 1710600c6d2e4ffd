namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>
/// The hash naming a query in its cursors (D8), computed on first use: every fact sheet of a page has relation,
/// subscription and document connections, and hashing each one's key cost a fifth of serving the page (issue 15)
/// while hardly any client asks for their cursors.
/// </summary>
public sealed class QuerySnapshot(string key)
{
    private string? _value;

    public string Value => _value ??= Paging.Hash(key);

    /// <summary>A snapshot whose value is given rather than hashed.</summary>
    public static QuerySnapshot Known(string value) => new(value) { _value = value };
}
