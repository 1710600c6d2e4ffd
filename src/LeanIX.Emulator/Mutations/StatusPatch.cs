using LeanIX.Emulator.Domain;
namespace LeanIX.Emulator.Mutations;

/// <summary>
/// <c>/status</c>: <c>ARCHIVED</c> archives, <c>ACTIVE</c> recovers (D20). Archiving also archives every
/// relation of the fact sheet (RELATION_ARCHIVED each, rev bump on the other ends); recovering does
/// not restore them (D22).
/// </summary>
internal static class StatusPatch
{
    public static void Apply(FactSheetPatchContext ctx, PatchOp op, PatchOperation patch)
    {
        var fs = ctx.FactSheet;
        if (op == PatchOp.Remove || MutationGuards.IsEmpty(patch.Value))
            throw MutationException.ModelCompliant(MutationEntityType.FactSheet, fs.Id, patch.Path,
                "The status of a fact sheet is mandatory: set ARCHIVED or ACTIVE.");
        var target = patch.Value!.Trim();
        switch (target)
        {
            case FactSheetStatus.Archived:
                Archive(ctx, patch.Path);
                break;
            case FactSheetStatus.Active:
                Recover(ctx, patch.Path);
                break;
            default:
                throw MutationException.InvalidValue(MutationEntityType.FactSheet, fs.Id, patch.Path, target, "status");
        }
    }

    private static void Archive(FactSheetPatchContext ctx, string path)
    {
        var fs = ctx.FactSheet;
        // Archiving twice must fail clearly rather than silently succeed.
        if (!fs.IsActive)
            throw MutationException.BusinessLogic(MutationEntityType.FactSheet, fs.Id, path,
                $"FactSheet with id '{fs.Id:D}' is already archived.");
        fs.Status = FactSheetStatus.Archived;
        foreach (var relation in ctx.Tx.Relations.OwnedBy(fs.Id).Where(r => r.IsActive).ToList())
        {
            var edited = ctx.Tx.Relations.Edit(relation.Id)!;
            edited.Status = FactSheetStatus.Archived;
            edited.UpdatedAt = ctx.Tx.Now;
            ctx.Touch(edited.OtherEnd(fs.Id));
            ctx.RelationEvents.Add(RelationPatches.RelationEvent(ctx, EventTypes.RelationArchived, edited, null));
        }
        ctx.StatusEvents.Add(ctx.FactSheetEvent(EventTypes.FactSheetArchived, path));
    }

    private static void Recover(FactSheetPatchContext ctx, string path)
    {
        var fs = ctx.FactSheet;
        if (fs.IsActive) return;
        // External ids are unique among ACTIVE fact sheets (D20): a recovered one must not collide.
        foreach (var field in ctx.Type.Fields.Values.Where(f => f.Type == Model.FieldType.ExternalId))
            FactSheetPatcher.CheckExternalIdUnique(ctx, field.Key, fs.Field(field.Key), path);
        fs.Status = FactSheetStatus.Active;
        ctx.StatusEvents.Add(ctx.FactSheetEvent(EventTypes.FactSheetRecovered, path));
    }
}
