using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// The fact sheets in memory: one instance per id (with caching on), and which types are preloaded in
/// full so that lists of them need no request.
/// </summary>
internal sealed class FactSheetCache(LeanIXClient client, Caching caching)
{
    private readonly ConcurrentDictionary<Guid, FactSheet> _byId = new();
    private readonly ConcurrentDictionary<string, bool> _preloadedTypes = new(StringComparer.Ordinal);

    public bool Enabled => caching == Caching.On;

    public int Count => _byId.Count;

    public IEnumerable<FactSheet> All => _byId.Values;

    public bool IsPreloaded(string type) => _preloadedTypes.ContainsKey(type);

    /// <summary>The preloaded types.</summary>
    public IReadOnlyList<string> PreloadedTypes => _preloadedTypes.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The newest <c>updatedAt</c> of the preloaded fact sheets: a refresh reads what changed from then on.</summary>
    public DateTimeOffset? Watermark { get; set; }

    /// <summary>The loaded fact sheets of the preloaded types (what a snapshot holds).</summary>
    public IReadOnlyList<FactSheet> Preloaded() => _byId.Values.Where(f => f.IsLoaded && IsPreloaded(f.Type)).ToList();

    public void MarkPreloaded(string type)
    {
        if (Enabled) _preloadedTypes[type] = true;
    }

    /// <summary>The active fact sheets of a preloaded type, by name.</summary>
    public IReadOnlyList<FactSheet> ActiveOf(string type) =>
        _byId.Values.Where(f => f.Type == type && f.Status == "ACTIVE").OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public FactSheet? Find(Guid id) => Enabled && _byId.TryGetValue(id, out var cached) ? cached : null;

    /// <summary>The interning of the compact representation, one per client.</summary>
    public CompactJsonPool Pool { get; } = new();

    /// <summary>The instance for a fact sheet read in full: the cached one refreshed, or a new one.</summary>
    public FactSheet Materialize(FactSheetTypeModel type, JsonObject node, bool complete) =>
        Materialize(type, CompactJson.FromObject(node, Pool), complete);

    /// <inheritdoc cref="Materialize(FactSheetTypeModel, JsonObject, bool)"/>
    public FactSheet Materialize(FactSheetTypeModel type, CompactObject node, bool complete)
    {
        if (!Enabled) return new FactSheet(client, type, node, complete);
        // No GetOrAdd with a closure: a preload comes here 50,000 times, and a closure and a delegate each time add up.
        var id = FactSheet.IdOf(node);
        if (!_byId.TryGetValue(id, out var instance))
        {
            var created = new FactSheet(client, type, node, complete, id);
            if (_byId.TryAdd(id, created)) return created;
            instance = _byId[id];
        }
        instance.Refresh(node, complete);
        return instance;
    }

    /// <summary>The instance for the other end of a relation: cached if known, else a reference that <c>LoadAsync</c> completes.</summary>
    public FactSheet Reference(FactSheetTypeModel type, CompactObject node)
    {
        if (!Enabled) return new FactSheet(client, type, node, complete: false);
        return _byId.GetOrAdd(FactSheet.IdOf(node), _ => new FactSheet(client, type, node, complete: false));
    }

    /// <summary>Drops a fact sheet that is gone (archived or deleted since it was read).</summary>
    public void Remove(Guid id) => _byId.TryRemove(id, out _);

    public void Clear()
    {
        _byId.Clear();
        _preloadedTypes.Clear();
        Watermark = null;
    }
}
