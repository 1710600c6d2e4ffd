namespace LeanIX.Client;

/// <summary>
/// The fact sheets of one type: <c>lx.FactSheets.Of("Application").GetAsync("ERP - Global")</c> (name or id),
/// <c>List()</c>, <c>FilterAsync(...)</c>. The synchronous script style is in <c>LeanIX.Client.Scripting</c>.
/// </summary>
public sealed class FactSheetSet
{
    private readonly FactSheetsClient _factSheets;

    internal FactSheetSet(FactSheetsClient factSheets, string type)
    {
        _factSheets = factSheets;
        Type = type;
    }

    /// <summary>The type key as given.</summary>
    public string Type { get; }

    /// <summary>Every active fact sheet of the type (or those matching <paramref name="filter"/>), page by page.</summary>
    public AsyncPageable<FactSheet> List(FactSheetFilter? filter = null, CancellationToken cancellationToken = default) =>
        _factSheets.List(Type, filter, cancellationToken);

    /// <summary>Every active fact sheet of the type in one list.</summary>
    public Task<IReadOnlyList<FactSheet>> AllAsync(CancellationToken cancellationToken = default) =>
        List(null, cancellationToken).ToListAsync(cancellationToken);

    /// <summary>The fact sheets of the type matching <paramref name="filter"/> in one list.</summary>
    public Task<IReadOnlyList<FactSheet>> FilterAsync(FactSheetFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return List(filter, cancellationToken).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One fact sheet by id or by name. A name that matches several raises <see cref="LeanIXAmbiguousNameException"/>
    /// listing them; no match raises <see cref="LeanIXNotFoundException"/>.
    /// </summary>
    public Task<FactSheet> GetAsync(string nameOrId, CancellationToken cancellationToken = default) =>
        _factSheets.GetAsync(Type, nameOrId, cancellationToken);

    /// <summary>Creates a fact sheet of this type, applying <paramref name="patches"/> in the same mutation.</summary>
    public Task<FactSheet> CreateAsync(string name, IEnumerable<Patch>? patches = null, CancellationToken cancellationToken = default) =>
        _factSheets.CreateAsync(Type, name, patches, cancellationToken);
}
