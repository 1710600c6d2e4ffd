using GraphQL.Types;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Mutations;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>
/// D73/D82 counters on the tag types: <c>Tag.factSheetCount</c> (ACTIVE carriers), <c>Tag.deletable</c>
/// (<c>factSheetCount == 0</c>, the <c>deleteTag</c> rule of D89) and <c>TagGroup.tagCount</c>. Kept apart from
/// <see cref="EntityTypes"/> because they are derived values, read through the node's view (D18).
/// </summary>
public static class TagCounterFields
{
    public static void AddTo(EntityTypes entities)
    {
        entities.Tag.Add("factSheetCount", typeof(IntGraphType), c => TagUsage.FactSheetCount(c.Src<TagNode>().View, c.Src<TagNode>().Tag.Id));
        entities.Tag.Add("deletable", typeof(BooleanGraphType), c => TagUsage.IsDeletable(c.Src<TagNode>().View, c.Src<TagNode>().Tag.Id));
        entities.TagGroup.Add("tagCount", typeof(IntGraphType), c => TagUsage.TagCount(c.Src<TagGroupNode>().View, c.Src<TagGroupNode>().Group.Id));
    }
}
