using System.Runtime.CompilerServices;

namespace LeanIX.Client;

/// <summary>
/// How an <see cref="InternSet{T}"/> finds an item by a key that is not an item yet (UTF-8 bytes, a span of slots)
/// and makes the item the first time. A struct type argument, so the set's loops are compiled for each key kind.
/// </summary>
internal interface IInternKey<T, TKey> where TKey : allows ref struct
{
    static abstract bool Matches(TKey key, T item);

    static abstract T Create(TKey key);
}

/// <summary>
/// The set behind <see cref="CompactJsonPool"/>: open addressing with linear probing in two flat arrays (the items
/// and their hashes), read without a lock, written under one. A <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>
/// spends a node of about 48 bytes and a bucket on every entry, and every node is one more object for the collector to
/// trace while a preload builds up hundreds of thousands of them; here an entry costs 12 to 24 bytes and no object.
/// Items are never removed one by one, so a slot once set keeps its item: a reader that sees it sees its hash.
/// </summary>
internal sealed class InternSet<T> where T : class
{
    private const int InitialCapacity = 256;

    private readonly Lock _lock = new();
    private volatile Table _table = new(InitialCapacity);

    public int Count => _table.Count;

    /// <summary>The item of <paramref name="key"/>, or null.</summary>
    public T? Find<TKey, TMatch>(TKey key, int hash) where TKey : allows ref struct where TMatch : struct, IInternKey<T, TKey> =>
        Find<TKey, TMatch>(_table, key, hash);

    /// <summary>The item of <paramref name="key"/>, made by <typeparamref name="TMatch"/> and added the first time.</summary>
    public T GetOrAdd<TKey, TMatch>(TKey key, int hash) where TKey : allows ref struct where TMatch : struct, IInternKey<T, TKey> =>
        Find<TKey, TMatch>(_table, key, hash) ?? Add<TKey, TMatch>(key, hash);

    /// <summary>Adds <paramref name="key"/>'s item unless another thread did first; call after a <c>Find</c> that missed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T Add<TKey, TMatch>(TKey key, int hash) where TKey : allows ref struct where TMatch : struct, IInternKey<T, TKey>
    {
        lock (_lock)
        {
            var table = _table;
            if (Find<TKey, TMatch>(table, key, hash) is { } known) return known;
            // At most three quarters full, so a probe always ends at an empty slot.
            if ((table.Count + 1) * 4 > table.Items.Length * 3) _table = table = table.Grown();
            var item = TMatch.Create(key);
            table.Place(item, hash);
            return item;
        }
    }

    public void Clear()
    {
        lock (_lock) _table = new Table(InitialCapacity);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T? Find<TKey, TMatch>(Table table, TKey key, int hash) where TKey : allows ref struct where TMatch : struct, IInternKey<T, TKey>
    {
        var items = table.Items;
        var hashes = table.Hashes;
        var mask = items.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var item = Volatile.Read(ref items[i]);
            if (item is null) return null;
            if (hashes[i] == hash && TMatch.Matches(key, item)) return item;
        }
    }

    /// <summary>One generation of the arrays; a grown table replaces it whole, so readers of the old one stay consistent.</summary>
    private sealed class Table(int capacity)
    {
        public readonly T?[] Items = new T?[capacity];
        public readonly int[] Hashes = new int[capacity];
        public int Count;

        public void Place(T item, int hash)
        {
            var mask = Items.Length - 1;
            var i = hash & mask;
            while (Items[i] is not null) i = (i + 1) & mask;
            Hashes[i] = hash;
            // The hash first: a reader that sees the item reads its hash after it.
            Volatile.Write(ref Items[i], item);
            Count++;
        }

        public Table Grown()
        {
            var grown = new Table(Items.Length * 2);
            for (var i = 0; i < Items.Length; i++)
                if (Items[i] is { } item) grown.Place(item, Hashes[i]);
            return grown;
        }
    }
}
