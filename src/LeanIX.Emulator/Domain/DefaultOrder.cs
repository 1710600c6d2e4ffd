namespace LeanIX.Emulator.Domain;

/// <summary>
/// D9: without a sort, fact sheets are ordered by name (case-insensitive), then id. GraphQL, the REST
/// list and its cursor all use this one definition, so both APIs page in the same order.
/// </summary>
public static class DefaultOrder
{
    public static int Compare(string nameA, Guid idA, string nameB, Guid idB)
    {
        var byName = StringComparer.OrdinalIgnoreCase.Compare(nameA, nameB);
        return byName != 0 ? byName : idA.CompareTo(idB);
    }

    public static readonly IComparer<FactSheet> FactSheets =
        Comparer<FactSheet>.Create((a, b) => Compare(a.Name, a.Id, b.Name, b.Id));
}
