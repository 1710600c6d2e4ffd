using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace LeanIX.Client;

/// <summary>
/// A typed in-memory key/value store on the client (<c>lx.Cache</c>; the seed's <c>set_cache</c>, <c>get_cache</c>,
/// <c>get_cache_items</c>), for whatever a script wants to keep between steps: lookups it built, ids it mapped. It lives as
/// long as the client, is thread-safe, is never sent anywhere, and enumerates its entries in key order.
/// </summary>
public sealed class ValueCache : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly ConcurrentDictionary<string, object?> _items = new(StringComparer.Ordinal);

    internal ValueCache() { }

    /// <summary>How many entries there are.</summary>
    public int Count => _items.Count;

    /// <summary>A snapshot of every entry (the seed's <c>get_cache_items</c>).</summary>
    public IReadOnlyDictionary<string, object?> Items => new SortedDictionary<string, object?>(_items, StringComparer.Ordinal);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing what was there.</summary>
    public void Set<T>(string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _items[key] = value;
    }

    /// <summary>
    /// The value under <paramref name="key"/> as <typeparamref name="T"/>. A missing key is a <see cref="KeyNotFoundException"/>
    /// and a value of another type an <see cref="InvalidCastException"/>, each naming the key.
    /// </summary>
    public T Get<T>(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_items.TryGetValue(key, out var value)) throw new KeyNotFoundException($"The cache has no entry '{key}'.");
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException($"The cache entry '{key}' is a {value?.GetType().Name ?? "null"}, not a {typeof(T).Name}.")
        };
    }

    /// <summary>The value under <paramref name="key"/> when there is one of type <typeparamref name="T"/>.</summary>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_items.TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The value under <paramref name="key"/>, made by <paramref name="factory"/> and stored the first time.</summary>
    public T GetOrAdd<T>(string key, Func<string, T> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (TryGet<T>(key, out var existing)) return existing;
        var made = factory(key);
        Set(key, made);
        return made;
    }

    /// <summary>Removes an entry; false when there was none.</summary>
    public bool Remove(string key) => _items.TryRemove(key, out _);

    /// <summary>Removes every entry.</summary>
    public void Clear() => _items.Clear();

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
