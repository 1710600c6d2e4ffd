using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D92 quality seal. <c>replace /qualitySeal "approve"</c> (or <c>"APPROVED"</c>) approves. When the workspace has the
/// seal enabled, a field, relation or tag change of an APPROVED fact sheet breaks it (<c>lxState</c>
/// BROKEN_QUALITY_SEAL) – also for the other end of a changed relation, whose relations changed too.
/// A call that approves keeps the seal even when it also changes fields: the approval is the last word.
/// Events: QUALITY_SEAL_APPROVED / QUALITY_SEAL_BROKEN, recorded after the status events and before FACT_SHEET_UPDATED.
/// </summary>
internal static class QualitySeal
{
    public const string Approved = "APPROVED";
    public const string Broken = "BROKEN_QUALITY_SEAL";

    public static void ApplyPatch(FactSheetPatchContext ctx, PatchOp op, string? value, string path)
    {
        var text = value?.Trim();
        // [I] only approving is documented; anything else (including remove) is an invalid value.
        if (op == PatchOp.Remove || !(string.Equals(text, "approve", StringComparison.OrdinalIgnoreCase)
                                      || string.Equals(text, Approved, StringComparison.OrdinalIgnoreCase)))
            throw MutationException.InvalidValue(MutationEntityType.FactSheet, ctx.Id, path, text ?? "", "qualitySeal");
        ctx.FactSheet.LxState = Approved;
        ctx.ApprovesSeal = true;
    }

    /// <summary>
    /// The seal records of one create/update call, after its patches were applied. <paramref name="contentChanged"/>:
    /// the call changed a field, a relation, a tag or the n/a fields of the patched fact sheet.
    /// </summary>
    public static List<ChangeRecord> Settle(FactSheetPatchContext ctx, string? lxStateBefore, bool contentChanged)
    {
        var records = new List<ChangeRecord>();
        var fs = ctx.FactSheet;
        var enabled = ctx.Tx.Workspace.QualitySealEnabled;
        if (fs.LxState == Approved && lxStateBefore != Approved)
            records.Add(ctx.FactSheetEvent(EventTypes.QualitySealApproved, "/lxState"));
        else if (enabled && contentChanged && !ctx.ApprovesSeal && lxStateBefore == Approved && fs.LxState == Approved)
        {
            fs.LxState = Broken;
            records.Add(ctx.FactSheetEvent(EventTypes.QualitySealBroken, "/lxState"));
        }
        if (!enabled) return records;
        foreach (var other in OtherEnds(ctx))
        {
            if (ctx.Tx.FactSheets.Get(other) is not { LxState: Approved }) continue;
            ctx.Tx.FactSheets.Edit(other)!.LxState = Broken;
            ctx.Touch(other);
            records.Add(new ChangeRecord
            {
                EventType = EventTypes.QualitySealBroken, EntityType = MutationEntityType.FactSheet, EntityId = other,
                FactSheetId = other, Path = "/lxState", Message = ctx.Comment
            });
        }
        return records;
    }

    /// <summary>
    /// Fact sheets at the far end of a relation this call created, updated, switched (old and new target) or deleted.
    /// Archiving (RELATION_ARCHIVED) is a status change of the patched fact sheet, not a relation edit of the other end.
    /// </summary>
    private static IEnumerable<Guid> OtherEnds(FactSheetPatchContext ctx)
    {
        var ids = new HashSet<Guid>();
        foreach (var record in ctx.RelationEvents.Where(r => r.EventType != EventTypes.RelationArchived))
        {
            foreach (var key in new[] { "fromId", "toId" })
                if (Guid.TryParse(JsonInput.AsString(record.NewValue?[key]), out var id)) ids.Add(id);
            if (record.EventType == EventTypes.RelationSwitch && Guid.TryParse(JsonInput.AsString(record.OldValue), out var old)) ids.Add(old);
        }
        ids.Remove(ctx.Id);
        return ids;
    }
}
