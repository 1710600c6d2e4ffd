using System.Collections.Immutable;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>
/// The committed entities of one kind in one version of the workspace, with an index by owner fact sheet.
/// Every collection inside is persistent or copied on write: <see cref="With"/> builds the next version's set
/// in O(changes × (log n + items per owner)) while readers of this one go on undisturbed, so a commit never
/// copies the whole state. Entities keep the order they were first added in (as the dictionaries before did),
/// through an ever-growing order key. <see cref="Put"/> and <see cref="Remove"/> change this set itself: only for
/// a version that is still being built (seeding, loading), never for a published one. Those go into builders
/// (issue 15: a persistent collection copies a path of nodes per added item, and seeding adds hundreds of
/// thousands), which the first read turns into the immutable collections in one go.
/// </summary>
public sealed class EntitySet<T> : IEntitySource<T>, IEntityCollection
    where T : class, IEntity<T>
{
    private readonly Func<T, IEnumerable<Guid>>? _owners;
    private readonly Lock _sealing = new();
    // The entity with its order key, so a look-up by id is one hash look-up (issue 15: the second look-up by order
    // in a sorted tree was the top item of a page's profile).
    private ImmutableDictionary<Guid, Entry> _byId;
    private ImmutableSortedDictionary<long, T> _items;
    // Each owner's entities in order, as a small array copied on write: an owner has a few to a few thousand, and
    // a page reads the relations, subscriptions and documents of every fact sheet on it.
    private ImmutableDictionary<Guid, Entry[]> _byOwner;
    private long _nextOrder;
    private volatile Staging? _staging;
    // A hash index of this version, made once it has been asked for enough: a look-up in the persistent dictionary
    // walks ~17 tree levels at 50,000 entities, and was a seventh of a dump's time (issue 15). Versions that are
    // read little (one per commit) never pay for building it.
    private volatile Dictionary<Guid, T>? _index;
    private int _lookups;
    // The same for the owner lists: a page reads the relations, subscriptions and documents of each of its fact
    // sheets, and the persistent dictionary's tree walk for them was a twentieth of a dump (issue 15).
    private volatile Dictionary<Guid, Entry[]>? _ownerIndex;
    private int _ownerLookups;
    // A set filled from nothing (seeding, loading) is sealed into the hash indexes alone: its persistent dictionaries
    // are built from these only when a next version or another Put needs them (issue 15: building them for every
    // entity of a seeded workspace was a twentieth of the first dump, which only reads). Null once built.
    private volatile Dictionary<Guid, Entry?>? _pendingById;
    private Dictionary<Guid, Entry[]>? _pendingByOwner;
    // The same for the sorted tree of all entities: a seeded set keeps them in a plain array in order until a next
    // version needs the tree (issue 15: inserting 100,000 fact sheets one by one into the tree's builder was a
    // twentieth of synthetic:100000's start-up).
    private Entry[]? _pendingItems;
    // All entities in order, for a sealed set that was walked whole once.
    private volatile T[]? _all;

    public EntitySet(Func<T, IEnumerable<Guid>>? owners = null)
        : this(owners, ImmutableDictionary<Guid, Entry>.Empty, ImmutableSortedDictionary<long, T>.Empty,
            ImmutableDictionary<Guid, Entry[]>.Empty, 0) { }

    private EntitySet(Func<T, IEnumerable<Guid>>? owners, ImmutableDictionary<Guid, Entry> byId,
        ImmutableSortedDictionary<long, T> items, ImmutableDictionary<Guid, Entry[]> byOwner, long nextOrder)
    {
        _owners = owners;
        _byId = byId;
        _items = items;
        _byOwner = byOwner;
        _nextOrder = nextOrder;
    }

    private readonly record struct Entry(long Order, T Item);

    /// <summary>The changes of a set being filled, applied to its collections when it is first read.</summary>
    private sealed class Staging(EntitySet<T> set)
    {
        // By id in a plain dictionary (null: removed), the persistent one built once when sealed.
        public readonly Dictionary<Guid, Entry?> ById = [];
        // A set filled from nothing numbers its entities 0, 1, 2, … so they sit in a list at their order key (null:
        // removed); any other set changes its sorted tree through a builder.
        public readonly List<T?>? Fresh = set.IsNew ? [] : null;
        public readonly ImmutableSortedDictionary<long, T>.Builder? Items = set.IsNew ? null : set._items.ToBuilder();
        public readonly Dictionary<Guid, List<Entry>> Owners = [];

        public Entry? Find(Guid id) => ById.TryGetValue(id, out var staged) ? staged : set._byId.TryGetValue(id, out var entry) ? entry : null;

        public List<Entry> OwnerList(Guid owner)
        {
            if (!Owners.TryGetValue(owner, out var list))
                Owners[owner] = list = set._byOwner.TryGetValue(owner, out var entries) ? [.. entries] : [];
            return list;
        }
    }

    /// <summary>Nothing was ever added: order keys start at 0 (only asked while no staging and nothing pending exist).</summary>
    private bool IsNew => _nextOrder == 0 && _items.IsEmpty && _byId.IsEmpty;

    public int Count
    {
        get
        {
            Sealed();
            // Read before the persistent dictionary: Persisted() publishes that first and clears this after.
            return _pendingById is not null ? _index!.Count : _byId.Count;
        }
    }

    public T? Get(Guid id)
    {
        if (_index is { } index) return index.GetValueOrDefault(id);
        // Sealing a set filled from nothing makes the index itself.
        if (Sealed()._index is { } sealedIndex) return sealedIndex.GetValueOrDefault(id);
        // Counted without a lock: the count only decides when to index, a lost increment is harmless.
        if (++_lookups > 64 + (_byId.Count >> 2) && _staging is null) return Indexed().GetValueOrDefault(id);
        return Sealed()._byId.TryGetValue(id, out var entry) ? entry.Item : null;
    }

    private Dictionary<Guid, T> Indexed()
    {
        lock (_sealing)
        {
            if (_index is { } built) return built;
            var index = new Dictionary<Guid, T>(_byId.Count);
            foreach (var item in _items.Values) index[item.Id] = item;
            return _index = index;
        }
    }

    public IEnumerable<T> All
    {
        get
        {
            Sealed();
            if (_all is { } all) return all;
            // Walking the persistent sorted tree costs a stack push per node; a search walks every fact sheet of a
            // version, once per type and filter (issue 15). Readers racing here build equal arrays.
            var items = _items;
            var array = new T[items.Count];
            var i = 0;
            foreach (var item in items.Values) array[i++] = item;
            if (_staging is null) _all = array;
            return array;
        }
    }

    public IEnumerable<T> OwnedBy(Guid ownerId)
    {
        if (OwnerEntries(ownerId) is not { } entries) yield break;
        foreach (var entry in entries) yield return entry.Item;
    }

    private Entry[]? OwnerEntries(Guid ownerId)
    {
        if (_ownerIndex is { } index) return index.GetValueOrDefault(ownerId);
        if (Sealed()._ownerIndex is { } sealedIndex) return sealedIndex.GetValueOrDefault(ownerId);
        // Counted without a lock, like Get's look-ups.
        if (++_ownerLookups > 64 + (_byOwner.Count >> 2) && _staging is null) return OwnerIndexed().GetValueOrDefault(ownerId);
        return Sealed()._byOwner.TryGetValue(ownerId, out var entries) ? entries : null;
    }

    private Dictionary<Guid, Entry[]> OwnerIndexed()
    {
        lock (_sealing)
        {
            if (_ownerIndex is { } built) return built;
            var index = new Dictionary<Guid, Entry[]>(_byOwner.Count);
            foreach (var (owner, entries) in _byOwner) index[owner] = entries;
            return _ownerIndex = index;
        }
    }

    /// <summary>Adds or replaces an entity in this (unpublished) set.</summary>
    public void Put(T item)
    {
        var staging = Stage();
        long order;
        if (staging.Find(item.Id) is { } old)
        {
            order = old.Order;
            Unlink(staging, old);
        }
        else order = _nextOrder++;
        var entry = new Entry(order, item);
        staging.ById[item.Id] = entry;
        if (staging.Fresh is { } fresh)
        {
            if (order == fresh.Count) fresh.Add(item);
            else fresh[(int)order] = item;
        }
        else staging.Items![order] = item;
        if (_owners is null) return;
        foreach (var owner in _owners(item))
        {
            var list = staging.OwnerList(owner);
            // Mostly an append: a new entity has the highest order key.
            if (list.Count == 0 || list[^1].Order < order) list.Add(entry);
            else if (Find(list, order) is var at && at < 0) list.Insert(~at, entry);
        }
    }

    /// <summary>Removes an entity from this (unpublished) set.</summary>
    public void Remove(Guid id)
    {
        var staging = Stage();
        if (staging.Find(id) is not { } old) return;
        Unlink(staging, old);
        staging.ById[id] = null;
        if (staging.Fresh is { } fresh) fresh[(int)old.Order] = null;
        else staging.Items!.Remove(old.Order);
    }

    /// <summary>The next version of this set: this one with <paramref name="changes"/> applied (null removes).</summary>
    public EntitySet<T> With(IReadOnlyDictionary<Guid, T?> changes)
    {
        Persisted();
        var next = new EntitySet<T>(_owners, _byId, _items, _byOwner, _nextOrder);
        foreach (var (id, item) in changes)
        {
            if (item is null) next.Remove(id);
            else next.Put(item);
        }
        return next.Sealed();
    }

    /// <summary>The staged changes of this unpublished set; an index made of it before is dropped.</summary>
    private Staging Stage()
    {
        // Staging looks up what is not staged in the persistent dictionaries.
        if (_staging is null) Persisted();
        _all = null;
        _index = null;
        _lookups = 0;
        _ownerIndex = null;
        _ownerLookups = 0;
        return _staging ??= new Staging(this);
    }

    private void Unlink(Staging staging, Entry old)
    {
        if (_owners is null) return;
        foreach (var owner in _owners(old.Item))
        {
            var list = staging.OwnerList(owner);
            if (Find(list, old.Order) is var at && at >= 0) list.RemoveAt(at);
        }
    }

    /// <summary>The index of <paramref name="order"/> in an owner's list, or the complement of where it would go.</summary>
    private static int Find(List<Entry> list, long order)
    {
        int low = 0, high = list.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var at = list[mid].Order;
            if (at == order) return mid;
            if (at < order) low = mid + 1;
            else high = mid - 1;
        }
        return ~low;
    }

    /// <summary>This set with what <see cref="Put"/> and <see cref="Remove"/> staged made immutable (once; readers may race here).</summary>
    private EntitySet<T> Sealed()
    {
        if (_staging is null) return this;
        lock (_sealing)
        {
            if (_staging is not { } staging) return this;
            if (staging.Fresh is not null)
            {
                SealIntoIndexes(staging);
                return this;
            }
            var byId = _byId.ToBuilder();
            foreach (var (id, entry) in staging.ById)
            {
                if (entry is { } e) byId[id] = e;
                else byId.Remove(id);
            }
            _byId = byId.ToImmutable();
            _items = staging.Items!.ToImmutable();
            if (staging.Owners.Count > 0)
            {
                var byOwner = _byOwner.ToBuilder();
                foreach (var (owner, list) in staging.Owners)
                {
                    if (list.Count == 0) byOwner.Remove(owner);
                    else byOwner[owner] = [.. list];
                }
                _byOwner = byOwner.ToImmutable();
            }
            _staging = null;
        }
        return this;
    }

    // Under _sealing, for a set whose persistent dictionaries are empty: everything staged is in the staging.
    private void SealIntoIndexes(Staging staging)
    {
        var index = new Dictionary<Guid, T>(staging.ById.Count);
        foreach (var (id, entry) in staging.ById)
            if (entry is { } e) index[id] = e.Item;
        var owners = new Dictionary<Guid, Entry[]>(staging.Owners.Count);
        foreach (var (owner, list) in staging.Owners)
            if (list.Count > 0) owners[owner] = [.. list];
        var items = new List<Entry>(staging.ById.Count);
        var all = new T[staging.ById.Count];
        for (var order = 0; order < staging.Fresh!.Count; order++)
            if (staging.Fresh[order] is { } item)
            {
                all[items.Count] = item;
                items.Add(new Entry(order, item));
            }
        _pendingItems = [.. items];
        _all = items.Count == all.Length ? all : all[..items.Count];
        _pendingById = staging.ById;
        _pendingByOwner = owners;
        _index = index;
        _ownerIndex = owners;
        _staging = null;
    }

    /// <summary>This set, sealed, with its persistent dictionaries built (once) if sealing left them to be made.</summary>
    private EntitySet<T> Persisted()
    {
        Sealed();
        if (_pendingById is null) return this;
        lock (_sealing)
        {
            if (_pendingById is not { } pending) return this;
            var byId = ImmutableDictionary.CreateBuilder<Guid, Entry>();
            foreach (var (id, entry) in pending)
                if (entry is { } e) byId[id] = e;
            var byOwner = ImmutableDictionary.CreateBuilder<Guid, Entry[]>();
            foreach (var (owner, entries) in _pendingByOwner!) byOwner[owner] = entries;
            var items = ImmutableSortedDictionary.CreateBuilder<long, T>();
            foreach (var entry in _pendingItems!) items[entry.Order] = entry.Item;
            _items = items.ToImmutable();
            _pendingItems = null;
            _byId = byId.ToImmutable();
            _byOwner = byOwner.ToImmutable();
            _pendingByOwner = null;
            _pendingById = null;
        }
        return this;
    }

    IEnumerable<IEntity> IEntityCollection.Entities => All;

    void IEntityCollection.Put(IEntity entity) => Put((T)entity);

    IEntityCollection IEntityCollection.WithOverlay(IEntityOverlay overlay) => With(((OverlaySet<T>)overlay).Changes);
}
