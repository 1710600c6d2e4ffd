using System.Runtime.CompilerServices;

namespace LeanIX.Client;

/// <summary>
/// The keys of a compact JSON object in order, shared by every object with the same keys (a "hidden class"):
/// the fact sheets of a type all have the keys of its selection, which is the data model's field order, so
/// each of them stores only its values. Shapes grow by transitions, one key at a time, from <see cref="Empty"/>;
/// <see cref="Array"/> marks a compact array instead, <see cref="NodeArray"/> and <see cref="Connection"/> the packed
/// forms of a GraphQL connection.
/// </summary>
internal sealed class CompactShape
{
    private const int LinearSearchLimit = 8;

    private static int s_count;

    private readonly Lock _lock = new();

    // Copy-on-write, read without a lock: almost every shape has one or two transitions, met millions of times.
    private volatile KeyValuePair<string, CompactShape>[] _transitions = [];
    private readonly Dictionary<string, int>? _index;

    private CompactShape(string[] keys, bool isArray)
    {
        Keys = keys;
        IsArray = isArray;
        if (keys.Length > LinearSearchLimit)
        {
            _index = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++) _index.TryAdd(keys[i], i);
        }
    }

    /// <summary>The shape of <c>{}</c>, root of every object shape (shapes are global: keys are the same for every client).</summary>
    public static CompactShape Empty { get; } = new([], isArray: false);

    /// <summary>The marker of a compact array.</summary>
    public static CompactShape Array { get; } = new([], isArray: true);

    /// <summary>
    /// The marker of an array whose items each are <c>{"node": item}</c> (a connection's <c>edges</c>), holding the items
    /// themselves: one array for a fact sheet's relations of one kind, instead of one more object per relation.
    /// </summary>
    public static CompactShape NodeArray { get; } = new([], isArray: true);

    /// <summary>
    /// The marker of <c>{"edges": [{"node": item}…]}</c> holding the items themselves (the slots of the
    /// <see cref="NodeArray"/> with this marker instead): a relation, subscription or document list is one array.
    /// </summary>
    public static CompactShape Connection { get; } = new([], isArray: false);

    /// <summary>The shape of <c>{"node": …}</c>, which the reader packs into a <see cref="NodeArray"/>.</summary>
    public static CompactShape NodeWrapper { get; } = Empty.With("node");

    /// <summary>The shape of <c>{"edges": …}</c>, which the reader packs into a <see cref="Connection"/> around a <see cref="NodeArray"/>.</summary>
    public static CompactShape EdgesWrapper { get; } = Empty.With("edges");

    /// <summary>An object of keys and values in their order (not an array, not a packed connection).</summary>
    public bool IsObject => !IsArray && !ReferenceEquals(this, Connection);

    public string[] Keys { get; }

    /// <summary>A number of its own, in order of creation: what a pool keeps per shape sits at this index.</summary>
    public int Id { get; } = Interlocked.Increment(ref s_count) - 1;

    public bool IsArray { get; }

    /// <summary>The shape with <paramref name="key"/> appended.</summary>
    public CompactShape With(string key) => Find(_transitions, key) ?? Add(key);

    /// <summary>
    /// The shape with the key of these UTF-8 bytes appended when that transition was made before, else null: the objects
    /// of a body mostly repeat a few shapes, so a key is found here by its bytes, without hashing or interning it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CompactShape? Next(ReadOnlySpan<byte> utf8Key)
    {
        foreach (var (known, next) in _transitions)
            if (System.Text.Ascii.Equals(utf8Key, known)) return next;
        return null;
    }

    private CompactShape Add(string key)
    {
        lock (_lock)
        {
            if (Find(_transitions, key) is { } known) return known;
            var next = new CompactShape([.. Keys, key], isArray: false);
            _transitions = [.. _transitions, new(key, next)];
            return next;
        }
    }

    private static CompactShape? Find(KeyValuePair<string, CompactShape>[] transitions, string key)
    {
        foreach (var (known, next) in transitions)
            if (ReferenceEquals(known, key) || string.Equals(known, key, StringComparison.Ordinal)) return next;
        return null;
    }

    /// <summary>The position of <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key)
    {
        if (_index is not null) return _index.TryGetValue(key, out var i) ? i : -1;
        for (var i = 0; i < Keys.Length; i++)
            if (string.Equals(Keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
