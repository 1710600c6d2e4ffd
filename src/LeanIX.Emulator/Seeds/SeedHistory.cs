using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// D87: every seeded fact sheet has a FACT_SHEET_CREATED log event by a seeded user at its
/// <c>createdAt</c>, so scripts that look up a fact sheet's creator (the oldest allLogEvents entry)
/// work on seeded workspaces. Creators rotate over the seeded people who have joined (not technical,
/// not merely invited); the records are numbered like committed ones, oldest first, one transaction each.
/// Seeds write state directly, so these records raise no webhook events.
/// </summary>
public static class SeedHistory
{
    public static void RecordCreations(WorkspaceState state)
    {
        var creators = state.Users.All
            .Where(u => !u.TechnicalUser && u.PermissionStatus is not "INVITED")
            .Select(u => u.Id)
            .Order()
            .ToArray();
        // Sorted in a copy (All may be the set's own array); the keys are unique, so an unstable sort orders as OrderBy did.
        var factSheets = state.FactSheets.All.ToArray();
        Array.Sort(factSheets, static (a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id));
        var records = new ChangeRecord[factSheets.Length];
        for (var i = 0; i < factSheets.Length; i++)
        {
            var fs = factSheets[i];
            records[i] = new ChangeRecord
            {
                Sequence = ++state.LastSequence,
                TransactionSequence = ++state.LastTransactionSequence,
                EventType = EventTypes.FactSheetCreated,
                EntityType = MutationEntityType.FactSheet, // as FactSheetMutations.Create records it
                EntityId = fs.Id,
                FactSheetId = fs.Id,
                UserId = creators.Length > 0 ? creators[i % creators.Length] : null,
                CreatedAt = fs.CreatedAt
            };
        }
        state.AppendChanges(records);
    }
}
