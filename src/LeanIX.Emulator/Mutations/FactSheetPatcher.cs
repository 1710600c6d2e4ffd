using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Mutations;

/// <summary>Applies one fact sheet patch by path (D20 table).</summary>
internal static class FactSheetPatcher
{
    private static readonly string[] LxStates = ["DRAFT", "BROKEN_QUALITY_SEAL", "APPROVED", "REJECTED"];

    public static void Apply(FactSheetPatchContext ctx, PatchOperation patch)
    {
        var op = PatchOps.Parse(patch, MutationEntityType.FactSheet, ctx.Id);
        var path = patch.Path ?? "";
        if (!path.StartsWith('/') || path.Length == 1) throw ctx.InvalidPath(path);
        var segments = path[1..].Split('/');
        // A relation path names a directional key of the data model; a key of another type is MODEL_COMPLIANT (D22),
        // anything else (e.g. "/release/x") is simply an invalid path.
        if (segments.Length == 2 && segments[1].Length > 0 && ctx.Tx.Model.Types.Values.Any(t => t.Relations.ContainsKey(segments[0])))
        {
            RelationPatches.Apply(ctx, op, patch with { Path = path }, segments[0], segments[1]);
            return;
        }
        if (segments.Length != 1) throw ctx.InvalidPath(path);
        var fs = ctx.FactSheet;
        switch (segments[0])
        {
            case "name":
                if (op == PatchOp.Remove || MutationGuards.IsEmpty(patch.Value))
                    throw MutationException.ModelCompliant(MutationEntityType.FactSheet, fs.Id, path, "The name of a fact sheet is mandatory.");
                fs.Name = patch.Value!;
                break;
            case "description":
                fs.Description = op == PatchOp.Remove || MutationGuards.IsEmpty(patch.Value) ? null : patch.Value;
                break;
            case "status":
                StatusPatch.Apply(ctx, op, patch);
                break;
            case "lxState":
                if (op == PatchOp.Remove || MutationGuards.IsEmpty(patch.Value))
                {
                    fs.LxState = null;
                    break;
                }
                var state = patch.Value!.Trim();
                if (!LxStates.Contains(state)) throw MutationException.InvalidValue(MutationEntityType.FactSheet, fs.Id, path, state, "lxState");
                fs.LxState = state;
                if (state == QualitySeal.Approved) ctx.ApprovesSeal = true;
                break;
            case "qualitySeal":
                QualitySeal.ApplyPatch(ctx, op, patch.Value, path);
                break;
            case "permittedReadACL":
                AclPatches.Apply(ctx, op, patch.Value, path, fs.PermittedReadAcl);
                break;
            case "permittedWriteACL":
                AclPatches.Apply(ctx, op, patch.Value, path, fs.PermittedWriteAcl);
                break;
            case "naFields":
                ApplyNaFields(ctx, op, patch.Value, path);
                break;
            case "tags":
                TagPatches.Apply(ctx, op, patch with { Path = path });
                break;
            default:
                var field = ctx.Type.Field(segments[0]) ?? throw ctx.InvalidPath(path);
                var value = op == PatchOp.Remove ? null : FieldValues.FromPatch(field, patch.Value, MutationEntityType.FactSheet, fs.Id, path);
                if (field.Type == FieldType.ExternalId && fs.IsActive) CheckExternalIdUnique(ctx, field.Key, value, path);
                if (value is null) fs.Fields.Remove(field.Key);
                else fs.Fields[field.Key] = value;
                break;
        }
    }

    /// <summary>D20: <c>/naFields</c> add = union, remove = drop the listed ones (all when none listed), replace = set.</summary>
    private static void ApplyNaFields(FactSheetPatchContext ctx, PatchOp op, string? value, string path)
    {
        var fs = ctx.FactSheet;
        if (op == PatchOp.Remove && MutationGuards.IsEmpty(value))
        {
            fs.NaFields.Clear();
            return;
        }
        var keys = MutationGuards.IsEmpty(value) ? [] : JsonInput.ParseStringArray(value, MutationEntityType.FactSheet, fs.Id, path);
        foreach (var key in keys)
            if (ctx.Type.Field(key) is null && ctx.Type.Relation(key) is null)
                throw MutationException.InvalidValue(MutationEntityType.FactSheet, fs.Id, path, key, "naFields");
        switch (op)
        {
            case PatchOp.Add:
                foreach (var key in keys) if (!fs.NaFields.Contains(key)) fs.NaFields.Add(key);
                break;
            case PatchOp.Remove:
                fs.NaFields.RemoveAll(keys.Contains);
                break;
            default:
                fs.NaFields = keys.Distinct().ToList();
                break;
        }
    }

    /// <summary>D20: an external id is unique per type among ACTIVE fact sheets (MODEL_COMPLIANT, D17).</summary>
    internal static void CheckExternalIdUnique(FactSheetPatchContext ctx, string fieldKey, JsonNode? value, string path)
    {
        if (JsonInput.AsString(value?["externalId"]) is not { } externalId) return;
        var fs = ctx.FactSheet;
        if (ExternalIdUniqueness.FindClash(ctx.Tx, fieldKey, externalId, fs.Type, fs.Id) is { } clash)
            throw MutationException.ModelCompliant(MutationEntityType.FactSheet, fs.Id, path,
                $"[FS_VALIDATION_EXTERNAL_ID_NOT_UNIQUE] External id '{externalId}' is already used by fact sheet '{clash.Id:D}' of type {fs.Type}.");
        ExternalIdUniqueness.Hold(ctx.Tx, fieldKey, externalId, fs.Id);
    }
}
