using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// Tag and tag group CRUD (D13, D16, D20). Names are unique per scope (groups workspace-wide, tags
/// within their group or among ungrouped tags), so <c>{"tagName"}</c> patches resolve unambiguously (D21).
/// </summary>
public static partial class TagMutations
{
    private const string TagEntity = MutationEntityType.Tag;
    private const string GroupEntity = MutationEntityType.TagGroup;

    public static TagGroup CreateTagGroup(WorkspaceTransaction tx, string name, string? shortName, string? description, string mode,
        bool mandatory, IReadOnlyList<string>? restrictToFactSheetTypes, IReadOnlyList<string>? mandatoryForFactSheetTypes)
    {
        var group = new TagGroup
        {
            Id = Guid.NewGuid(),
            Name = RequireName(name, GroupEntity, null),
            ShortName = Empty(shortName),
            Description = Empty(description),
            Mode = ParseMode(mode, null, null),
            Mandatory = mandatory,
            RestrictToFactSheetTypes = CheckTypes(tx, restrictToFactSheetTypes, null, null),
            MandatoryForFactSheetTypes = CheckTypes(tx, mandatoryForFactSheetTypes, null, null)
        };
        CheckGroupNameFree(tx, group.Name, group.Id);
        tx.TagGroups.Add(group);
        tx.Record(GroupEvent(EventTypes.TagGroupCreated, group));
        return group;
    }

    /// <summary>D20: <c>/name, /shortName, /description, /mode, /mandatory, /restrictToFactSheetTypes</c>.</summary>
    public static TagGroup UpdateTagGroup(WorkspaceTransaction tx, Guid id, IReadOnlyList<PatchOperation> patches)
    {
        var before = tx.TagGroups.Get(id) ?? throw MutationException.NotFound(GroupEntity, id);
        var group = tx.TagGroups.Edit(id)!;
        var snapshot = GroupJson(before);
        foreach (var patch in patches ?? [])
        {
            var op = PatchOps.Parse(patch, GroupEntity, id);
            var value = op == PatchOp.Remove ? null : patch.Value;
            switch (patch.Path)
            {
                case "/name":
                    group.Name = RequireName(value, GroupEntity, id, patch.Path);
                    CheckGroupNameFree(tx, group.Name, id);
                    break;
                case "/shortName": group.ShortName = Empty(value); break;
                case "/description": group.Description = Empty(value); break;
                case "/mode": group.Mode = ParseMode(value, id, patch.Path); break;
                case "/mandatory":
                    if (MutationGuards.IsEmpty(value)) group.Mandatory = false;
                    else if (bool.TryParse(value!.Trim(), out var m)) group.Mandatory = m;
                    else throw MutationException.InvalidValue(GroupEntity, id, patch.Path, value, "mandatory");
                    break;
                case "/restrictToFactSheetTypes":
                    var types = MutationGuards.IsEmpty(value) ? [] : JsonInput.ParseStringArray(value, GroupEntity, id, patch.Path);
                    group.RestrictToFactSheetTypes = CheckTypes(tx, types, id, patch.Path);
                    break;
                case "/mandatoryForFactSheetTypes":
                    // Not in the D20 list, but upsertTagGroup (D82) can change it, so a patch can too.
                    var mandatoryFor = MutationGuards.IsEmpty(value) ? [] : JsonInput.ParseStringArray(value, GroupEntity, id, patch.Path);
                    group.MandatoryForFactSheetTypes = CheckTypes(tx, mandatoryFor, id, patch.Path);
                    break;
                default:
                    throw MutationException.InvalidPath(GroupEntity, id, patch.Path ?? "", "TagGroup schema");
            }
        }
        CheckGroupStillHolds(tx, group);
        if (JsonNode.DeepEquals(snapshot, GroupJson(group))) return group;
        tx.Record(GroupEvent(EventTypes.TagGroupUpdated, group, snapshot));
        return group;
    }

    /// <summary>D16: only a group without tags can be deleted.</summary>
    public static TagGroup DeleteTagGroup(WorkspaceTransaction tx, Guid id)
    {
        var group = tx.TagGroups.Get(id) ?? throw MutationException.NotFound(GroupEntity, id);
        var tagCount = tx.Tags.OwnedBy(id).Count();
        if (tagCount > 0)
            throw MutationException.BusinessLogic(GroupEntity, id, null,
                $"Tag group '{group.Name}' cannot be deleted: it still contains {tagCount} tag{(tagCount == 1 ? "" : "s")}; delete or move them first.");
        tx.TagGroups.Remove(id);
        tx.Record(GroupEvent(EventTypes.TagGroupDeleted, group, GroupJson(group)));
        return group;
    }

