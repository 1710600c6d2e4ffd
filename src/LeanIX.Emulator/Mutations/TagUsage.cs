using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// How many fact sheets carry a tag (D73, D89). One rule serves <c>Tag.factSheetCount</c>, <c>Tag.deletable</c>
/// and <c>deleteTag</c>, so a tag reported deletable can always be deleted.
/// </summary>
public static class TagUsage
{
    /// <summary>D73: ACTIVE fact sheets carrying the tag (archived ones do not keep a tag in use).</summary>
    public static int FactSheetCount(IWorkspaceView view, Guid tagId) =>
        view.FactSheets.All.Count(fs => fs.IsActive && fs.TagIds.Contains(tagId));

    /// <summary>D73/D89: <c>deletable == (factSheetCount == 0)</c>.</summary>
    public static bool IsDeletable(IWorkspaceView view, Guid tagId) => FactSheetCount(view, tagId) == 0;

    /// <summary>D73: <c>TagGroup.tagCount</c>, the tags of the group (any status).</summary>
    public static int TagCount(IWorkspaceView view, Guid groupId) => view.Tags.OwnedBy(groupId).Count();
}
