using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D21: <c>/tags</c> patches. <c>add</c> adds (present tags are a silent no-op), <c>remove</c> drops
/// (absent tags are a no-op), <c>replace</c> sets the exact list. Tags keep insertion order.
/// </summary>
internal static class TagPatches
{
    public static void Apply(FactSheetPatchContext ctx, PatchOp op, PatchOperation patch)
    {
        var fs = ctx.FactSheet;
        if (op == PatchOp.Remove && MutationGuards.IsEmpty(patch.Value))
        {
            // No list given: remove clears the path (D20).
            foreach (var id in fs.TagIds.ToList()) RemoveTag(ctx, id);
            return;
        }
        var items = JsonInput.ParseArray(patch.Value, MutationEntityType.FactSheet, ctx.Id, patch.Path);
        switch (op)
        {
            case PatchOp.Add:
                foreach (var item in items)
                    AddTag(ctx, Resolve(ctx, item, patch.Path, createByName: true)!, patch.Path);
                break;
            case PatchOp.Remove:
                foreach (var item in items)
                    if (Resolve(ctx, item, patch.Path, createByName: false) is { } tag) RemoveTag(ctx, tag.Id);
                break;
            case PatchOp.Replace:
                var wanted = new List<Tag>();
                foreach (var item in items)
                {
                    var tag = Resolve(ctx, item, patch.Path, createByName: true)!;
                    if (wanted.All(t => t.Id != tag.Id)) wanted.Add(tag);
                }
                // Removing first lets a replace swap the tag of a SINGLE group (D21).
                foreach (var id in fs.TagIds.Where(id => wanted.All(t => t.Id != id)).ToList()) RemoveTag(ctx, id);
                foreach (var tag in wanted) AddTag(ctx, tag, patch.Path);
                fs.TagIds = wanted.Select(t => t.Id).ToList();
                break;
        }
    }

    /// <summary>
    /// <c>{"tagId"}</c> must exist (BUSINESS_LOGIC); <c>{"tagName"}</c> reuses the ungrouped tag of that exact
    /// name or, when <paramref name="createByName"/>, creates one (D21). Returns null for an unknown name on remove.
    /// </summary>
    private static Tag? Resolve(FactSheetPatchContext ctx, JsonNode? item, string path, bool createByName)
    {
        if (item is JsonObject obj && JsonInput.AsString(obj["tagId"]) is { } idText)
        {
            if (!Guid.TryParse(idText, out var id))
                throw MutationException.BusinessLogic(MutationEntityType.Tag, null, path, $"Tag with id '{idText}' not found");
            return ctx.Tx.Tags.Get(id) ?? throw MutationException.NotFound(MutationEntityType.Tag, id, path);
        }
        if (item is JsonObject byName && JsonInput.AsString(byName["tagName"]) is { } name && name.Length > 0)
        {
            var existing = ctx.Tx.Tags.All.FirstOrDefault(t => t.TagGroupId is null && t.Name == name);
            if (existing is not null || !createByName) return existing;
            if (TaggingMode.OnlyPreDefined(ctx.Tx))
                throw MutationException.ModelCompliant(MutationEntityType.FactSheet, ctx.Id, path,
                    $"Tag '{name}' does not exist, and the workspace's tagging mode {TaggingMode.PreDefinedOnly} allows only existing tags.");
            var created = new Tag { Id = Guid.NewGuid(), Name = name };
            ctx.Tx.Tags.Add(created);
            ctx.TagEvents.Add(TagMutations.TagEvent(EventTypes.TagCreated, created));
            return created;
        }
        throw MutationException.ModelCompliant(MutationEntityType.FactSheet, ctx.Id, path,
            $"Each entry of '{path}' must be {{\"tagId\":…}} or {{\"tagName\":…}}.");
    }

    private static void AddTag(FactSheetPatchContext ctx, Tag tag, string path)
    {
        var fs = ctx.FactSheet;
        if (fs.TagIds.Contains(tag.Id)) return;
        if (tag.TagGroupId is { } groupId && ctx.Tx.TagGroups.Get(groupId) is { } group)
        {
            if (group.RestrictToFactSheetTypes.Count > 0 && !group.RestrictToFactSheetTypes.Contains(fs.Type))
                throw MutationException.ModelCompliant(MutationEntityType.FactSheet, fs.Id, path,
                    $"Tag '{tag.Name}' of tag group '{group.Name}' cannot be used on fact sheets of type {fs.Type}.");
            if (IsSingle(group) && fs.TagIds.Select(ctx.Tx.Tags.Get).Any(t => t?.TagGroupId == groupId))
                throw MutationException.ModelCompliant(MutationEntityType.FactSheet, fs.Id, path,
                    $"Tag group '{group.Name}' allows only one tag per fact sheet; remove the current one first.");
        }
        fs.TagIds.Add(tag.Id);
        ctx.TagEvents.Add(TagChange(ctx, EventTypes.FactSheetTagAdded, tag));
    }

    private static void RemoveTag(FactSheetPatchContext ctx, Guid tagId)
    {
        if (!ctx.FactSheet.TagIds.Remove(tagId)) return;
        var tag = ctx.Tx.Tags.Get(tagId);
        ctx.TagEvents.Add(tag is null
            ? new ChangeRecord { EventType = EventTypes.FactSheetTagRemoved, EntityType = MutationEntityType.Tag, EntityId = tagId, FactSheetId = ctx.Id, Path = "/tags", Message = ctx.Comment }
            : TagChange(ctx, EventTypes.FactSheetTagRemoved, tag));
    }

    internal static bool IsSingle(TagGroup group) => string.Equals(group.Mode, "SINGLE", StringComparison.OrdinalIgnoreCase);

    /// <summary>A tag event on a fact sheet; the value carries what the webhook payload needs (tagId, tagName, tagGroupName).</summary>
    private static ChangeRecord TagChange(FactSheetPatchContext ctx, string eventType, Tag tag)
    {
        var info = new JsonObject
        {
            ["tagId"] = tag.Id.ToString("D"),
            ["tagName"] = tag.Name,
            ["tagGroupName"] = tag.TagGroupId is { } g ? ctx.Tx.TagGroups.Get(g)?.Name : null
        };
        var added = eventType == EventTypes.FactSheetTagAdded;
        return new ChangeRecord
        {
            EventType = eventType,
            EntityType = MutationEntityType.Tag,
            EntityId = tag.Id,
            FactSheetId = ctx.Id,
            Path = "/tags",
            OldValue = added ? null : info,
            NewValue = added ? info : null,
            Message = ctx.Comment
        };
    }
}
