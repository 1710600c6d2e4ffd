using System.Collections.Immutable;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>
/// The committed entities of one kind in one version of the workspace, with an index by owner fact sheet.
/// Every collection inside is persistent (immutable, structurally shared): <see cref="With"/> builds the
/// next version's set in O(changes × log n) while readers of this one go on undisturbed, so a commit
/// never copies the whole state. Entities keep the order they were first added in (as the dictionaries
/// before did), through an ever-growing order key. <see cref="Put"/> and <see cref="Remove"/> change this
/// set itself: only for a version that is still being built (seeding, loading), never for a published one.
/// </summary>
public sealed class EntitySet<T> : IEntitySource<T>, IEntityCollection
    where T : class, IEntity<T>
{
    private readonly Func<T, IEnumerable<Guid>>? _owners;
    private ImmutableDictionary<Guid, long> _orderOf;
    private ImmutableSortedDictionary<long, T> _items;
    private ImmutableDictionary<Guid, ImmutableSortedSet<long>> _byOwner;
    private long _nextOrder;

    public EntitySet(Func<T, IEnumerable<Guid>>? owners = null)
        : this(owners, ImmutableDictionary<Guid, long>.Empty, ImmutableSortedDictionary<long, T>.Empty,
            ImmutableDictionary<Guid, ImmutableSortedSet<long>>.Empty, 0) { }

    private EntitySet(Func<T, IEnumerable<Guid>>? owners, ImmutableDictionary<Guid, long> orderOf,
        ImmutableSortedDictionary<long, T> items, ImmutableDictionary<Guid, ImmutableSortedSet<long>> byOwner, long nextOrder)
    {
        _owners = owners;
        _orderOf = orderOf;
        _items = items;
        _byOwner = byOwner;
        _nextOrder = nextOrder;
    }

    public int Count => _orderOf.Count;

    public T? Get(Guid id) => _orderOf.TryGetValue(id, out var order) ? _items[order] : null;

    public IEnumerable<T> All => _items.Values;

    public IEnumerable<T> OwnedBy(Guid ownerId)
    {
        if (!_byOwner.TryGetValue(ownerId, out var orders)) yield break;
        // By index, not the set's enumerator: that one allocates and grows a node stack per call, and a page of
        // fact sheets asks for the relations, subscriptions and documents of each one (issue 15).
        for (var i = 0; i < orders.Count; i++) yield return _items[orders[i]];
    }

    /// <summary>Adds or replaces an entity in this (unpublished) set.</summary>
    public void Put(T item)
    {
        var order = Unindex(item.Id) ?? _nextOrder++;
        _orderOf = _orderOf.SetItem(item.Id, order);
        _items = _items.SetItem(order, item);
        if (_owners is null) return;
        foreach (var owner in _owners(item))
            _byOwner = _byOwner.SetItem(owner, (_byOwner.GetValueOrDefault(owner) ?? ImmutableSortedSet<long>.Empty).Add(order));
    }

    /// <summary>Removes an entity from this (unpublished) set.</summary>
    public void Remove(Guid id)
    {
        if (Unindex(id) is not { } order) return;
        _orderOf = _orderOf.Remove(id);
        _items = _items.Remove(order);
    }

    /// <summary>The next version of this set: this one with <paramref name="changes"/> applied (null removes).</summary>
    public EntitySet<T> With(IReadOnlyDictionary<Guid, T?> changes)
    {
        var next = new EntitySet<T>(_owners, _orderOf, _items, _byOwner, _nextOrder);
        foreach (var (id, item) in changes)
        {
            if (item is null) next.Remove(id);
            else next.Put(item);
        }
        return next;
    }

    /// <summary>Drops an entity's owner index entries and returns its order key, if it is present.</summary>
    private long? Unindex(Guid id)
    {
        if (!_orderOf.TryGetValue(id, out var order)) return null;
        if (_owners is null) return order;
        foreach (var owner in _owners(_items[order]))
        {
            if (!_byOwner.TryGetValue(owner, out var orders)) continue;
            orders = orders.Remove(order);
            _byOwner = orders.IsEmpty ? _byOwner.Remove(owner) : _byOwner.SetItem(owner, orders);
        }
        return order;
    }

    IEnumerable<IEntity> IEntityCollection.Entities => _items.Values;

    void IEntityCollection.Put(IEntity entity) => Put((T)entity);

    IEntityCollection IEntityCollection.WithOverlay(IEntityOverlay overlay) => With(((OverlaySet<T>)overlay).Changes);
}
