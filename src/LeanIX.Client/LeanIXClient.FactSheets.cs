using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

public sealed partial class LeanIXClient
{
    private readonly ConcurrentDictionary<Guid, FactSheet> _cache = new();
    private readonly ConcurrentDictionary<string, bool> _preloadedTypes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _runMarkers = new(StringComparer.Ordinal);

    /// <summary>The fact sheets of one type (checked against the data model on first use).</summary>
    public FactSheetSet FactSheets(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return new FactSheetSet(this, type);
    }

    /// <summary>
    /// Loads every active fact sheet of all types (or of <paramref name="types"/>) into memory with
    /// relations, subscriptions, tags and documents. Types load in parallel within the rate limit;
    /// afterwards reads and relation navigation of those types make no request.
    /// </summary>
    public async Task PreloadAsync(IEnumerable<string>? types = null, IProgress<PreloadProgress>? progress = null,
        int maxParallelTypes = 4, CancellationToken cancellationToken = default)
    {
        var model = await GetDataModelAsync(cancellationToken).ConfigureAwait(false);
        var wanted = (types ?? model.Types.Keys).Select(t => model.Type(t).Key).Distinct().ToList();
        await Parallel.ForEachAsync(wanted, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelTypes), CancellationToken = cancellationToken },
            async (type, ct) =>
            {
                var loaded = 0;
                await foreach (var node in AllFactSheetsAsync(FactSheetSelection.For(model.Type(type)), type, cancellationToken: ct).ConfigureAwait(false))
                {
                    Materialize((JsonObject)node, complete: true);
                    if (++loaded % 1000 == 0) progress?.Report(new PreloadProgress(type, loaded, false));
                }
                if (Options.Caching == Caching.On) _preloadedTypes[type] = true;
                progress?.Report(new PreloadProgress(type, loaded, true));
            }).ConfigureAwait(false);
    }

    /// <summary>Forgets every cached fact sheet and preload.</summary>
    public void ClearCache()
    {
        _cache.Clear();
        _preloadedTypes.Clear();
    }

    /// <summary>Marks a named run (e.g. a nightly check) as done, for scripts that must not repeat it.</summary>
    public void MarkRunDone(string runName) => _runMarkers[runName] = TimeProvider.System.GetUtcNow();

    /// <summary>Whether <see cref="MarkRunDone"/> was called for this run since the last <see cref="ClearRunMarkers"/>.</summary>
    public bool IsRunDone(string runName) => _runMarkers.ContainsKey(runName);

    /// <summary>Forgets every run marker.</summary>
    public void ClearRunMarkers() => _runMarkers.Clear();

    /// <summary>How many fact sheets are in memory.</summary>
    public int CachedFactSheetCount => _cache.Count;

    internal IEnumerable<FactSheet> CachedFactSheets() => _cache.Values;

    internal FactSheetTypeModel TypeModel(string type) => GetDataModelAsync().GetAwaiter().GetResult().Type(type);

    internal async Task<IReadOnlyList<FactSheet>> ListAsync(string type, FactSheetFilter? filter, CancellationToken cancellationToken)
    {
        var typeModel = (await GetDataModelAsync(cancellationToken).ConfigureAwait(false)).Type(type);
        if (filter is null && _preloadedTypes.ContainsKey(typeModel.Key))
            return _cache.Values.Where(f => f.Type == typeModel.Key && f.Status == "ACTIVE").OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var list = new List<FactSheet>();
        await foreach (var node in AllFactSheetsAsync(FactSheetSelection.For(typeModel), typeModel.Key, filter?.ToJson(), cancellationToken: cancellationToken).ConfigureAwait(false))
            list.Add(Materialize((JsonObject)node, complete: true));
        return list;
    }

    internal async Task<FactSheet> GetAsync(string type, string nameOrId, CancellationToken cancellationToken)
    {
        var typeModel = (await GetDataModelAsync(cancellationToken).ConfigureAwait(false)).Type(type);
        if (Guid.TryParse(nameOrId, out var id)) return await GetByIdAsync(typeModel, id, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<FactSheet> candidates;
        if (_preloadedTypes.ContainsKey(typeModel.Key))
            candidates = _cache.Values.Where(f => f.Type == typeModel.Key && f.Status == "ACTIVE").ToList();
        else
            candidates = await ListAsync(typeModel.Key, new FactSheetFilter { QuickSearch = nameOrId }, cancellationToken).ConfigureAwait(false);
        var exact = candidates.Where(f => f.Name == nameOrId).ToList();
        if (exact.Count == 0) exact = candidates.Where(f => f.DisplayName == nameOrId || f.Name.Equals(nameOrId, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count switch
        {
            1 => exact[0],
            0 => throw new LeanIXNotFoundException($"No {typeModel.Key} is named '{nameOrId}'.", $"Get {typeModel.Key}"),
            _ => throw new LeanIXAmbiguousNameException(typeModel.Key, nameOrId, exact)
        };
    }

    private async Task<FactSheet> GetByIdAsync(FactSheetTypeModel type, Guid id, CancellationToken cancellationToken)
    {
        if (Options.Caching == Caching.On && _cache.TryGetValue(id, out var cached) && cached.IsLoaded)
            return cached.Type == type.Key ? cached : throw new LeanIXNotFoundException($"{id} is a {cached.Type}, not a {type.Key}.", $"Get {type.Key}");
        var node = await FetchAsync(type, id, cancellationToken).ConfigureAwait(false);
        if (node["type"]?.GetValue<string>() != type.Key)
            throw new LeanIXNotFoundException($"{id} is a {node["type"]}, not a {type.Key}.", $"Get {type.Key}");
        return Materialize(node, complete: true);
    }

    private async Task<JsonObject> FetchAsync(FactSheetTypeModel type, Guid id, CancellationToken cancellationToken)
    {
        var data = await GraphQLAsync($"query FactSheet($id: ID!) {{ factSheet(id: $id) {{ {FactSheetSelection.For(type)} }} }}",
            new JsonObject { ["id"] = id.ToString() }, cancellationToken).ConfigureAwait(false);
        // D8: an unknown id answers null without an error; that is "not found" for us.
        return data["factSheet"] as JsonObject
            ?? throw new LeanIXNotFoundException($"No fact sheet has id {id}.", "GraphQL query FactSheet");
    }

    internal async Task LoadFullAsync(FactSheet factSheet, CancellationToken cancellationToken)
    {
        var type = (await GetDataModelAsync(cancellationToken).ConfigureAwait(false)).Type(factSheet.Type);
        factSheet.Refresh(await FetchAsync(type, factSheet.Id, cancellationToken).ConfigureAwait(false), complete: true);
    }

    /// <summary>The instance for a fact sheet read in full: the cached one refreshed, or a new one.</summary>
    internal FactSheet Materialize(JsonObject node, bool complete)
    {
        if (Options.Caching == Caching.Off) return new FactSheet(this, node, complete);
        var id = Guid.Parse(node["id"]!.GetValue<string>());
        var instance = _cache.GetOrAdd(id, _ => new FactSheet(this, node, complete));
        if (!ReferenceEquals(instance.Data, node)) instance.Refresh(node, complete);
        return instance;
    }

    /// <summary>The instance for the other end of a relation: cached if known, else a stub that loads on first access.</summary>
    internal FactSheet Reference(JsonObject node)
    {
        if (Options.Caching == Caching.Off) return new FactSheet(this, (JsonObject)node.DeepClone(), complete: false);
        var id = Guid.Parse(node["id"]!.GetValue<string>());
        return _cache.GetOrAdd(id, _ => new FactSheet(this, (JsonObject)node.DeepClone(), complete: false));
    }
}
