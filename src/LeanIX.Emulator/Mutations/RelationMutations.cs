using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D90 relation mutations of the schema. Each one is translated into D22 relation patches and applied with
/// <see cref="FactSheetMutations.Update(WorkspaceTransaction, Guid, long?, IReadOnlyList{PatchOperation}, string?)"/>,
/// so validation, events, rev bumps, the change log and the quality seal (D92) are those of <c>updateFactSheet</c>.
/// </summary>
public static class RelationMutations
{
    private const string Entity = MutationEntityType.Relation;

    /// <summary>
    /// Creates or updates the relation <paramref name="relKey"/> from <paramref name="from"/> to <paramref name="to"/>. A
    /// to-one relation (the <c>from</c> end is SINGLE) is identified by from + key, so an upsert switches its target.
    /// <paramref name="patches"/> edit the relation's attributes on top of what it has: <c>/description</c>,
    /// <c>/activeFrom</c>, <c>/activeUntil</c>, <c>/&lt;relation field&gt;</c> [I].
    /// </summary>
    public static Relation Upsert(WorkspaceTransaction tx, FactSheetIdentifier from, FactSheetIdentifier to, string relKey,
        IReadOnlyList<PatchOperation> patches)
    {
        var (fromFs, relation) = ResolveFrom(tx, from, relKey);
        var toFs = to.Resolve(tx, "to", [relation.Far.FactSheetType]);
        var existing = Find(tx, fromFs.Id, relation, toFs.Id, anyTarget: relation.Near.IsSingle);
        var value = existing is null ? new JsonObject() : Attributes(existing);
        value["factSheetId"] = toFs.Id.ToString("D");
        foreach (var patch in patches ?? []) ApplyAttributePatch(value, patch, existing?.Id);
        var path = existing is null ? $"/{relKey}/new_upsert" : $"/{relKey}/{existing.Id:D}";
        FactSheetMutations.Update(tx, fromFs.Id, null, [new PatchOperation(existing is null ? "add" : "replace", path, value.ToJsonString())], null);
        return existing is not null ? tx.Relations.Get(existing.Id)! : Find(tx, fromFs.Id, relation, toFs.Id, anyTarget: false)!;
    }

    /// <summary>Deletes the relation; for a to-one relation also one that targets another fact sheet (schema description).</summary>
    public static Relation Delete(WorkspaceTransaction tx, FactSheetIdentifier from, FactSheetIdentifier to, string relKey)
    {
        var (fromFs, relation) = ResolveFrom(tx, from, relKey);
        var toFs = to.Resolve(tx, "to", [relation.Far.FactSheetType]);
        var existing = Find(tx, fromFs.Id, relation, toFs.Id, anyTarget: relation.Near.IsSingle)
            ?? throw MutationException.BusinessLogic(Entity, null, null,
                $"Relation '{relKey}' from '{fromFs.Id:D}' to '{toFs.Id:D}' not found");
        FactSheetMutations.Update(tx, fromFs.Id, null, [new PatchOperation("remove", $"/{relKey}/{existing.Id:D}", null)], null);
        return existing;
    }

    /// <summary>
    /// <c>copyRelations</c>/<c>moveRelations</c>: the ACTIVE relations <paramref name="relKey"/> of the source are created on
    /// the target with the same attributes (moving removes them from the source first, so to-one ends stay valid).
    /// [I] A relation the target already has, or one that would point at the target itself, is not duplicated.
    /// </summary>
    public static FactSheet CopyOrMove(WorkspaceTransaction tx, Guid targetId, Guid sourceId, string relKey, bool move)
    {
        var target = MutationGuards.RequireFactSheet(tx, targetId);
        var source = MutationGuards.RequireFactSheet(tx, sourceId);
        if (targetId == sourceId)
            throw MutationException.BusinessLogic(MutationEntityType.FactSheet, targetId, null, "Source and target fact sheet are the same.");
        var relation = RelationOf(tx, source, relKey);
        if (RelationOf(tx, target, relKey).Definition != relation.Definition)
            throw MutationException.ModelCompliant(MutationEntityType.FactSheet, targetId, null,
                $"Relation '{relKey}' means different relations for {source.Type} and {target.Type}.");
        var relations = Active(tx, sourceId, relation).ToList();
        var adds = new List<PatchOperation>();
        foreach (var r in relations)
        {
            var far = Far(r, relation);
            if (far == targetId || Active(tx, targetId, relation).Any(t => Far(t, relation) == far)) continue;
            var value = Attributes(r);
            value["factSheetId"] = far.ToString("D");
            adds.Add(new PatchOperation("add", $"/{relKey}/new_{adds.Count}", value.ToJsonString()));
        }
        if (move && relations.Count > 0)
            FactSheetMutations.Update(tx, sourceId, null, relations.Select(r => new PatchOperation("remove", $"/{relKey}/{r.Id:D}", null)).ToList(), null);
        if (adds.Count > 0) FactSheetMutations.Update(tx, targetId, null, adds, null);
        return tx.FactSheets.Get(targetId)!;
    }

