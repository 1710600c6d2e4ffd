using System.Runtime.CompilerServices;

namespace LeanIX.Client;

/// <summary>
/// Interning for the compact representation, one per client: short strings (ids, names, select values, dates)
/// are kept once, numbers once per text, and small objects made only of interned values (tags, tag groups,
/// users, roles, the other end of a relation) once per content. The object table only serves while reading a
/// batch of pages; <see cref="ForgetObjects"/> drops it afterwards, and what was shared stays shared.
/// Objects of a shape that never repeat (a relation's edge, a subscription: each has its own id) are not kept in
/// the table at all once <see cref="ShapeSharing"/> has seen enough of them: most small objects of a workspace are
/// of that kind, and each entry would only cost memory while the preload runs.
/// </summary>
internal sealed class CompactJsonPool
{
    /// <summary>Longer strings (descriptions) are rarely repeated; interning them would only grow the table.</summary>
    public const int MaxInternedChars = 128;

    /// <summary>Objects with more members are fact sheets or edges: unique, not worth a table entry.</summary>
    public const int MaxInternedMembers = 12;

    private readonly InternSet<string> _strings = new();
    private readonly InternSet<CompactNumber> _numbers = new();
    private readonly InternSet<object?[]> _objects = new();
    private readonly Lock _sharingLock = new();
    private ShapeSharing?[] _sharing = new ShapeSharing?[64];

    /// <summary>The same per shape for the objects that are a connection's nodes (fact sheets, relations, subscriptions, documents).</summary>
    private ShapeSharing?[] _nodeSharing = new ShapeSharing?[64];

    public int StringCount => _strings.Count;

    /// <summary>Objects and arrays in the table now.</summary>
    public int ObjectCount => _objects.Count;

    public string Intern(string value) =>
        value.Length > MaxInternedChars ? value : _strings.GetOrAdd<string, TextKey>(value, InternHash.Text(value));

    /// <summary>The interned string of these UTF-8 bytes, decoded and allocated only the first time it is met.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Intern(ReadOnlySpan<byte> utf8) => Intern(utf8, out _);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Intern(ReadOnlySpan<byte> utf8, out bool found)
    {
        found = false;
        // A string of more than MaxInternedChars * 3 bytes has more than MaxInternedChars chars.
        if (utf8.Length > MaxInternedChars * 3) return System.Text.Encoding.UTF8.GetString(utf8);
        var hash = InternHash.Utf8(utf8);
        if (_strings.Find<ReadOnlySpan<byte>, Utf8TextKey>(utf8, hash) is { } known)
        {
            found = true;
            return known;
        }
        var s = Utf8TextKey.Create(utf8);
        // Up to three bytes a char: a long run of multi-byte chars can still be short enough.
        return s.Length > MaxInternedChars ? s : _strings.Add<string, TextKey>(s, hash);
    }

    /// <summary>
    /// <see cref="Intern(ReadOnlySpan{byte})"/> for a value read right after the last key of <paramref name="shape"/> (in an
    /// object that is a connection's node when <paramref name="inNode"/>): the value read there the time before is tried
    /// first. A status, a type, a select value or the other end's type mostly repeat the one before, and then neither a
    /// hash nor a probe into a table far larger than the cache is needed. Where values proved unique
    /// (<see cref="ShapeSharing.UniqueValues"/>) the string is made without the table; <paramref name="interned"/> tells.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string InternValue(CompactShape shape, bool inNode, ReadOnlySpan<byte> utf8, out bool interned)
    {
        var sharing = Sharing(ref inNode ? ref _nodeSharing : ref _sharing, shape);
        interned = true;
        if (sharing.LastValue is { } last && System.Text.Ascii.Equals(utf8, last))
        {
            // A repeat all the same: values that repeat right away are not unique.
            sharing.CountValue(hit: true);
            return last;
        }
        if (sharing.UniqueValues)
        {
            interned = false;
            return System.Text.Encoding.UTF8.GetString(utf8);
        }
        var value = Intern(utf8, out var found);
        sharing.CountValue(found);
        if (value.Length <= MaxInternedChars) sharing.LastValue = value;
        else interned = false;
        return value;
    }

    public bool IsInterned(string value) => value.Length <= MaxInternedChars;

    public CompactNumber Number(string text) => _numbers.GetOrAdd<string, NumberKey>(text, InternHash.Text(text));

    /// <summary>The number of this UTF-8 text, allocating only the first time it is met.</summary>
    public CompactNumber Number(ReadOnlySpan<byte> utf8) => _numbers.GetOrAdd<ReadOnlySpan<byte>, Utf8NumberKey>(utf8, InternHash.Utf8(utf8));

    /// <summary>
    /// The one instance of an object or array with these slots (shape first, then interned values), copied into a new
    /// array only the first time they are met: a tag read on 10,000 fact sheets leaves no garbage behind. Null when
    /// objects of this shape have proved not to repeat: the caller keeps its own copy, which is then not interned.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public object?[]? InternSlots(ReadOnlySpan<object?> slots)
    {
        var sharing = Sharing(ref _sharing, (CompactShape)slots[0]!);
        if (sharing.Unique) return null;
        var hash = InternHash.Slots(slots);
        var known = _objects.Find<ReadOnlySpan<object?>, SlotsKey>(slots, hash);
        sharing.Count(known is not null);
        return known ?? _objects.Add<ReadOnlySpan<object?>, SlotsKey>(slots, hash);
    }

    public void ForgetObjects() => _objects.Clear();

    private ShapeSharing Sharing(ref ShapeSharing?[] table, CompactShape shape)
    {
        var all = Volatile.Read(ref table);
        return shape.Id < all.Length && all[shape.Id] is { } known ? known : AddSharing(ref table, shape.Id);
    }

    private ShapeSharing AddSharing(ref ShapeSharing?[] table, int id)
    {
        lock (_sharingLock)
        {
            var all = table;
            if (id >= all.Length)
            {
                Array.Resize(ref all, Math.Max(id + 1, all.Length * 2));
                Volatile.Write(ref table, all);
            }
            return all[id] ??= new ShapeSharing();
        }
    }
}
