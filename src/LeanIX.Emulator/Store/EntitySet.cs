using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>The committed entities of one kind, with an index by owner fact sheet.</summary>
public sealed class EntitySet<T>(Func<T, IEnumerable<Guid>>? owners = null) : IEntitySource<T>, IEntityCollection
    where T : class, IEntity<T>
{
    private readonly Dictionary<Guid, T> _items = new();
    private readonly Dictionary<Guid, HashSet<Guid>> _byOwner = new();

    public int Count => _items.Count;

    public T? Get(Guid id) => _items.GetValueOrDefault(id);

    public IEnumerable<T> All => _items.Values;

    public IEnumerable<T> OwnedBy(Guid ownerId)
    {
        if (!_byOwner.TryGetValue(ownerId, out var ids)) yield break;
        foreach (var id in ids) yield return _items[id];
    }

    public void Put(T item)
    {
        Remove(item.Id);
        _items[item.Id] = item;
        if (owners is null) return;
        foreach (var owner in owners(item))
        {
            if (!_byOwner.TryGetValue(owner, out var ids)) _byOwner[owner] = ids = [];
            ids.Add(item.Id);
        }
    }

    public void Remove(Guid id)
    {
        if (!_items.Remove(id, out var old) || owners is null) return;
        foreach (var owner in owners(old))
            if (_byOwner.TryGetValue(owner, out var ids)) ids.Remove(id);
    }

    public void Apply(IReadOnlyDictionary<Guid, T?> changes)
    {
        foreach (var (id, item) in changes)
        {
            if (item is null) Remove(id);
            else Put(item);
        }
    }

    IEnumerable<IEntity> IEntityCollection.Entities => _items.Values;

    void IEntityCollection.Put(IEntity entity) => Put((T)entity);

    void IEntityCollection.ApplyOverlay(IEntityOverlay overlay) => Apply(((OverlaySet<T>)overlay).Changes);
}
