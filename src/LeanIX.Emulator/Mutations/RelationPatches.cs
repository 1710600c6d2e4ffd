using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D22 relation patches on <c>/&lt;relKey&gt;/new_*</c> (create) and <c>/&lt;relKey&gt;/&lt;relationId&gt;</c>
/// (replace = update or switch, remove = delete). Either end may edit a relation through its own
/// directional key; the stored <see cref="Relation.FromId"/> is always the definition's <c>from</c> end.
/// Each change touches both ends (D19) and records one event whose fact sheet is the from end (D28).
/// </summary>
internal static class RelationPatches
{
    private const string Entity = MutationEntityType.Relation;

    public static void Apply(FactSheetPatchContext ctx, PatchOp op, PatchOperation patch, string relKey, string segment)
    {
        var relation = ctx.Type.Relation(relKey)
            ?? throw MutationException.ModelCompliant(MutationEntityType.FactSheet, ctx.Id, patch.Path,
                $"Relation '{relKey}' is not defined for fact sheet type {ctx.Type.Key}.");
        // An archived fact sheet's relations are archived (D22); new or edited ones would be live links to it.
        if (op != PatchOp.Remove && !ctx.FactSheet.IsActive)
            throw MutationException.ModelCompliant(Entity, null, patch.Path,
                $"Fact sheet '{ctx.Id:D}' is archived; recover it before adding or changing relations.");
        if (segment.StartsWith("new_", StringComparison.Ordinal))
        {
            if (op == PatchOp.Remove)
                throw MutationException.BusinessLogic(Entity, null, patch.Path, $"Relation '{segment}' does not exist and cannot be removed.");
            if (!ctx.NewRelationPaths.Add(patch.Path))
                throw MutationException.BusinessLogic(Entity, null, patch.Path,
                    $"The path '{patch.Path}' is used twice; each new relation needs its own new_ suffix.");
            Create(ctx, relation, patch);
            return;
        }
        if (!Guid.TryParse(segment, out var relationId)) throw ctx.InvalidPath(patch.Path);
        // ARCHIVED relations are invisible (D12), so they cannot be edited either.
        var existing = ctx.Tx.Relations.Get(relationId);
        if (existing is null || !existing.IsActive || existing.DefinitionName != relation.Definition.InternalName
            || Near(existing, relation) != ctx.Id)
            throw MutationException.NotFound(Entity, relationId, patch.Path);
        if (op == PatchOp.Remove) Delete(ctx, existing, patch.Path);
        else Update(ctx, relation, existing, patch); // D22: add on an existing id behaves like replace
    }

    private static void Create(FactSheetPatchContext ctx, DirectionalRelation relation, PatchOperation patch)
    {
        var input = RelationInput.Parse(relation, patch, null);
        var target = ValidateTarget(ctx, relation, input.TargetId, null, patch.Path);
        CheckConstraints(ctx, relation, target.Id, null, patch.Path);
        var now = ctx.Tx.Now;
        var created = new Relation
        {
            Id = Guid.NewGuid(),
            DefinitionName = relation.Definition.InternalName,
            FromId = relation.IsFromSide ? ctx.Id : target.Id,
            ToId = relation.IsFromSide ? target.Id : ctx.Id,
            CreatedAt = now,
            UpdatedAt = now
        };
        Assign(created, input);
        ctx.Tx.Relations.Add(created);
        ctx.Touch(ctx.Id);
        ctx.Touch(target.Id);
        ctx.RelationEvents.Add(RelationEvent(ctx, EventTypes.RelationCreated, created, null, patch.Path));
    }

    private static void Update(FactSheetPatchContext ctx, DirectionalRelation relation, Relation existing, PatchOperation patch)
    {
        var input = RelationInput.Parse(relation, patch, existing.Id);
        var oldTarget = Far(existing, relation);
        var target = ValidateTarget(ctx, relation, input.TargetId, existing.Id, patch.Path);
        CheckConstraints(ctx, relation, target.Id, existing.Id, patch.Path);
        var before = existing.Clone();
        var edited = ctx.Tx.Relations.Edit(existing.Id)!;
        // D22: the value replaces all attributes; a new target keeps the id (relation switch).
        Assign(edited, input);
        if (relation.IsFromSide) edited.ToId = target.Id;
        else edited.FromId = target.Id;
        if (SameContent(before, edited)) return; // no effect: no event, no rev bump
        edited.UpdatedAt = ctx.Tx.Now;
        ctx.Touch(ctx.Id);
        ctx.Touch(target.Id);
        var switched = target.Id != oldTarget;
        if (switched) ctx.Touch(oldTarget);
        ctx.RelationEvents.Add(switched
            ? RelationEvent(ctx, EventTypes.RelationSwitch, edited, JsonValue.Create(oldTarget.ToString("D")), patch.Path)
            : RelationEvent(ctx, EventTypes.RelationUpdated, edited, Snapshot(ctx, before), patch.Path));
    }