    public static Tag CreateTag(WorkspaceTransaction tx, string name, string? description, string? color, Guid? tagGroupId)
    {
        if (tagGroupId is { } g && tx.TagGroups.Get(g) is null) throw MutationException.NotFound(GroupEntity, g);
        var tag = new Tag
        {
            Id = Guid.NewGuid(),
            Name = RequireName(name, TagEntity, null),
            Description = Empty(description),
            Color = ParseColor(color, null, null),
            TagGroupId = tagGroupId
        };
        CheckTagNameFree(tx, tag);
        tx.Tags.Add(tag);
        tx.Record(TagEvent(EventTypes.TagCreated, tag));
        return tag;
    }

    /// <summary>D20: <c>/name, /description, /color, /tagGroupId, /status</c>.</summary>
    public static Tag UpdateTag(WorkspaceTransaction tx, Guid id, IReadOnlyList<PatchOperation> patches)
    {
        var before = tx.Tags.Get(id) ?? throw MutationException.NotFound(TagEntity, id);
        var snapshot = TagJson(before);
        var tag = tx.Tags.Edit(id)!;
        foreach (var patch in patches ?? [])
        {
            var op = PatchOps.Parse(patch, TagEntity, id);
            var value = op == PatchOp.Remove ? null : patch.Value;
            switch (patch.Path)
            {
                case "/name": tag.Name = RequireName(value, TagEntity, id, patch.Path); break;
                case "/description": tag.Description = Empty(value); break;
                case "/color": tag.Color = ParseColor(value, id, patch.Path); break;
                case "/status":
                    var status = value?.Trim();
                    if (status is not (FactSheetStatus.Active or FactSheetStatus.Archived))
                        throw MutationException.InvalidValue(TagEntity, id, patch.Path, value ?? "", "status");
                    tag.Status = status;
                    break;
                case "/tagGroupId":
                    if (MutationGuards.IsEmpty(value)) tag.TagGroupId = null;
                    else if (Guid.TryParse(value, out var groupId) && tx.TagGroups.Get(groupId) is not null) tag.TagGroupId = groupId;
                    else throw MutationException.BusinessLogic(GroupEntity, null, patch.Path, $"TagGroup with id '{value}' not found");
                    break;
                default:
                    throw MutationException.InvalidPath(TagEntity, id, patch.Path ?? "", "Tag schema");
            }
        }
        CheckTagNameFree(tx, tag);
        if (tag.TagGroupId != before.TagGroupId && tag.TagGroupId is { } newGroup) CheckGroupStillHolds(tx, tx.TagGroups.Get(newGroup)!);
        if (JsonNode.DeepEquals(snapshot, TagJson(tag))) return tag;
        tx.Record(TagEvent(EventTypes.TagUpdated, tag, snapshot));
        return tag;
    }

    /// <summary>
    /// D16/D89: only a tag no ACTIVE fact sheet carries can be deleted (the same count as <c>Tag.factSheetCount</c>,
    /// D73); the error names how many carry it. Archived carriers lose the tag silently: they do not keep it in use,
    /// and leaving a dangling id on them would resurface on recovery.
    /// </summary>
    public static Tag DeleteTag(WorkspaceTransaction tx, Guid id)
    {
        var tag = tx.Tags.Get(id) ?? throw MutationException.NotFound(TagEntity, id);
        var carriers = TagUsage.FactSheetCount(tx, id);
        if (carriers > 0)
            throw MutationException.BusinessLogic(TagEntity, id, null,
                $"Tag '{tag.Name}' cannot be deleted: it is assigned to {carriers} fact sheet{(carriers == 1 ? "" : "s")}; remove it from them first.");
        foreach (var archived in tx.FactSheets.All.Where(fs => fs.TagIds.Contains(id)).Select(fs => fs.Id).ToList())
            tx.FactSheets.Edit(archived)!.TagIds.Remove(id);
        tx.Tags.Remove(id);
        tx.Record(TagEvent(EventTypes.TagDeleted, tag, TagJson(tag)));
        return tag;
    }

    internal static ChangeRecord TagEvent(string eventType, Tag tag, JsonNode? oldValue = null) => new()
    {
        EventType = eventType,
        EntityType = TagEntity,
        EntityId = tag.Id,
        OldValue = oldValue,
        NewValue = eventType == EventTypes.TagDeleted ? null : TagJson(tag)
    };

    private static ChangeRecord GroupEvent(string eventType, TagGroup group, JsonNode? oldValue = null) => new()
    {
        EventType = eventType,
        EntityType = GroupEntity,
        EntityId = group.Id,
        OldValue = oldValue,
        NewValue = eventType == EventTypes.TagGroupDeleted ? null : GroupJson(group)
    };

