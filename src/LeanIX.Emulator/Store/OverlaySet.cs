using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>
/// A transaction's copy-on-write view of one entity kind: edits go to copies held here, so the
/// committed set is untouched until commit and a rollback is simply dropping the overlay.
/// </summary>
public sealed class OverlaySet<T>(IEntitySource<T> parent, Func<T, IEnumerable<Guid>>? owners) : IEntitySource<T>, IEntityOverlay
    where T : class, IEntity<T>
{
    private readonly Dictionary<Guid, T?> _changes = new();

    public IReadOnlyDictionary<Guid, T?> Changes => _changes;

    public bool HasChanges => _changes.Count > 0;

    public T? Get(Guid id) => _changes.TryGetValue(id, out var changed) ? changed : parent.Get(id);

    /// <summary>A private copy to modify, or null if the entity does not exist.</summary>
    public T? Edit(Guid id)
    {
        if (_changes.TryGetValue(id, out var changed)) return changed;
        var original = parent.Get(id);
        if (original is null) return null;
        var copy = original.Clone();
        _changes[id] = copy;
        return copy;
    }

    public void Add(T item) => _changes[item.Id] = item;

    public void Remove(Guid id) => _changes[id] = null;

    public IEnumerable<T> All
    {
        get
        {
            foreach (var item in parent.All)
                if (!_changes.ContainsKey(item.Id)) yield return item;
            foreach (var item in _changes.Values)
                if (item is not null) yield return item;
        }
    }

    public IEnumerable<T> OwnedBy(Guid ownerId)
    {
        foreach (var item in parent.OwnedBy(ownerId))
            if (!_changes.ContainsKey(item.Id)) yield return item;
        if (owners is null) yield break;
        foreach (var item in _changes.Values)
            if (item is not null && owners(item).Contains(ownerId)) yield return item;
    }

    /// <summary>Takes a nested transaction's changes over: a null value removes the entity.</summary>
    public void Apply(IReadOnlyDictionary<Guid, T?> changes)
    {
        foreach (var (id, item) in changes) _changes[id] = item;
    }

    IEnumerable<KeyValuePair<Guid, IEntity?>> IEntityOverlay.ChangedEntities =>
        _changes.Select(c => new KeyValuePair<Guid, IEntity?>(c.Key, c.Value));

    void IEntityOverlay.MergeInto(IEntityOverlay parent) => ((OverlaySet<T>)parent).Apply(_changes);
}
