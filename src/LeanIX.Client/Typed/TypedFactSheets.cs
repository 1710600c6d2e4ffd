using LeanIX.Client.Scripting;

namespace LeanIX.Client.Typed;

/// <summary>
/// Lists and lookups of generated fact sheet classes. Without a client they use the script connection
/// (<see cref="Lx.Current"/>), so <c>Application.All()</c> reads like the seed toolkit.
/// </summary>
public static class TypedFactSheets
{
    /// <summary>Every active fact sheet of <typeparamref name="T"/>'s type.</summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(LeanIXClient? client = null, CancellationToken cancellationToken = default)
        where T : TypedFactSheet, ITypedFactSheet<T> =>
        Wrap<T>(await Set<T>(client).AllAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>The fact sheets of <typeparamref name="T"/>'s type matching <paramref name="filter"/>.</summary>
    public static async Task<IReadOnlyList<T>> FilterAsync<T>(FactSheetFilter filter, LeanIXClient? client = null, CancellationToken cancellationToken = default)
        where T : TypedFactSheet, ITypedFactSheet<T> =>
        Wrap<T>(await Set<T>(client).FilterAsync(filter, cancellationToken).ConfigureAwait(false));

    /// <summary>One fact sheet by name or id (see <see cref="FactSheetSet.GetAsync"/>).</summary>
    public static async Task<T> GetAsync<T>(string nameOrId, LeanIXClient? client = null, CancellationToken cancellationToken = default)
        where T : TypedFactSheet, ITypedFactSheet<T> =>
        T.Create(await Set<T>(client).GetAsync(nameOrId, cancellationToken).ConfigureAwait(false), null);

    /// <summary>The related fact sheets of <paramref name="source"/> through <paramref name="relationKey"/>, loaded and wrapped as <typeparamref name="T"/>.</summary>
    public static async Task<IReadOnlyList<T>> RelatedAsync<T>(TypedFactSheet source, string relationKey, CancellationToken cancellationToken = default)
        where T : TypedFactSheet, ITypedFactSheet<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        var relations = await source.FactSheet.RelationsAsync(relationKey, cancellationToken).ConfigureAwait(false);
        return relations.Select(r => T.Create(r.FactSheet, r)).ToList();
    }

    /// <summary>Wraps a dynamic fact sheet as <typeparamref name="T"/>, checking its type.</summary>
    public static T As<T>(FactSheet factSheet) where T : TypedFactSheet, ITypedFactSheet<T>
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        if (!string.Equals(factSheet.Type, T.TypeKey, StringComparison.Ordinal))
            throw new ArgumentException($"{factSheet} is not of type {T.TypeKey}.", nameof(factSheet));
        return T.Create(factSheet, null);
    }

    private static FactSheetSet Set<T>(LeanIXClient? client) where T : TypedFactSheet, ITypedFactSheet<T> =>
        (client ?? Lx.Current).FactSheets.Of(T.TypeKey);

    private static IReadOnlyList<T> Wrap<T>(IReadOnlyList<FactSheet> factSheets) where T : TypedFactSheet, ITypedFactSheet<T> =>
        factSheets.Select(fs => T.Create(fs, null)).ToList();
}