    /// <summary>Tag keys as in REST/webhook payloads (D29: the colour is <c>bgColor</c> there).</summary>
    private static JsonObject TagJson(Tag t) => new()
    {
        ["id"] = t.Id.ToString("D"), ["name"] = t.Name, ["description"] = t.Description, ["bgColor"] = t.Color,
        ["status"] = t.Status, ["tagGroupId"] = t.TagGroupId?.ToString("D")
    };

    private static JsonObject GroupJson(TagGroup g) => new()
    {
        ["id"] = g.Id.ToString("D"), ["name"] = g.Name, ["shortName"] = g.ShortName, ["description"] = g.Description,
        ["mode"] = g.Mode, ["mandatory"] = g.Mandatory,
        ["restrictToFactSheetTypes"] = new JsonArray(g.RestrictToFactSheetTypes.Select(t => (JsonNode?)t).ToArray()),
        ["mandatoryForFactSheetTypes"] = new JsonArray(g.MandatoryForFactSheetTypes.Select(t => (JsonNode?)t).ToArray())
    };

    /// <summary>
    /// A group made SINGLE or restricted (or receiving a tag) must still hold for the fact sheets already tagged:
    /// the same data-model rules as tag patches (D21), hence MODEL_COMPLIANT.
    /// </summary>
    private static void CheckGroupStillHolds(WorkspaceTransaction tx, TagGroup group)
    {
        var tagIds = tx.Tags.OwnedBy(group.Id).Select(t => t.Id).ToHashSet();
        foreach (var fs in tx.FactSheets.All)
        {
            var count = fs.TagIds.Count(tagIds.Contains);
            if (count == 0) continue;
            if (group.RestrictToFactSheetTypes.Count > 0 && !group.RestrictToFactSheetTypes.Contains(fs.Type))
                throw MutationException.ModelCompliant(GroupEntity, group.Id, null,
                    $"Fact sheet '{fs.Id:D}' of type {fs.Type} carries tags of group '{group.Name}', which would not allow it.");
            if (TagPatches.IsSingle(group) && count > 1)
                throw MutationException.ModelCompliant(GroupEntity, group.Id, null,
                    $"Fact sheet '{fs.Id:D}' carries {count} tags of group '{group.Name}', which would allow only one.");
        }
    }

    private static void CheckGroupNameFree(WorkspaceTransaction tx, string name, Guid id)
    {
        if (tx.TagGroups.All.Any(g => g.Id != id && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw MutationException.BusinessLogic(GroupEntity, id, null, $"A tag group named '{name}' already exists.");
    }

    private static void CheckTagNameFree(WorkspaceTransaction tx, Tag tag)
    {
        if (tx.Tags.All.Any(t => t.Id != tag.Id && t.TagGroupId == tag.TagGroupId && t.Name == tag.Name))
            throw MutationException.BusinessLogic(TagEntity, tag.Id, null,
                $"A tag named '{tag.Name}' already exists {(tag.TagGroupId is null ? "among ungrouped tags" : "in this tag group")}.");
    }

    private static string RequireName(string? name, string entity, Guid? id, string? path = "/name") =>
        string.IsNullOrWhiteSpace(name)
            ? throw MutationException.BusinessLogic(entity, id, path, $"The name of a {entity} is mandatory.")
            : name;

    private static string ParseMode(string? mode, Guid? id, string? path) =>
        mode?.Trim().ToUpperInvariant() switch
        {
            "SINGLE" => "SINGLE",
            "MULTIPLE" => "MULTIPLE",
            _ => throw MutationException.BusinessLogic(GroupEntity, id, path, $"Tag group mode '{mode}' is invalid; use SINGLE or MULTIPLE.")
        };

    private static List<string> CheckTypes(WorkspaceTransaction tx, IReadOnlyList<string>? types, Guid? id, string? path)
    {
        var result = new List<string>();
        foreach (var type in types ?? [])
        {
            if (tx.Model.Type(type) is null)
                throw MutationException.BusinessLogic(GroupEntity, id, path, $"Unknown fact sheet type '{type}'.");
            if (!result.Contains(type)) result.Add(type);
        }
        return result;
    }

    /// <summary>D13: <c>#rrggbb</c>, <c>#d3d3d3</c> when none is given.</summary>
    private static string ParseColor(string? color, Guid? id, string? path)
    {
        if (MutationGuards.IsEmpty(color)) return Tag.DefaultColor;
        var c = color!.Trim();
        if (!ColorPattern().IsMatch(c))
            throw MutationException.BusinessLogic(TagEntity, id, path, $"Color '{color}' is invalid; use #rrggbb.");
        return c;
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
