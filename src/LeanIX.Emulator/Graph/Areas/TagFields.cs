using GraphQL.Types;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Graph.Areas.MutationArgs;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>Tags and tag groups: the lists and their create, update and delete (D16, D21).</summary>
public sealed class TagFields : IGraphFieldContributor
{
    public void AddQueryFields(ObjectGraphType query, SchemaParts types)
    {
        TagCounterFields.AddTo(types.Entities);
        // D82: [I] the input type's name is not documented; its members are.
        var tagFilter = new InputObjectGraphType { Name = "TagFilter" };
        tagFilter.Field<StringGraphType>("tagGroupName");
        tagFilter.Field<StringGraphType>("nameSubstring");

        query.Add("allTags", types.Entities.TagConnection, c =>
        {
            var view = c.Graph().Workspace.State;
            var filter = c.Raw("filter") as IDictionary<string, object?>;
            var tags = TagQueries.Filter(view, filter);
            var snapshot = $"allTags:{filter?.Get("tagGroupName")}:{filter?.Get("nameSubstring")}";
            return Resolvers.Paging.Page(tags, c.Int("first"), c.Str("after"), Resolvers.Paging.Snapshot(snapshot), t => new TagNode(view, t));
        }, [.. Paging(), Arg("filter", tagFilter)]);

        query.Add("allTagGroups", types.Entities.TagGroupConnection, c =>
        {
            var view = c.Graph().Workspace.State;
            var sort = c.ListArg("sort");
            var groups = TagQueries.Sort(view, sort);
            var snapshot = "allTagGroups:" + System.Text.Json.JsonSerializer.Serialize(sort);
            return Resolvers.Paging.Page(groups, c.Int("first"), c.Str("after"), Resolvers.Paging.Snapshot(snapshot), g => new TagGroupNode(view, g));
        }, [.. Paging(), Arg("sort", new ListGraphType(types.Inputs.Sorting))]);
    }

    public void AddMutationFields(ObjectGraphType mutation, SchemaParts types)
    {
        var inputs = types.Inputs;
        var entities = types.Entities;
        mutation.Add("createTagGroup", entities.TagGroup, c => MutationRunner.Run(c, tx =>
            {
                var g = TagMutations.CreateTagGroup(tx, c.Str("name")!, c.Str("shortName"), c.Str("description"), c.Str("mode")!,
                    c.Bool("mandatory"), MutationRunner.Strings(c, "restrictToFactSheetTypes"), MutationRunner.Strings(c, "mandatoryForFactSheetTypes"));
                return () => new TagGroupNode(tx, tx.TagGroups.Get(g.Id) ?? g);
            }),
            Arg("name", typeof(NonNullGraphType<StringGraphType>)), Arg("shortName", typeof(StringGraphType)),
            Arg("description", typeof(StringGraphType)), Arg("mode", new NonNullGraphType(inputs.TagGroupMode)),
            Arg("mandatory", typeof(BooleanGraphType), false),
            Arg("restrictToFactSheetTypes", new ListGraphType(new NonNullGraphType(inputs.FactSheetType))),
            Arg("mandatoryForFactSheetTypes", new ListGraphType(new NonNullGraphType(inputs.FactSheetType))), ValidateOnly());
        mutation.Add("updateTagGroup", entities.TagGroup, c => MutationRunner.Run(c, tx =>
        {
            var g = TagMutations.UpdateTagGroup(tx, MutationRunner.Id(c, "id", MutationEntityType.TagGroup), MutationRunner.Patches(c));
            return () => new TagGroupNode(tx, tx.TagGroups.Get(g.Id) ?? g);
        }), RequiredId(), RequiredPatches(inputs), ValidateOnly());
        mutation.Add("deleteTagGroup", entities.TagGroup, c => MutationRunner.Run(c, tx =>
        {
            var g = TagMutations.DeleteTagGroup(tx, MutationRunner.Id(c, "id", MutationEntityType.TagGroup));
            return () => new TagGroupNode(tx, g);
        }), RequiredId(), ValidateOnly());

        mutation.Add("createTag", entities.Tag, c => MutationRunner.Run(c, tx =>
            {
                var t = TagMutations.CreateTag(tx, c.Str("name")!, c.Str("description"), c.Str("color"),
                    MutationRunner.OptionalId(c, "tagGroupId", MutationEntityType.TagGroup));
                return () => new TagNode(tx, tx.Tags.Get(t.Id) ?? t);
            }),
            Arg("name", typeof(NonNullGraphType<StringGraphType>)), Arg("description", typeof(StringGraphType)),
            Arg("color", typeof(StringGraphType)), Arg("tagGroupId", typeof(IdGraphType)), ValidateOnly());
        mutation.Add("updateTag", entities.Tag, c => MutationRunner.Run(c, tx =>
        {
            var t = TagMutations.UpdateTag(tx, MutationRunner.Id(c, "id", MutationEntityType.Tag), MutationRunner.Patches(c));
            return () => new TagNode(tx, tx.Tags.Get(t.Id) ?? t);
        }), RequiredId(), RequiredPatches(inputs), ValidateOnly());
        mutation.Add("deleteTag", entities.Tag, c => MutationRunner.Run(c, tx =>
        {
            var t = TagMutations.DeleteTag(tx, MutationRunner.Id(c, "id", MutationEntityType.Tag));
            return () => new TagNode(tx, t);
        }), RequiredId(), ValidateOnly());

        // D82: create or update by name; only the arguments sent change an existing group or tag.
        mutation.Add("upsertTagGroup", entities.TagGroup, c => MutationRunner.Run(c, tx =>
            {
                var g = TagMutations.UpsertTagGroup(tx, c.Str("name")!, c.Str("shortName"), c.Str("description"), c.Str("mode"),
                    c.Raw("mandatory") as bool?, MutationRunner.Strings(c, "restrictToFactSheetTypes"), MutationRunner.Strings(c, "mandatoryForFactSheetTypes"));
                return () => new TagGroupNode(tx, tx.TagGroups.Get(g.Id) ?? g);
            }),
            Arg("name", typeof(NonNullGraphType<StringGraphType>)), Arg("shortName", typeof(StringGraphType)),
            Arg("description", typeof(StringGraphType)), Arg("mode", inputs.TagGroupMode), Arg("mandatory", typeof(BooleanGraphType)),
            Arg("restrictToFactSheetTypes", new ListGraphType(new NonNullGraphType(inputs.FactSheetType))),
            Arg("mandatoryForFactSheetTypes", new ListGraphType(new NonNullGraphType(inputs.FactSheetType))), ValidateOnly());
        // The schema excerpt has no status argument; D82 adds it.
        mutation.Add("upsertTag", entities.Tag, c => MutationRunner.Run(c, tx =>
            {
                var t = TagMutations.UpsertTag(tx, c.Str("name")!, c.Str("tagGroupName"), c.Str("description"), c.Str("color"), c.Str("status"));
                return () => new TagNode(tx, tx.Tags.Get(t.Id) ?? t);
            }),
            Arg("name", typeof(NonNullGraphType<StringGraphType>)), Arg("tagGroupName", typeof(StringGraphType)),
            Arg("description", typeof(StringGraphType)), Arg("color", typeof(StringGraphType)), Arg("status", typeof(StringGraphType)), ValidateOnly());
    }
}
