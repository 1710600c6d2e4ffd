namespace LeanIX.Client.Scripting;

/// <summary>
/// The synchronous script style over fact sheets (<c>using LeanIX.Client.Scripting;</c>): lists, lookups and relation
/// navigation that load what they need, as the seed toolkit's scripts expect. Each call waits for the async core.
/// </summary>
public static class FactSheetScript
{
    /// <summary>Every active fact sheet of the type.</summary>
    public static IReadOnlyList<FactSheet> All(this FactSheetSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Sync.Run(() => set.AllAsync());
    }

    /// <summary>The fact sheets of the type matching <paramref name="filter"/>.</summary>
    public static IReadOnlyList<FactSheet> Filter(this FactSheetSet set, FactSheetFilter filter)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Sync.Run(() => set.FilterAsync(filter));
    }

    /// <summary>One fact sheet by name or id (see <see cref="FactSheetSet.GetAsync"/>).</summary>
    public static FactSheet Get(this FactSheetSet set, string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Sync.Run(() => set.GetAsync(nameOrId));
    }

    /// <summary>Creates a fact sheet of the type.</summary>
    public static FactSheet Create(this FactSheetSet set, string name, IEnumerable<Patch>? patches = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Sync.Run(() => set.CreateAsync(name, patches));
    }

    /// <summary>Loads the fact sheet in full if it is only a reference, and returns it.</summary>
    public static FactSheet Load(this FactSheet factSheet)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        return factSheet.IsLoaded ? factSheet : Sync.Run(() => factSheet.LoadAsync());
    }

    /// <summary>The related fact sheets through a relation key or plural type name, each loaded (see <see cref="FactSheet.RelationsAsync"/>).</summary>
    public static IReadOnlyList<FactSheetRelation> Related(this FactSheet factSheet, string keyOrPlural)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        return Sync.Run(() => factSheet.RelationsAsync(keyOrPlural));
    }

    /// <summary>Navigates on from the other end of a relation, loading what it leads to.</summary>
    public static IReadOnlyList<FactSheetRelation> Related(this FactSheetRelation relation, string keyOrPlural)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Sync.Run(() => relation.RelationsAsync(keyOrPlural));
    }

    /// <summary>A field with its labels in <paramref name="language"/> (English by default).</summary>
    public static FieldInfo Field(this FactSheet factSheet, string field, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        return Sync.Run(() => factSheet.FieldAsync(field, language));
    }
}
