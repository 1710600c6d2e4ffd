using LeanIX.Client.Typed;

namespace LeanIX.Client.Scripting;

/// <summary>
/// The synchronous script surface of the generated fact sheet classes (<c>Application.All()</c>,
/// <c>app.ItComponents()</c>): each waits for the async twin. Without a client it uses <see cref="Lx.Current"/>.
/// </summary>
public static class TypedScript
{
    /// <summary>Every active fact sheet of <typeparamref name="T"/>'s type.</summary>
    public static IReadOnlyList<T> All<T>(LeanIXClient? client = null) where T : TypedFactSheet, ITypedFactSheet<T> =>
        Sync.Run(() => TypedFactSheets.AllAsync<T>(client));

    /// <summary>The fact sheets of <typeparamref name="T"/>'s type matching <paramref name="filter"/>.</summary>
    public static IReadOnlyList<T> Filter<T>(FactSheetFilter filter, LeanIXClient? client = null) where T : TypedFactSheet, ITypedFactSheet<T> =>
        Sync.Run(() => TypedFactSheets.FilterAsync<T>(filter, client));

    /// <summary>One fact sheet by name or id.</summary>
    public static T Get<T>(string nameOrId, LeanIXClient? client = null) where T : TypedFactSheet, ITypedFactSheet<T> =>
        Sync.Run(() => TypedFactSheets.GetAsync<T>(nameOrId, client));

    /// <summary>The related fact sheets through <paramref name="relationKey"/>, loaded and wrapped as <typeparamref name="T"/>.</summary>
    public static IReadOnlyList<T> Related<T>(TypedFactSheet source, string relationKey) where T : TypedFactSheet, ITypedFactSheet<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        return Sync.Run(() => TypedFactSheets.RelatedAsync<T>(source, relationKey));
    }
}
