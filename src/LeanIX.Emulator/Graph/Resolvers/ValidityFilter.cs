using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>D12: keeps relations whose [activeFrom, activeUntil] overlaps the filter interval; null bounds are open.</summary>
public static class ValidityFilter
{
    public static bool Overlaps(Relation relation, string? from, string? until)
    {
        if (from is null && until is null) return true;
        var relFrom = relation.ActiveFrom ?? "0000-01-01";
        var relUntil = relation.ActiveUntil ?? "9999-12-31";
        var filterFrom = from ?? "0000-01-01";
        var filterUntil = until ?? "9999-12-31";
        // ISO dates compare correctly as strings.
        return string.CompareOrdinal(relFrom, filterUntil) <= 0 && string.CompareOrdinal(filterFrom, relUntil) <= 0;
    }
}
