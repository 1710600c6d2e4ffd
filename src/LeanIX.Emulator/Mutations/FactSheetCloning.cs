using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D90 <c>cloneFactSheet(id, patches, cloningOptions, rev)</c>: a <c>createFactSheet</c> of the source's type whose
/// <c>prepare</c> step copies the source and then applies <c>patches</c>, so the clone shares the create path's
/// validation, D28 events (TAG_*, RELATION_CREATED, then FACT_SHEET_CREATED) and D19 rule (the new fact sheet has rev 0).
/// <c>rev</c> is checked against the source as <c>updateFactSheet</c> checks it (D19).
/// </summary>
public static class FactSheetCloning
{
    public static FactSheet Clone(WorkspaceTransaction tx, Guid sourceId, IReadOnlyList<PatchOperation> patches, CloningOptions options, long? rev)
    {
        var source = MutationGuards.RequireFactSheet(tx, sourceId);
        MutationGuards.CheckRev(source, rev);
        var clone = FactSheetMutations.Create(tx, source.Type, source.Name, [], ctx =>
        {
            CopyFields(ctx, source);
            if (options.Tags && source.TagIds.Count > 0) FactSheetPatcher.Apply(ctx, TagPatch(source));
            if (options.Relations) foreach (var patch in RelationPatchesOf(tx, source, ctx.Type).ToList()) FactSheetPatcher.Apply(ctx, patch);
            // The caller's patches come last so they win over the copy (e.g. a new /name or /externalId).
            foreach (var patch in patches ?? []) FactSheetPatcher.Apply(ctx, patch);
        });
        // Subscriptions and documents are entities of their own: their events follow FACT_SHEET_CREATED (D28).
        if (options.Subscriptions) SubscriptionMutations.CopyAll(tx, sourceId, clone.Id);
        if (options.Documents) DocumentMutations.CopyAll(tx, sourceId, clone.Id);
        return clone;
    }

    /// <summary>
    /// Description, field values and n/a marks. [I] External id fields are left out: D20 keeps an external id unique
    /// per type, so a copied one would always be rejected; a <c>/externalId</c> patch can give the clone its own.
    /// [I] lxState is not copied: the clone is a new, unapproved fact sheet (D92 starts it as DRAFT).
    /// </summary>
    private static void CopyFields(FactSheetPatchContext ctx, FactSheet source)
    {
        var clone = ctx.FactSheet;
        clone.Description = source.Description;
        foreach (var (key, value) in source.Fields)
            if (ctx.Type.Field(key)?.Type != FieldType.ExternalId) clone.Fields[key] = value?.DeepClone();
        clone.NaFields = [.. source.NaFields];
    }

    private static PatchOperation TagPatch(FactSheet source) =>
        new("add", "/tags", new JsonArray(source.TagIds.Select(id => (JsonNode)new JsonObject { ["tagId"] = id.ToString("D") }).ToArray()).ToJsonString());

    /// <summary>
    /// One D22 <c>add</c> per ACTIVE relation of the source, seen through the source's own directional key, with the
    /// same attributes. [I] A relation whose far end is SINGLE (e.g. <c>relToChild</c>: a child has one parent) is not
    /// copied, since the far fact sheet cannot hold a second one; relation constraints are not copied either.
    /// </summary>
    private static IEnumerable<PatchOperation> RelationPatchesOf(WorkspaceTransaction tx, FactSheet source, FactSheetTypeDefinition type)
    {
        var index = 0;
        foreach (var relation in type.Relations.Values.Where(r => !r.Far.IsSingle))
            foreach (var r in RelationMutations.Active(tx, source.Id, relation).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id))
            {
                var value = RelationMutations.Attributes(r);
                value["factSheetId"] = RelationMutations.Far(r, relation).ToString("D");
                yield return new PatchOperation("add", $"/{relation.Key}/new_clone_{index++}", value.ToJsonString());
            }
    }
}