    private static void Delete(FactSheetPatchContext ctx, Relation existing, string path)
    {
        var snapshot = Snapshot(ctx, existing);
        // D90: a constraint needs both of its relations; [I] it goes silently with either (no event of its own).
        foreach (var constraint in RelationConstraints.Touching(ctx.Tx, existing).ToList())
            ctx.Tx.Overlay<RelationConstraint>().Remove(constraint.Id);
        ctx.Tx.Relations.Remove(existing.Id);
        ctx.Touch(existing.FromId);
        ctx.Touch(existing.ToId);
        ctx.RelationEvents.Add(new ChangeRecord
        {
            EventType = EventTypes.RelationDeleted, EntityType = Entity, EntityId = existing.Id, FactSheetId = existing.FromId,
            Path = path, OldValue = snapshot, NewValue = snapshot.DeepClone(), Message = ctx.Comment
        });
    }

    private static void Assign(Relation relation, RelationInput input)
    {
        relation.ActiveFrom = input.ActiveFrom;
        relation.ActiveUntil = input.ActiveUntil;
        relation.Description = input.Description;
        relation.Fields = new Dictionary<string, JsonNode?>(input.Fields, StringComparer.Ordinal);
    }

    /// <summary>D22: no self-relation, the target exists, is ACTIVE and has the other end's type.</summary>
    private static FactSheet ValidateTarget(FactSheetPatchContext ctx, DirectionalRelation relation, Guid targetId, Guid? relationId, string path)
    {
        if (targetId == ctx.Id)
            throw MutationException.ModelCompliant(Entity, relationId, path, $"A fact sheet cannot be related to itself ('{relation.Key}').");
        var target = ctx.Tx.FactSheets.Get(targetId)
            ?? throw MutationException.ModelCompliant(Entity, relationId, path, $"The target fact sheet '{targetId:D}' does not exist.");
        if (!target.IsActive)
            throw MutationException.ModelCompliant(Entity, relationId, path, $"The target fact sheet '{targetId:D}' is archived.");
        if (target.Type != relation.Far.FactSheetType)
            throw MutationException.ModelCompliant(Entity, relationId, path,
                $"Relation '{relation.Key}' must point to a fact sheet of type {relation.Far.FactSheetType}, but '{targetId:D}' is a {target.Type}.");
        return target;
    }

    /// <summary>D22: no duplicate (same key, same target), SINGLE multiplicity on either end, no hierarchy cycle.</summary>
    private static void CheckConstraints(FactSheetPatchContext ctx, DirectionalRelation relation, Guid targetId, Guid? relationId, string path)
    {
        var mine = ActiveOnSide(ctx, relation.Definition, ctx.Id, relation.IsFromSide).Where(r => r.Id != relationId).ToList();
        if (mine.Any(r => Far(r, relation) == targetId))
            throw MutationException.ModelCompliant(Entity, relationId, path,
                $"A relation '{relation.Key}' from '{ctx.Id:D}' to '{targetId:D}' already exists.");
        if (relation.Near.IsSingle && mine.Count > 0)
            throw MutationException.ModelCompliant(Entity, relationId, path,
                $"[FS_VALIDATION_RELATION_NOT_UNIQUE_OUTGOING] Fact sheet '{ctx.Id:D}' already has a relation '{relation.Key}'.");
        if (relation.Far.IsSingle && ActiveOnSide(ctx, relation.Definition, targetId, !relation.IsFromSide).Any(r => r.Id != relationId))
            throw MutationException.ModelCompliant(Entity, relationId, path,
                $"[FS_VALIDATION_RELATION_NOT_UNIQUE_INCOMING] Fact sheet '{targetId:D}' already has a relation '{relation.InverseKey}'.");
        if (FactSheetHierarchy.IsHierarchy(relation.Definition))
        {
            var child = relation.IsFromSide ? ctx.Id : targetId;
            var parent = relation.IsFromSide ? targetId : ctx.Id;
            if (FactSheetHierarchy.WouldCycle(ctx.Tx, child, parent, relationId))
                throw MutationException.ModelCompliant(Entity, relationId, path,
                    $"Making '{parent:D}' the parent of '{child:D}' would create a cycle in the hierarchy.");
        }
    }

