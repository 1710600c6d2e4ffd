using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace LeanIX.Client;

/// <summary>
/// Interning for the compact representation, one per client: short strings (ids, names, select values, dates)
/// are kept once, numbers once per text, and small objects made only of interned values (tags, tag groups,
/// users, roles, the other end of a relation) once per content. The object table only serves while reading a
/// batch of pages; <see cref="ForgetObjects"/> drops it afterwards, and what was shared stays shared.
/// </summary>
internal sealed class CompactJsonPool
{
    /// <summary>Longer strings (descriptions) are rarely repeated; interning them would only grow the table.</summary>
    public const int MaxInternedChars = 128;

    /// <summary>Objects with more members are fact sheets or edges: unique, not worth a table entry.</summary>
    public const int MaxInternedMembers = 12;

    private readonly ConcurrentDictionary<string, string> _strings = new(Utf8KeyComparer.Instance);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<byte>> _stringsByUtf8;
    private readonly ConcurrentDictionary<string, CompactNumber> _numbers = new(Utf8KeyComparer.Instance);
    private readonly ConcurrentDictionary<string, CompactNumber>.AlternateLookup<ReadOnlySpan<byte>> _numbersByUtf8;
    private readonly ConcurrentDictionary<object?[], object?[]> _objects = new(SlotsComparer.Instance);
    private readonly ConcurrentDictionary<object?[], object?[]>.AlternateLookup<ReadOnlySpan<object?>> _objectsBySlots;

    public CompactJsonPool()
    {
        _stringsByUtf8 = _strings.GetAlternateLookup<ReadOnlySpan<byte>>();
        _numbersByUtf8 = _numbers.GetAlternateLookup<ReadOnlySpan<byte>>();
        _objectsBySlots = _objects.GetAlternateLookup<ReadOnlySpan<object?>>();
    }

    public int StringCount => _strings.Count;

    public string Intern(string value) =>
        value.Length > MaxInternedChars ? value : _strings.GetOrAdd(value, value);

    /// <summary>The interned string of these UTF-8 bytes, decoded and allocated only the first time it is met.</summary>
    public string Intern(ReadOnlySpan<byte> utf8)
    {
        // A string of more than MaxInternedChars * 3 bytes has more than MaxInternedChars chars.
        if (utf8.Length > MaxInternedChars * 3) return Encoding.UTF8.GetString(utf8);
        if (_stringsByUtf8.TryGetValue(utf8, out var known)) return known;
        return Intern(Encoding.UTF8.GetString(utf8));
    }

    public bool IsInterned(string value) => value.Length <= MaxInternedChars;

    public CompactNumber Number(string text) => _numbers.GetOrAdd(text, t => new CompactNumber(t));

    /// <summary>The number of this UTF-8 text, allocating only the first time it is met.</summary>
    public CompactNumber Number(ReadOnlySpan<byte> utf8) =>
        _numbersByUtf8.TryGetValue(utf8, out var known) ? known : Number(Encoding.UTF8.GetString(utf8));

    /// <summary>The one instance of an object or array with these (interned) values.</summary>
    public object?[] InternSlots(object?[] slots) => _objects.GetOrAdd(slots, slots);

    /// <summary>
    /// The one instance of an object or array with these slots (shape first, then interned values), copied into a new
    /// array only the first time they are met: a tag read on 10,000 fact sheets leaves no garbage behind.
    /// </summary>
    public object?[] InternSlots(ReadOnlySpan<object?> slots)
    {
        if (_objectsBySlots.TryGetValue(slots, out var known)) return known;
        var copy = slots.ToArray();
        return _objects.GetOrAdd(copy, copy);
    }

    public void ForgetObjects() => _objects.Clear();

    /// <summary>Slot arrays are equal when their values are the same instances: every value in them is interned.</summary>
    private sealed class SlotsComparer : IEqualityComparer<object?[]>, IAlternateEqualityComparer<ReadOnlySpan<object?>, object?[]>
    {
        public static readonly SlotsComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y)
        {
            if (ReferenceEquals(x, y)) return true;
            return x is not null && y is not null && Equals(x.AsSpan(), y);
        }

        public int GetHashCode(object?[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<object?> alternate, object?[] other)
        {
            if (alternate.Length != other.Length) return false;
            for (var i = 0; i < other.Length; i++)
                if (!ReferenceEquals(alternate[i], other[i])) return false;
            return true;
        }

        public int GetHashCode(ReadOnlySpan<object?> alternate)
        {
            var hash = new HashCode();
            foreach (var value in alternate) hash.Add(value is null ? 0 : RuntimeHelpers.GetHashCode(value));
            return hash.ToHashCode();
        }

        public object?[] Create(ReadOnlySpan<object?> alternate) => alternate.ToArray();
    }
}
