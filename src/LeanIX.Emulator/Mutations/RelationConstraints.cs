using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D90 <c>createRelationConstraint</c>/<c>deleteRelationConstraint</c>: both relations start at <c>factSheetId</c>; the
/// constrained one (e.g. <c>relApplicationToITComponent</c>) holds only in the scope of the constraining one (e.g.
/// <c>relApplicationToUserGroup</c>). Both run as the <c>extra</c> step of <c>updateFactSheet</c>, so relation creation,
/// events, rev bumps and the change log are those of D22 patches. A constraint change is a change of the constrained
/// relation: RELATION_UPDATED with <c>idsOfConstrainingRelations</c> in its snapshot [I] (REST relations carry that list).
/// </summary>
public static class RelationConstraints
{
    public sealed record Ends(string ConstrainedKey, Guid ConstrainedTargetId, string ConstrainingKey, Guid ConstrainingTargetId);

    /// <summary>Adds the constrained and constraining relations when missing, then the constraint (no effect when present).</summary>
    public static FactSheet Create(WorkspaceTransaction tx, Guid factSheetId, Ends ends)
    {
        var (constrained, constraining) = Resolve(tx, factSheetId, ends);
        return FactSheetMutations.Update(tx, factSheetId, null, [], null, ctx =>
        {
            var constrainedRel = Ensure(ctx, constrained, ends.ConstrainedTargetId, "constrained");
            var constrainingRel = Ensure(ctx, constraining, ends.ConstrainingTargetId, "constraining");
            if (Find(tx, constrainedRel.Id, constrainingRel.Id) is not null) return;
            var before = RelationPatches.Snapshot(ctx, constrainedRel);
            tx.Overlay<RelationConstraint>().Add(new RelationConstraint
            {
                Id = Guid.NewGuid(), FactSheetId = factSheetId, ConstrainedRelationId = constrainedRel.Id,
                ConstrainingRelationId = constrainingRel.Id, CreatedAt = tx.Now
            });
            RelationPatches.ConstraintsChanged(ctx, constrainedRel, before);
        });
    }

    /// <summary>
    /// Removes the constraint. [I] "deleting the necessary relations" (SCHEMA-EXCERPT description, D90): the constrained
    /// relation existed only in the scope of its constraints, so it is deleted with its last constraint (keeping it would
    /// widen it to an unconstrained relation); while other constraints remain it stays. The constraining relation always
    /// stays: it is a relation of its own (e.g. the application's user group) that other constraints may use.
    /// </summary>
    public static FactSheet Delete(WorkspaceTransaction tx, Guid factSheetId, Ends ends)
    {
        var (constrained, constraining) = Resolve(tx, factSheetId, ends);
        return FactSheetMutations.Update(tx, factSheetId, null, [], null, ctx =>
        {
            var constrainedRel = RelationMutations.Find(tx, factSheetId, constrained, ends.ConstrainedTargetId, anyTarget: false);
            var constrainingRel = RelationMutations.Find(tx, factSheetId, constraining, ends.ConstrainingTargetId, anyTarget: false);
            var constraint = constrainedRel is null || constrainingRel is null ? null : Find(tx, constrainedRel.Id, constrainingRel.Id);
            if (constraint is null)
                throw MutationException.BusinessLogic(MutationEntityType.Relation, constrainedRel?.Id, null,
                    $"Relation constraint of '{ends.ConstrainedKey}' to '{ends.ConstrainedTargetId:D}' by '{ends.ConstrainingKey}' to '{ends.ConstrainingTargetId:D}' not found");
            var before = RelationPatches.Snapshot(ctx, constrainedRel!);
            tx.Overlay<RelationConstraint>().Remove(constraint.Id);
            if (Of(tx, constrainedRel!).Any()) RelationPatches.ConstraintsChanged(ctx, constrainedRel!, before);
            else FactSheetPatcher.Apply(ctx, new PatchOperation("remove", $"/{constrained.Key}/{constrainedRel!.Id:D}", null));
        });
    }

    /// <summary>The constraints on <paramref name="relation"/> (as the constrained one), indexed under either of its ends.</summary>
    public static IEnumerable<RelationConstraint> Of(IWorkspaceView view, Relation relation) =>
        Touching(view, relation).Where(c => c.ConstrainedRelationId == relation.Id);

    /// <summary>Constraints that name <paramref name="relation"/> as constrained or constraining relation.</summary>
    internal static IEnumerable<RelationConstraint> Touching(IWorkspaceView view, Relation relation)
    {
        var source = view.Source<RelationConstraint>();
        Guid[] owners = relation.FromId == relation.ToId ? [relation.FromId] : [relation.FromId, relation.ToId];
        return owners.SelectMany(source.OwnedBy)
            .Where(c => c.ConstrainedRelationId == relation.Id || c.ConstrainingRelationId == relation.Id)
            .DistinctBy(c => c.Id);
    }

    /// <summary>
    /// D17 checks before any change: the fact sheet and both targets exist (BUSINESS_LOGIC "not found"), both keys are
    /// relations of its type (MODEL_COMPLIANT). [I] A relation key cannot constrain itself.
    /// </summary>
    private static (DirectionalRelation Constrained, DirectionalRelation Constraining) Resolve(WorkspaceTransaction tx, Guid factSheetId, Ends ends)
    {
        var fs = MutationGuards.RequireFactSheet(tx, factSheetId);
        var constrained = RelationMutations.RelationOf(tx, fs, ends.ConstrainedKey);
        var constraining = RelationMutations.RelationOf(tx, fs, ends.ConstrainingKey);
        if (constrained.Key == constraining.Key)
            throw MutationException.ModelCompliant(MutationEntityType.Relation, null, null,
                $"Relation '{constrained.Key}' cannot constrain itself; the constraining relation must be of another type.");
        MutationGuards.RequireFactSheet(tx, ends.ConstrainedTargetId);
        MutationGuards.RequireFactSheet(tx, ends.ConstrainingTargetId);
        return (constrained, constraining);
    }

    /// <summary>The ACTIVE relation to <paramref name="targetId"/>, created with a D22 add patch when missing.</summary>
    private static Relation Ensure(FactSheetPatchContext ctx, DirectionalRelation relation, Guid targetId, string label)
    {
        if (RelationMutations.Find(ctx.Tx, ctx.Id, relation, targetId, anyTarget: false) is { } existing) return existing;
        FactSheetPatcher.Apply(ctx, new PatchOperation("add", $"/{relation.Key}/new_{label}", $$"""{"factSheetId":"{{targetId:D}}"}"""));
        return RelationMutations.Find(ctx.Tx, ctx.Id, relation, targetId, anyTarget: false)!;
    }

    private static RelationConstraint? Find(WorkspaceTransaction tx, Guid constrainedId, Guid constrainingId) =>
        tx.Relations.Get(constrainedId) is { } relation
            ? Of(tx, relation).FirstOrDefault(c => c.ConstrainingRelationId == constrainingId)
            : null;
}
