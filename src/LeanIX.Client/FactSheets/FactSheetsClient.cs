using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// Fact sheets of every type (<c>lx.FactSheets</c>): lists as pageables, lookups by name or id, creation,
/// updates and loading. <see cref="Of"/> gives the fact sheets of one type.
/// </summary>
public sealed class FactSheetsClient
{
    private readonly LeanIXConnection _connection;
    private readonly DataModelClient _dataModel;
    private readonly FactSheetCache _cache;

    internal FactSheetsClient(LeanIXConnection connection, DataModelClient dataModel, FactSheetCache cache)
    {
        _connection = connection;
        _dataModel = dataModel;
        _cache = cache;
    }

    /// <summary>The fact sheets of one type (checked against the data model on first use): <c>lx.FactSheets.Of("Application")</c>.</summary>
    public FactSheetSet Of(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return new FactSheetSet(this, type);
    }

    /// <summary>
    /// The active fact sheets of a type (or those matching <paramref name="filter"/>), read in full, page by page
    /// (1,000 per page, D8). The continuation token is the GraphQL cursor. A preloaded type without a filter is
    /// served from memory in one page.
    /// </summary>
    public AsyncPageable<FactSheet> List(string type, FactSheetFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return AsyncPageable<FactSheet>.FromPages(async (token, size, ct) =>
        {
            var typeModel = (await _dataModel.GetAsync(ct).ConfigureAwait(false)).Type(type);
            if (filter is null && token is null && _cache.IsPreloaded(typeModel.Key))
            {
                // A write elsewhere marks the other ends stale: read those again so the list holds loaded fact sheets only.
                var cached = _cache.ActiveOf(typeModel.Key);
                await LoadAsync(cached, ct).ConfigureAwait(false);
                return new Page<FactSheet>(cached, null);
            }
            await foreach (var page in _connection.AllFactSheets(FactSheetSelection.For(typeModel), typeModel.Key, filter?.ToJson(), ct)
                               .AsPages(token, size).ConfigureAwait(false))
                return new Page<FactSheet>(page.Values.Select(n => _cache.Materialize(typeModel, n, complete: true)).ToList(), page.ContinuationToken, page.TotalCount);
            return new Page<FactSheet>([], null);
        }, cancellationToken);
    }

