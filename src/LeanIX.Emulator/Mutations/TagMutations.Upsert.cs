using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D82 <c>upsertTagGroup</c> and <c>upsertTag</c>: create or update by name. An update changes only the arguments
/// sent (null = not sent) and goes through the same patch code as <c>updateTagGroup</c>/<c>updateTag</c>, so the
/// rules (unique names, groups that must still hold for tagged fact sheets) and events are those of D16/D20.
/// </summary>
public static partial class TagMutations
{
    /// <summary>Matches the group by name, case-insensitively (group names are unique that way).</summary>
    public static TagGroup UpsertTagGroup(WorkspaceTransaction tx, string name, string? shortName, string? description, string? mode,
        bool? mandatory, IReadOnlyList<string>? restrictToFactSheetTypes, IReadOnlyList<string>? mandatoryForFactSheetTypes)
    {
        RequireName(name, GroupEntity, null);
        var existing = tx.TagGroups.All.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
            // [I] a new group without a mode is MULTIPLE, the schema's mode being optional here (D82).
            return CreateTagGroup(tx, name, shortName, description, mode ?? "MULTIPLE", mandatory ?? false,
                restrictToFactSheetTypes, mandatoryForFactSheetTypes);
        var patches = new List<PatchOperation>();
        if (shortName is not null) patches.Add(new("replace", "/shortName", shortName));
        if (description is not null) patches.Add(new("replace", "/description", description));
        if (mode is not null) patches.Add(new("replace", "/mode", mode));
        if (mandatory is { } m) patches.Add(new("replace", "/mandatory", m ? "true" : "false"));
        if (restrictToFactSheetTypes is not null) patches.Add(new("replace", "/restrictToFactSheetTypes", JsonList(restrictToFactSheetTypes)));
        if (mandatoryForFactSheetTypes is not null) patches.Add(new("replace", "/mandatoryForFactSheetTypes", JsonList(mandatoryForFactSheetTypes)));
        return UpdateTagGroup(tx, existing.Id, patches);
    }

    /// <summary>
    /// Matches the tag by exact name within <paramref name="tagGroupName"/> (exact group name; null = the ungrouped
    /// tags), the scope in which tag names are unique. An unknown group is a BUSINESS_LOGIC error, not a new group.
    /// </summary>
    public static Tag UpsertTag(WorkspaceTransaction tx, string name, string? tagGroupName, string? description, string? color, string? status)
    {
        RequireName(name, TagEntity, null);
        Guid? groupId = null;
        if (!string.IsNullOrEmpty(tagGroupName))
            groupId = (tx.TagGroups.All.FirstOrDefault(g => g.Name == tagGroupName)
                ?? throw MutationException.BusinessLogic(GroupEntity, null, null, $"TagGroup with name '{tagGroupName}' not found")).Id;
        var existing = tx.Tags.All.FirstOrDefault(t => t.TagGroupId == groupId && t.Name == name);
        var patches = new List<PatchOperation>();
        if (existing is not null && description is not null) patches.Add(new("replace", "/description", description));
        if (existing is not null && color is not null) patches.Add(new("replace", "/color", color));
        if (status is not null) patches.Add(new("replace", "/status", status));
        if (existing is not null) return UpdateTag(tx, existing.Id, patches);
        var created = CreateTag(tx, name, description, color, groupId);
        // A status other than the default ACTIVE is one more (TAG_UPDATED) change of the new tag.
        return patches.Count == 0 ? created : UpdateTag(tx, created.Id, patches);
    }

    private static string JsonList(IReadOnlyList<string> items) =>
        new System.Text.Json.Nodes.JsonArray(items.Select(i => (System.Text.Json.Nodes.JsonNode?)i).ToArray()).ToJsonString();
}
