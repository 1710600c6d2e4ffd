using LeanIX.Emulator.Store;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// <c>createFactSheet</c> and <c>updateFactSheet</c> (D16, D20–D22). Patches are applied in order; any
/// failure throws a <see cref="MutationException"/> and the caller drops the transaction (atomic, D17).
/// The caller completes the unit (rev bump, D19) after each top-level mutation.
/// </summary>
public static class FactSheetMutations
{
    /// <param name="prepare">Runs after the patches, before the events are recorded: more changes of the same call
    /// (D90 <c>cloneFactSheet</c> copies fields there), so they share its events and rev rule.</param>
    internal static FactSheet Create(WorkspaceTransaction tx, string type, string name, IReadOnlyList<PatchOperation> patches,
        Action<FactSheetPatchContext>? prepare)
    {
        var definition = tx.Model.Type(type)
            ?? throw MutationException.BusinessLogic(MutationEntityType.FactSheet, null, null,
                $"Unknown fact sheet type '{type}'. Known types: {string.Join(", ", tx.Model.Types.Keys)}.");
        if (string.IsNullOrWhiteSpace(name))
            throw MutationException.ModelCompliant(MutationEntityType.FactSheet, null, "/name", "The name of a fact sheet is mandatory.");
        var now = tx.Now;
        // D19: rev starts at 0 and is not bumped by the creating unit, so the new fact sheet is never touched.
        var factSheet = new FactSheet
        {
            Id = Guid.NewGuid(), Type = definition.Key, Name = name, CreatedAt = now, UpdatedAt = now, Rev = 0
        };
        tx.FactSheets.Add(factSheet);
        var ctx = new FactSheetPatchContext(tx, factSheet, definition, isCreate: true, comment: null);
        foreach (var patch in patches ?? []) FactSheetPatcher.Apply(ctx, patch);

        // D28: specific events first, then FACT_SHEET_CREATED. Field values travel in the created
        // event's fact sheet, so no FACT_SHEET_FIELD_UPDATED is emitted for a new fact sheet.
        prepare?.Invoke(ctx);
        var sealEvents = QualitySeal.Settle(ctx, null, contentChanged: false);
        RecordAll(tx, ctx.TagEvents, ctx.RelationEvents, ctx.StatusEvents, sealEvents);
        if (factSheet.PermittedReadAcl.Count > 0 || factSheet.PermittedWriteAcl.Count > 0)
            tx.Record(AclPatches.Changed(ctx, new FactSheet { Type = factSheet.Type, Name = factSheet.Name })!);
        tx.Record(ctx.FactSheetEvent(EventTypes.FactSheetCreated));
        return factSheet;
    }

    /// <param name="extra">Runs after the patches, before the diff: more changes of the same call (D90 relation
    /// constraints), so they share its events, rev bump and quality seal rule.</param>
    internal static FactSheet Update(WorkspaceTransaction tx, Guid id, long? rev, IReadOnlyList<PatchOperation> patches, string? comment,
        Action<FactSheetPatchContext>? extra)
    {
        var current = MutationGuards.RequireFactSheet(tx, id);
        MutationGuards.CheckRev(current, rev);
        // D66: the write ACL as it stood before this call decides.
        if (!Queries.AclVisibility.CanWrite(tx, tx.ActorId, current))
            throw MutationException.BusinessLogic(MutationEntityType.FactSheet, id, null,
                $"[ACCESS_DENIED] The user holds none of the access control entities permitted to update fact sheet '{id:D}' (permittedWriteACL).");
        var definition = tx.Model.Type(current.Type)
            ?? throw MutationException.BusinessLogic(MutationEntityType.FactSheet, id, null,
                $"Fact sheet type '{current.Type}' is not part of the data model.");
        var before = current.Clone();
        var factSheet = tx.FactSheets.Edit(id)!;
        var ctx = new FactSheetPatchContext(tx, factSheet, definition, isCreate: false, comment);
        foreach (var patch in patches ?? []) FactSheetPatcher.Apply(ctx, patch);
        extra?.Invoke(ctx);

        var fieldEvents = FieldChanges.Diff(before, factSheet, definition, comment);
        var contentChanged = fieldEvents.Count > 0 || ctx.TagEvents.Count > 0
            || ctx.RelationEvents.Any(r => r.EventType != EventTypes.RelationArchived)
            || !before.NaFields.SequenceEqual(factSheet.NaFields) || !before.TagIds.SequenceEqual(factSheet.TagIds);
        var sealEvents = QualitySeal.Settle(ctx, before.LxState, contentChanged);
        var aclEvent = AclPatches.Changed(ctx, before);
        var changed = contentChanged || ctx.RelationEvents.Count > 0 || ctx.StatusEvents.Count > 0 || before.LxState != factSheet.LxState
            || aclEvent is not null;
        // D19/D21: a call without effect (e.g. adding a tag already present) neither bumps rev nor emits events.
        if (!changed) return factSheet;
        tx.Touch(id);
        // D28 order: TAG_*, RELATION_*, FACT_SHEET_FIELD_UPDATED, ARCHIVED/RECOVERED, then FACT_SHEET_UPDATED.
        RecordAll(tx, ctx.TagEvents, ctx.RelationEvents, fieldEvents, ctx.StatusEvents, sealEvents);
        if (aclEvent is not null) tx.Record(aclEvent);
        tx.Record(ctx.FactSheetEvent(EventTypes.FactSheetUpdated));
        return factSheet;
    }

    public static FactSheet Create(WorkspaceTransaction tx, string type, string name, IReadOnlyList<PatchOperation> patches) =>
        Create(tx, type, name, patches, null);

    public static FactSheet Update(WorkspaceTransaction tx, Guid id, long? rev, IReadOnlyList<PatchOperation> patches, string? comment) =>
        Update(tx, id, rev, patches, comment, null);

    private static void RecordAll(WorkspaceTransaction tx, params List<ChangeRecord>[] groups)
    {
        foreach (var group in groups)
            foreach (var record in group) tx.Record(record);
    }
}
