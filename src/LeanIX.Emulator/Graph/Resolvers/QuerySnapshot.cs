namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>
/// The hash naming a query in its cursors (D8), computed on first use: every fact sheet of a page has relation,
/// subscription and document connections, and hashing each one's key cost a fifth of serving the page (issue 15)
/// while hardly any client asks for their cursors. For the same reason a connection of a fact sheet gives its key as
/// a function: formatting the fact sheet's id into it was the next cost.
/// </summary>
public sealed class QuerySnapshot
{
    private readonly Func<string> _key;
    private string? _value;

    public QuerySnapshot(string key) => _key = () => key;

    public QuerySnapshot(Func<string> key) => _key = key;

    public string Value => _value ??= Paging.Hash(_key());

    /// <summary>A snapshot whose value is given rather than hashed.</summary>
    public static QuerySnapshot Known(string value) => new(value) { _value = value };
}
