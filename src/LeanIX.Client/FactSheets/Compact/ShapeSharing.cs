namespace LeanIX.Client;

/// <summary>
/// Whether the small objects of one shape repeat, learnt by a pool from its first <see cref="Window"/> lookups of them.
/// A shape whose objects almost never came up twice (at most one in <see cref="RareHit"/>) is unique: each of its
/// objects carries an id of its own (a relation's edge, a subscription, a document, the envelope around one), and
/// interning them would fill the table with entries no lookup ever finds. Anything that repeats at all shows it
/// long before: the other end of a relation is met again after a few hundred lookups even in a large workspace,
/// a tag or a user at once. Counts may lose an increment to a race; they only inform the one decision.
/// </summary>
internal sealed class ShapeSharing
{
    public const int Window = 4096;

    public const int RareHit = 1024;

    private int _lookups;
    private int _hits;
    private volatile bool _unique;

    /// <summary>The interned string read last right after the shape's last key (see <see cref="CompactJsonPool.InternValue"/>).</summary>
    public string? LastValue { get; set; }

    /// <summary>Objects of this shape are no longer interned.</summary>
    public bool Unique => _unique;

    private int _valueLookups;
    private int _valueHits;
    private volatile bool _uniqueValues;

    /// <summary>
    /// Strings read right after the shape's last key are not interned: the first <see cref="Window"/> of them were almost
    /// all new (the id, name or timestamp of a fact sheet or of a relation, subscription or document). Interning them
    /// would cost a probe into a table far larger than the cache and an entry each, and no later lookup would find them.
    /// </summary>
    public bool UniqueValues => _uniqueValues;

    /// <summary>Counts one string lookup after the shape's last key while the window lasts, and decides at its end.</summary>
    public void CountValue(bool hit)
    {
        var lookups = _valueLookups;
        if (lookups >= Window) return;
        if (hit) _valueHits++;
        _valueLookups = ++lookups;
        if (lookups == Window && _valueHits * RareHit <= Window) _uniqueValues = true;
    }

    /// <summary>Counts one lookup while the window lasts, and decides at its end.</summary>
    public void Count(bool hit)
    {
        var lookups = _lookups;
        if (lookups >= Window) return;
        if (hit) _hits++;
        _lookups = ++lookups;
        if (lookups == Window && _hits * RareHit <= Window) _unique = true;
    }
}