    /// <summary>
    /// One fact sheet of a type by id or by name. A name that matches several raises <see cref="LeanIXAmbiguousNameException"/>
    /// listing them; no match raises <see cref="LeanIXNotFoundException"/>.
    /// </summary>
    public async Task<FactSheet> GetAsync(string type, string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        var typeModel = (await _dataModel.GetAsync(cancellationToken).ConfigureAwait(false)).Type(type);
        if (Guid.TryParse(nameOrId, out var id)) return await GetByIdAsync(typeModel, id, cancellationToken).ConfigureAwait(false);

        var candidates = _cache.IsPreloaded(typeModel.Key)
            ? _cache.ActiveOf(typeModel.Key)
            : await List(typeModel.Key, new FactSheetFilter { QuickSearch = nameOrId }, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        var exact = candidates.Where(f => f.Name == nameOrId).ToList();
        if (exact.Count == 0) exact = candidates.Where(f => f.DisplayName == nameOrId || f.Name.Equals(nameOrId, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count switch
        {
            1 => await exact[0].LoadAsync(cancellationToken).ConfigureAwait(false),
            0 => throw new LeanIXNotFoundException($"No {typeModel.Key} is named '{nameOrId}'.", $"Get {typeModel.Key}"),
            _ => throw new LeanIXAmbiguousNameException(typeModel.Key, nameOrId, exact)
        };
    }

    /// <summary>Creates a fact sheet, applying <paramref name="patches"/> in the same mutation, and returns it read in full.</summary>
    public async Task<FactSheet> CreateAsync(string type, string name, IEnumerable<Patch>? patches = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var typeModel = (await _dataModel.GetAsync(cancellationToken).ConfigureAwait(false)).Type(type);
        var data = await _connection.GraphQLAsync(
            $"mutation CreateFactSheet($input: BaseFactSheetInput!, $patches: [Patch]) {{ createFactSheet(input: $input, patches: $patches) {{ factSheet {{ {FactSheetSelection.For(typeModel)} }} }} }}",
            new JsonObject
            {
                ["input"] = new JsonObject { ["name"] = name, ["type"] = typeModel.Key },
                ["patches"] = Patches(patches ?? [])
            }, cancellationToken).ConfigureAwait(false);
        return _cache.Materialize(typeModel, (JsonObject)data["createFactSheet"]!["factSheet"]!, complete: true);
    }

    /// <summary>Applies patches to a fact sheet in one <c>updateFactSheet</c> (atomic, D17) and refreshes the instance.</summary>
    public async Task UpdateAsync(FactSheet factSheet, IEnumerable<Patch> patches, string? comment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        ArgumentNullException.ThrowIfNull(patches);
        var list = Patches(patches);
        if (list.Count == 0) return;
        var data = await _connection.GraphQLAsync(
            $"mutation UpdateFactSheet($id: ID!, $patches: [Patch]!, $comment: String) {{ updateFactSheet(id: $id, patches: $patches, comment: $comment) {{ factSheet {{ {FactSheetSelection.For(factSheet.TypeModel)} }} }} }}",
            new JsonObject { ["id"] = factSheet.Id.ToString(), ["patches"] = list, ["comment"] = comment }, cancellationToken).ConfigureAwait(false);
        factSheet.Refresh((JsonObject)data["updateFactSheet"]!["factSheet"]!, complete: true);
    }

    /// <summary>Reads a fact sheet again in full, whether it was loaded or only a reference.</summary>
    public async Task<FactSheet> ReloadAsync(FactSheet factSheet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        factSheet.Refresh(await FetchAsync(factSheet.TypeModel, factSheet.Id, cancellationToken).ConfigureAwait(false), complete: true);
        return factSheet;
    }

    /// <summary>
    /// Loads in full every fact sheet of <paramref name="factSheets"/> that is not yet: one request per type and
    /// 1,000 fact sheets (<c>filter: {ids}</c>), not one per fact sheet.
    /// </summary>
    public async Task LoadAsync(IEnumerable<FactSheet> factSheets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factSheets);
        foreach (var group in factSheets.Where(f => !f.IsLoaded).DistinctBy(f => f.Id).GroupBy(f => f.Type))
        {
            var typeModel = group.First().TypeModel;
            foreach (var chunk in group.Chunk(LeanIXConnection.FactSheetPageSize))
            {
                var pending = chunk.ToDictionary(f => f.Id);
                var filter = new JsonObject { ["ids"] = new JsonArray(chunk.Select(f => (JsonNode)f.Id.ToString()).ToArray()) };
                await foreach (var node in _connection.AllFactSheets(FactSheetSelection.For(typeModel), typeModel.Key, filter, cancellationToken).ConfigureAwait(false))
                    if (pending.Remove(FactSheet.IdOf(node), out var target)) target.Refresh(node, complete: true);
                // An archived fact sheet is not listed (D35); read what is left one by one.
                foreach (var rest in pending.Values)
                    await ReloadAsync(rest, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    internal FactSheetCache Cache => _cache;

    internal DataModelClient DataModel => _dataModel;

    private async Task<FactSheet> GetByIdAsync(FactSheetTypeModel type, Guid id, CancellationToken cancellationToken)
    {
        if (_cache.Find(id) is { IsLoaded: true } cached)
            return cached.Type == type.Key ? cached : throw new LeanIXNotFoundException($"{id} is a {cached.Type}, not a {type.Key}.", $"Get {type.Key}");
        var node = await FetchAsync(type, id, cancellationToken).ConfigureAwait(false);
        var actual = new FactSheetValue(node["type"]).AsString();
        if (actual != type.Key) throw new LeanIXNotFoundException($"{id} is a {actual}, not a {type.Key}.", $"Get {type.Key}");
        return _cache.Materialize(type, node, complete: true);
    }

    private async Task<JsonObject> FetchAsync(FactSheetTypeModel type, Guid id, CancellationToken cancellationToken)
    {
        var data = await _connection.GraphQLAsync($"query FactSheet($id: ID!) {{ factSheet(id: $id) {{ {FactSheetSelection.For(type)} }} }}",
            new JsonObject { ["id"] = id.ToString() }, cancellationToken).ConfigureAwait(false);
        // D8: an unknown id answers null without an error; that is "not found" for us.
        return data["factSheet"] as JsonObject
            ?? throw new LeanIXNotFoundException($"No fact sheet has id {id}.", "GraphQL query FactSheet");
    }

    private static JsonArray Patches(IEnumerable<Patch> patches) => new(patches.Select(p => (JsonNode)p.ToJson()).ToArray());
}