    private static IEnumerable<Relation> ActiveOnSide(FactSheetPatchContext ctx, RelationDefinition definition, Guid factSheetId, bool fromSide) =>
        ctx.Tx.Relations.OwnedBy(factSheetId).Where(r =>
            r.IsActive && r.DefinitionName == definition.InternalName && (fromSide ? r.FromId : r.ToId) == factSheetId);

    private static Guid Near(Relation r, DirectionalRelation relation) => relation.IsFromSide ? r.FromId : r.ToId;

    private static Guid Far(Relation r, DirectionalRelation relation) => relation.IsFromSide ? r.ToId : r.FromId;

    private static bool SameContent(Relation a, Relation b) =>
        a.FromId == b.FromId && a.ToId == b.ToId && a.ActiveFrom == b.ActiveFrom && a.ActiveUntil == b.ActiveUntil
        && a.Description == b.Description && a.Fields.Count == b.Fields.Count
        && a.Fields.All(kv => b.Fields.TryGetValue(kv.Key, out var v) && JsonNode.DeepEquals(kv.Value, v));

    /// <summary>
    /// One event per relation change (D28), on the from end. <see cref="ChangeRecord.NewValue"/> is the relation
    /// after the change (its last state for RELATION_DELETED); <see cref="ChangeRecord.OldValue"/> is the old target
    /// id for RELATION_SWITCH (D30 <c>oldToId</c>) and the previous relation for UPDATED/DELETED.
    /// </summary>
    internal static ChangeRecord RelationEvent(FactSheetPatchContext ctx, string eventType, Relation relation, JsonNode? oldValue, string? path = null) => new()
    {
        EventType = eventType,
        EntityType = Entity,
        EntityId = relation.Id,
        FactSheetId = relation.FromId,
        Path = path,
        OldValue = oldValue,
        NewValue = Snapshot(ctx, relation),
        Message = ctx.Comment
    };

    /// <summary>
    /// D90: the constraints of a relation changed. A relation created by this same call gets its RELATION_CREATED
    /// snapshot refreshed (one event per new relation); an existing one gets RELATION_UPDATED with the old snapshot.
    /// </summary>
    internal static void ConstraintsChanged(FactSheetPatchContext ctx, Relation relation, JsonObject before)
    {
        ctx.Touch(relation.FromId);
        ctx.Touch(relation.ToId);
        var created = ctx.RelationEvents.LastOrDefault(e => e.EntityId == relation.Id && e.EventType == EventTypes.RelationCreated);
        if (created is not null) created.NewValue = Snapshot(ctx, relation);
        else ctx.RelationEvents.Add(RelationEvent(ctx, EventTypes.RelationUpdated, relation, before));
    }

    /// <summary>The relation as events carry it; <c>idsOfConstrainingRelations</c> as on REST relations (D90) [I].</summary>
    internal static JsonObject Snapshot(FactSheetPatchContext ctx, Relation r)
    {
        var definition = ctx.Tx.Model.Relations.GetValueOrDefault(r.DefinitionName);
        var fields = new JsonObject();
        foreach (var (key, value) in r.Fields) fields[key] = value?.DeepClone();
        return new JsonObject
        {
            ["id"] = r.Id.ToString("D"),
            ["definition"] = r.DefinitionName,
            ["type"] = definition?.From.Name,
            ["fromId"] = r.FromId.ToString("D"),
            ["toId"] = r.ToId.ToString("D"),
            ["activeFrom"] = r.ActiveFrom,
            ["activeUntil"] = r.ActiveUntil,
            ["description"] = r.Description,
            ["status"] = r.Status,
            ["fields"] = fields,
            ["idsOfConstrainingRelations"] = new JsonArray(RelationConstraints.Of(ctx.Tx, r)
                .Select(c => (JsonNode)JsonValue.Create(c.ConstrainingRelationId.ToString("D"))).ToArray())
        };
    }
}
