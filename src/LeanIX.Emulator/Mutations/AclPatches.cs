using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D66: <c>/permittedReadACL</c> and <c>/permittedWriteACL</c> patches. The value is a JSON array of ACE ids or
/// <c>{"id"}</c> objects (admin.md §10 <c>AccessControlEntityReference</c>); replace sets the list, add joins it, remove drops
/// the listed ones (all when none are listed). An id that names no ACE is a BUSINESS_LOGIC error.
/// </summary>
internal static class AclPatches
{
    public static void Apply(FactSheetPatchContext ctx, PatchOp op, string? value, string path, List<Guid> acl)
    {
        if (op == PatchOp.Remove && MutationGuards.IsEmpty(value))
        {
            acl.Clear();
            return;
        }
        var ids = MutationGuards.IsEmpty(value) ? [] : Parse(ctx, value, path);
        switch (op)
        {
            case PatchOp.Add:
                foreach (var id in ids) if (!acl.Contains(id)) acl.Add(id);
                break;
            case PatchOp.Remove:
                acl.RemoveAll(ids.Contains);
                break;
            default:
                acl.Clear();
                acl.AddRange(ids.Distinct());
                break;
        }
    }

    /// <summary>The event of a call that changed either list; its new value carries both lists as the REST fact sheet shows them.</summary>
    public static ChangeRecord? Changed(FactSheetPatchContext ctx, FactSheet before)
    {
        var fs = ctx.FactSheet;
        if (before.PermittedReadAcl.SequenceEqual(fs.PermittedReadAcl) && before.PermittedWriteAcl.SequenceEqual(fs.PermittedWriteAcl)) return null;
        var record = ctx.FactSheetEvent(EventTypes.FactSheetAccessControlListUpdated);
        record.NewValue = new JsonObject
        {
            ["permittedReadACL"] = AclVisibility.References(ctx.Tx, fs.PermittedReadAcl),
            ["permittedWriteACL"] = AclVisibility.References(ctx.Tx, fs.PermittedWriteAcl)
        };
        return record;
    }

    private static List<Guid> Parse(FactSheetPatchContext ctx, string? value, string path)
    {
        var ids = new List<Guid>();
        foreach (var item in JsonInput.ParseArray(value, MutationEntityType.FactSheet, ctx.Id, path))
        {
            var text = item is JsonObject o ? JsonInput.AsString(o["id"]) : JsonInput.AsString(item);
            if (!Guid.TryParse(text, out var id) || ctx.Tx.Source<AccessControlEntity>().Get(id) is null)
                throw MutationException.BusinessLogic(MutationEntityType.FactSheet, ctx.Id, path,
                    $"Access control entity '{text ?? item?.ToJsonString()}' does not exist.");
            ids.Add(id);
        }
        return ids;
    }
}