    /// <summary><c>updateFactSheetExternal</c>: <c>externalId/&lt;id&gt;</c> or <c>&lt;external id field&gt;/&lt;id&gt;</c> (D90).</summary>
    public static FactSheet UpdateExternal(WorkspaceTransaction tx, string externalIdPath, IReadOnlyList<PatchOperation> patches, string? comment)
    {
        var trimmed = externalIdPath.TrimStart('/');
        var slash = trimmed.IndexOf('/');
        if (slash <= 0 || slash == trimmed.Length - 1)
            throw MutationException.BusinessLogic(MutationEntityType.FactSheet, null, null,
                $"External id path '{externalIdPath}' is invalid; use '<externalIdField>/<id>', e.g. 'externalId/{{id}}'.");
        var field = trimmed[..slash];
        if (!tx.Model.Types.Values.Any(t => t.Field(field) is { Type: FieldType.ExternalId }))
            throw MutationException.BusinessLogic(MutationEntityType.FactSheet, null, null, $"'{field}' is not an external id field of the data model.");
        var fs = FactSheetIdentifier.ByExternalId(tx, field, trimmed[(slash + 1)..]);
        return FactSheetMutations.Update(tx, fs.Id, null, patches, comment);
    }

    internal static (FactSheet FactSheet, DirectionalRelation Relation) ResolveFrom(WorkspaceTransaction tx, FactSheetIdentifier from, string relKey)
    {
        var types = tx.Model.Types.Values.Where(t => t.Relation(relKey) is not null).Select(t => t.Key).ToList();
        var fs = from.Resolve(tx, "from", types);
        return (fs, RelationOf(tx, fs, relKey));
    }

    internal static DirectionalRelation RelationOf(WorkspaceTransaction tx, FactSheet fs, string relKey) =>
        tx.Model.Type(fs.Type)?.Relation(relKey)
        ?? throw MutationException.ModelCompliant(MutationEntityType.FactSheet, fs.Id, null,
            $"Relation '{relKey}' is not defined for fact sheet type {fs.Type}.");

    internal static IEnumerable<Relation> Active(WorkspaceTransaction tx, Guid near, DirectionalRelation relation) =>
        tx.Relations.OwnedBy(near).Where(r => r.IsActive && r.DefinitionName == relation.Definition.InternalName
                                              && (relation.IsFromSide ? r.FromId : r.ToId) == near);

    internal static Relation? Find(WorkspaceTransaction tx, Guid near, DirectionalRelation relation, Guid far, bool anyTarget) =>
        Active(tx, near, relation).FirstOrDefault(r => anyTarget || Far(r, relation) == far);

    internal static Guid Far(Relation r, DirectionalRelation relation) => relation.IsFromSide ? r.ToId : r.FromId;

    /// <summary>A relation's attributes in the D22 patch value form (field values are stored as typed JSON already).</summary>
    internal static JsonObject Attributes(Relation r)
    {
        var value = new JsonObject();
        if (r.ActiveFrom is not null) value["activeFrom"] = r.ActiveFrom;
        if (r.ActiveUntil is not null) value["activeUntil"] = r.ActiveUntil;
        if (r.Description is not null) value["description"] = r.Description;
        foreach (var (key, field) in r.Fields) value[key] = field?.DeepClone();
        return value;
    }

    private static void ApplyAttributePatch(JsonObject value, PatchOperation patch, Guid? relationId)
    {
        var op = PatchOps.Parse(patch, Entity, relationId);
        var key = patch.Path?.TrimStart('/') ?? "";
        if (key.Length == 0 || key.Contains('/') || key == "factSheetId")
            throw MutationException.InvalidPath(Entity, relationId, patch.Path ?? "", "Relation schema");
        if (op == PatchOp.Remove || MutationGuards.IsEmpty(patch.Value))
        {
            value.Remove(key);
            return;
        }
        var text = patch.Value!;
        // Patch values are strings (D17); a JSON array or number in the string is a typed relation field value (D22).
        value[key] = key is "description" or "activeFrom" or "activeUntil" ? JsonValue.Create(text) : Typed(text);
    }

    private static JsonNode? Typed(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('[') || double.TryParse(trimmed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            try { return JsonNode.Parse(trimmed); }
            catch (JsonException) { }
        }
        return JsonValue.Create(text);
    }
}
