namespace LeanIX.Client;

/// <summary>
/// The tables a snapshot body refers to, collected from the fact sheets before they are written: every string
/// (keys and long texts too), every number text, every object shape, and every small object the compact reader
/// interns (tags, users, roles, relation ends: <see cref="CompactJsonPool.MaxInternedMembers"/> members or fewer,
/// all of them interned values). A shared object is one instance in memory, so it is found by reference and stored
/// once; its entry comes after those of the objects inside it, so one forward pass rebuilds them all.
/// </summary>
internal sealed class SnapshotTables
{
    public Dictionary<string, int> Strings { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Numbers { get; } = new(StringComparer.Ordinal);

    public Dictionary<CompactShape, int> Shapes { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The table index of each shared object, or -1 for an object stored inline.</summary>
    private readonly Dictionary<object?[], int> _shared = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<CompactText, int> _texts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The shared objects in table order (inner ones first).</summary>
    public List<object?[]> Shared { get; } = [];

    public void Add(string type, CompactObject factSheet)
    {
        String(type);
        Collect(factSheet.Slots);
    }

    /// <summary>The shared-table index of <paramref name="slots"/>, or -1 when it is stored inline.</summary>
    public int SharedIndex(object?[] slots) => _shared.TryGetValue(slots, out var index) ? index : -1;

    /// <summary>Collects a value; true when it is one the compact reader would intern (so may sit in a shared object).</summary>
    private bool Collect(object? value)
    {
        switch (value)
        {
            case string s:
                String(s);
                return s.Length <= CompactJsonPool.MaxInternedChars;
            case CompactText t:
                _texts.TryAdd(t, String(t.ToString()));
                return false;
            case CompactNumber n:
                Numbers.TryAdd(n.Text, Numbers.Count);
                return true;
            case object?[] slots:
                if (_shared.TryGetValue(slots, out var known)) return known >= 0;
                var shape = (CompactShape)slots[0]!;
                if (shape.IsObject && !Shapes.ContainsKey(shape))
                {
                    foreach (var key in shape.Keys) String(key);
                    Shapes.Add(shape, Shapes.Count);
                }
                var all = true;
                for (var i = 1; i < slots.Length; i++) all &= Collect(slots[i]);
                var shared = all && slots.Length - 1 <= CompactJsonPool.MaxInternedMembers;
                // Inline objects are unique (fact sheets, edge lists): remembering them would only grow the table.
                if (shared)
                {
                    _shared.Add(slots, Shared.Count);
                    Shared.Add(slots);
                }
                return shared;
            default:
                return true;
        }
    }

    private int String(string s)
    {
        Strings.TryAdd(s, Strings.Count);
        return Strings[s];
    }

    /// <summary>The string-table index of a long text (stored as a string: the table has one encoding).</summary>
    public int TextIndex(CompactText text) => _texts[text];
}
