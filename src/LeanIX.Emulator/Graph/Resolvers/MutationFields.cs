using GraphQL.Types;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>The Mutation root with the D16 signatures, wired to the domain mutation engine.</summary>
public static class MutationFields
{
    public static ObjectGraphType Build(InputTypes inputs, FactSheetTypes factSheets, EntityTypes entities)
    {
        var m = new ObjectGraphType { Name = "Mutation" };
        var result = new ObjectGraphType { Name = "FactSheetMutationResult" };
        result.Add("factSheet", factSheets.Interface, c => c.Src<FactSheetResult>().FactSheet);
        var patches = new ListGraphType(inputs.Patch);
        var requiredPatches = new NonNullGraphType(new ListGraphType(inputs.Patch));
        QueryArgument ValidateOnly() => Arg("validateOnly", typeof(BooleanGraphType), false);
        QueryArgument FsRev() => Arg("factSheetRev", typeof(LongGraphType));
        QueryArgument RequiredId(string name = "id") => Arg(name, typeof(NonNullGraphType<IdGraphType>));

        m.Add("createFactSheet", result, c => MutationRunner.Run(c, tx =>
            {
                var input = (IDictionary<string, object?>)c.Raw("input")!;
                var fs = FactSheetMutations.Create(tx, input.Get("type")!.ToString()!, input.Get("name")?.ToString() ?? "", MutationRunner.Patches(c));
                return () => new FactSheetResult(new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs));
            }),
            Arg("input", new NonNullGraphType(inputs.BaseFactSheetInput)), Arg("patches", patches), ValidateOnly());

