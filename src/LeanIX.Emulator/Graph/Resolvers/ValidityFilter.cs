using System.Globalization;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Errors;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>D12: keeps relations whose [activeFrom, activeUntil] overlaps the filter interval; null bounds are open.</summary>
public static class ValidityFilter
{
    /// <summary>Refuses a bound that is not a date. Issue 9: a bad date used to compare as a string and filter silently.</summary>
    public static void Validate(string? from, string? until)
    {
        CheckDate(from, "activeFrom");
        CheckDate(until, "activeUntil");
    }

    /// <summary>Whether the relation's validity overlaps the (validated) interval.</summary>
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

    private static void CheckDate(string? date, string member)
    {
        if (date is null || DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return;
        var shown = date.Length > 40 ? date[..40] + "…" : date;
        throw BusinessError.Query($"Invalid date '{shown}' in validityFilter.{member}: expected YYYY-MM-DD.");
    }
}
