namespace LeanIX.Client;

/// <summary>
/// The fact sheets of one type: <c>client.FactSheets("Application").All()</c>, <c>Get("ERP - Global")</c>
/// (name or id), <c>Filter(...)</c>. Async methods are the core; the synchronous ones serve scripts.
/// </summary>
public sealed class FactSheetSet
{
    private readonly LeanIXClient _client;

    internal FactSheetSet(LeanIXClient client, string type)
    {
        _client = client;
        Type = type;
    }

    /// <summary>The type key.</summary>
    public string Type { get; }

    /// <summary>Every active fact sheet of the type.</summary>
    public Task<IReadOnlyList<FactSheet>> AllAsync(CancellationToken cancellationToken = default) =>
        _client.ListAsync(Type, null, cancellationToken);

    /// <summary>The fact sheets of the type matching <paramref name="filter"/>.</summary>
    public Task<IReadOnlyList<FactSheet>> FilterAsync(FactSheetFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _client.ListAsync(Type, filter, cancellationToken);
    }

    /// <summary>
    /// One fact sheet by id or by name. A name that matches several raises <see cref="LeanIXAmbiguousNameException"/>
    /// listing them; no match raises <see cref="LeanIXNotFoundException"/>.
    /// </summary>
    public Task<FactSheet> GetAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        return _client.GetAsync(Type, nameOrId, cancellationToken);
    }

    /// <summary>Creates a fact sheet of this type, applying <paramref name="patches"/> in the same mutation.</summary>
    public Task<FactSheet> CreateAsync(string name, IEnumerable<Patch>? patches = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _client.CreateFactSheetAsync(Type, name, (patches ?? []).ToList(), cancellationToken);
    }

    /// <summary>Synchronous <see cref="AllAsync"/> for scripts.</summary>
    public IReadOnlyList<FactSheet> All() => AllAsync().GetAwaiter().GetResult();

    /// <summary>Synchronous <see cref="FilterAsync"/> for scripts.</summary>
    public IReadOnlyList<FactSheet> Filter(FactSheetFilter filter) => FilterAsync(filter).GetAwaiter().GetResult();

    /// <summary>Synchronous <see cref="GetAsync"/> for scripts.</summary>
    public FactSheet Get(string nameOrId) => GetAsync(nameOrId).GetAwaiter().GetResult();
}