        m.Add("updateFactSheet", result, c => MutationRunner.Run(c, tx =>
            {
                var id = MutationRunner.Id(c, "id", MutationEntityType.FactSheet);
                var fs = FactSheetMutations.Update(tx, id, c.Long("rev"), MutationRunner.Patches(c), c.Str("comment"));
                return () => new FactSheetResult(new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs));
            }),
            RequiredId(), Arg("rev", typeof(LongGraphType)), Arg("patches", requiredPatches), Arg("comment", typeof(StringGraphType)), ValidateOnly());

        QueryArgument[] SubscriptionArgs(string idName) =>
        [
            RequiredId(idName), FsRev(), Arg("user", new NonNullGraphType(inputs.UserInput)),
            Arg("type", new NonNullGraphType(inputs.SubscriptionType)), Arg("roleIds", new ListGraphType(new IdGraphType())),
            Arg("roles", new ListGraphType(inputs.RoleLinkInput)), ValidateOnly()
        ];
        m.Add("createSubscription", entities.Subscription, c => MutationRunner.Run(c, tx =>
        {
            var s = SubscriptionMutations.Create(tx, MutationRunner.Id(c, "factSheetId", MutationEntityType.FactSheet), c.Long("factSheetRev"),
                MutationRunner.User(c), c.Str("type")!, MutationRunner.Roles(c));
            return () => new SubscriptionNode(tx, tx.Subscriptions.Get(s.Id) ?? s);
        }), SubscriptionArgs("factSheetId"));
        m.Add("updateSubscription", entities.Subscription, c => MutationRunner.Run(c, tx =>
        {
            var s = SubscriptionMutations.Update(tx, MutationRunner.Id(c, "id", MutationEntityType.Subscription), c.Long("factSheetRev"),
                MutationRunner.User(c), c.Str("type")!, MutationRunner.Roles(c));
            return () => new SubscriptionNode(tx, tx.Subscriptions.Get(s.Id) ?? s);
        }), SubscriptionArgs("id"));
        // D16: deleteSubscription returns the fact sheet.
        m.Add("deleteSubscription", factSheets.Interface, c => MutationRunner.Run(c, tx =>
        {
            var fs = SubscriptionMutations.Delete(tx, MutationRunner.Id(c, "id", MutationEntityType.Subscription), c.Long("factSheetRev"));
            return () => new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs);
        }), RequiredId(), FsRev(), ValidateOnly());

        m.Add("createTagGroup", entities.TagGroup, c => MutationRunner.Run(c, tx =>
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
        m.Add("updateTagGroup", entities.TagGroup, c => MutationRunner.Run(c, tx =>
        {
            var g = TagMutations.UpdateTagGroup(tx, MutationRunner.Id(c, "id", MutationEntityType.TagGroup), MutationRunner.Patches(c));
            return () => new TagGroupNode(tx, tx.TagGroups.Get(g.Id) ?? g);
        }), RequiredId(), Arg("patches", requiredPatches), ValidateOnly());
        m.Add("deleteTagGroup", entities.TagGroup, c => MutationRunner.Run(c, tx =>
        {
            var g = TagMutations.DeleteTagGroup(tx, MutationRunner.Id(c, "id", MutationEntityType.TagGroup));
            return () => new TagGroupNode(tx, g);
        }), RequiredId(), ValidateOnly());

        m.Add("createTag", entities.Tag, c => MutationRunner.Run(c, tx =>
            {
                var t = TagMutations.CreateTag(tx, c.Str("name")!, c.Str("description"), c.Str("color"),
                    MutationRunner.OptionalId(c, "tagGroupId", MutationEntityType.TagGroup));
                return () => new TagNode(tx, tx.Tags.Get(t.Id) ?? t);
            }),
            Arg("name", typeof(NonNullGraphType<StringGraphType>)), Arg("description", typeof(StringGraphType)),
            Arg("color", typeof(StringGraphType)), Arg("tagGroupId", typeof(IdGraphType)), ValidateOnly());
        m.Add("updateTag", entities.Tag, c => MutationRunner.Run(c, tx =>
        {
            var t = TagMutations.UpdateTag(tx, MutationRunner.Id(c, "id", MutationEntityType.Tag), MutationRunner.Patches(c));
            return () => new TagNode(tx, tx.Tags.Get(t.Id) ?? t);
        }), RequiredId(), Arg("patches", requiredPatches), ValidateOnly());
        m.Add("deleteTag", entities.Tag, c => MutationRunner.Run(c, tx =>
        {
            var t = TagMutations.DeleteTag(tx, MutationRunner.Id(c, "id", MutationEntityType.Tag));
            return () => new TagNode(tx, t);
        }), RequiredId(), ValidateOnly());

        m.Add("createDocument", entities.Document, c => MutationRunner.Run(c, tx =>
            {
                var d = DocumentMutations.Create(tx, MutationRunner.Id(c, "factSheetId", MutationEntityType.FactSheet), c.Long("factSheetRev"),
                    c.Str("name")!, c.Str("description"), c.Str("documentType"), c.Str("metadata"), c.Str("url"), c.Str("origin"), c.Str("refId"));
                return () => new DocumentNode(tx, tx.Documents.Get(d.Id) ?? d);
            }),
            RequiredId("factSheetId"), FsRev(), Arg("name", typeof(NonNullGraphType<StringGraphType>)),
            Arg("description", typeof(StringGraphType)), Arg("documentType", typeof(StringGraphType)), Arg("metadata", typeof(StringGraphType)),
            Arg("url", typeof(StringGraphType)), Arg("origin", typeof(StringGraphType)), Arg("refId", typeof(StringGraphType)), ValidateOnly());
        m.Add("updateDocument", entities.Document, c => MutationRunner.Run(c, tx =>
        {
            var d = DocumentMutations.Update(tx, MutationRunner.Id(c, "id", MutationEntityType.Document), c.Long("factSheetRev"), MutationRunner.Patches(c));
            return () => new DocumentNode(tx, tx.Documents.Get(d.Id) ?? d);
        }), RequiredId(), FsRev(), Arg("patches", requiredPatches), ValidateOnly());
        // D16: deleteDocument answers null on success, as in the docs example.
        m.Add("deleteDocument", entities.Document, c => MutationRunner.Run(c, tx =>
        {
            DocumentMutations.Delete(tx, MutationRunner.Id(c, "id", MutationEntityType.Document), c.Long("factSheetRev"));
            return () => null;
        }), RequiredId(), FsRev(), ValidateOnly());
        return m;
    }
}
