using LeanIX.Emulator.Store;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>Look-ups and checks every mutation starts with.</summary>
internal static class MutationGuards
{
    public static FactSheet RequireFactSheet(WorkspaceTransaction tx, Guid id) =>
        tx.FactSheets.Get(id) ?? throw MutationException.NotFound(MutationEntityType.FactSheet, id);

    /// <summary>D19: a given rev must equal the current one; null skips the check.</summary>
    public static void CheckRev(FactSheet factSheet, long? expected)
    {
        if (expected is { } rev && rev != factSheet.Rev)
            throw MutationException.RevMismatch(factSheet.Id, rev, factSheet.Rev);
    }

    /// <summary>D20: <c>null</c> and <c>""</c> both mean "no value".</summary>
    public static bool IsEmpty(string? value) => string.IsNullOrWhiteSpace(value);
}
