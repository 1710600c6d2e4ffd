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

    public void MarkPreloaded(string type)
    {
        if (Enabled) _preloadedTypes[type] = true;
    }

    /// <summary>The active fact sheets of a preloaded type, by name.</summary>
    public IReadOnlyList<FactSheet> ActiveOf(string type) =>
        _byId.Values.Where(f => f.Type == type && f.Status == "ACTIVE").OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public FactSheet? Find(Guid id) => Enabled && _byId.TryGetValue(id, out var cached) ? cached : null;

    /// <summary>The instance for a fact sheet read in full: the cached one refreshed, or a new one.</summary>
    public FactSheet Materialize(FactSheetTypeModel type, JsonObject node, bool complete)
    {
        var id = FactSheet.IdOf(node);
        if (!Enabled) return new FactSheet(client, type, node, complete);
        var instance = _byId.GetOrAdd(id, _ => new FactSheet(client, type, node, complete));
        if (!ReferenceEquals(instance.Data, node)) instance.Refresh(node, complete);
        return instance;
    }

    /// <summary>The instance for the other end of a relation: cached if known, else a reference that <c>LoadAsync</c> completes.</summary>
    public FactSheet Reference(FactSheetTypeModel type, JsonObject node)
    {
        if (!Enabled) return new FactSheet(client, type, (JsonObject)node.DeepClone(), complete: false);
        return _byId.GetOrAdd(FactSheet.IdOf(node), _ => new FactSheet(client, type, (JsonObject)node.DeepClone(), complete: false));
    }

    public void Clear()
    {
        _byId.Clear();
        _preloadedTypes.Clear();
    }
}
