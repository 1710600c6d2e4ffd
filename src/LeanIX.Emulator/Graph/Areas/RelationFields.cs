using GraphQL.Types;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;
using static LeanIX.Emulator.Graph.Areas.MutationArgs;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>
/// D90 relation mutations with the schema's signatures (upsert/delete by identifiers, copy, move) and
/// <c>updateFactSheetExternal</c>. All of them are D22 patches underneath (<see cref="RelationMutations"/>).
/// </summary>
public sealed class RelationFields : IGraphFieldContributor
{
    public void AddMutationFields(ObjectGraphType mutation, SchemaParts types)
    {
        var inputs = types.Inputs;
        var baseFactSheet = types.FactSheets.Interface;
        // [I] the inner input's name is not in the schema excerpt; its members follow the Integration API's {type, id}.
        var externalIdInput = new InputObjectGraphType { Name = "ExternalIdIdentifierType" };
        externalIdInput.Field<NonNullGraphType<StringGraphType>>("type");
        externalIdInput.Field<NonNullGraphType<StringGraphType>>("id");
        var identifier = new InputObjectGraphType { Name = "FactSheetIdentifierType" };
        identifier.AddField(new FieldType { Name = "id", Type = typeof(IdGraphType) });
        identifier.AddField(new FieldType { Name = "externalId", ResolvedType = externalIdInput });
        var relationName = new EnumerationGraphType { Name = "RelationName" };
        foreach (var key in types.Model!.Types.Values.SelectMany(t => t.Relations.Keys).Distinct().Order(StringComparer.Ordinal))
            relationName.Add(key, key);

        var relationType = RelationResultTypes.Relation(baseFactSheet);
        var upsertResponse = RelationResultTypes.Response("UpsertRelationResponse", relationType, baseFactSheet);
        var deleteResponse = RelationResultTypes.Response("DeleteRelationResponse", relationType, baseFactSheet);

        QueryArgument[] Ends() =>
        [
            Arg("from", new NonNullGraphType(identifier)), Arg("to", new NonNullGraphType(identifier)), Arg("type", new NonNullGraphType(relationName))
        ];
        mutation.Add("upsertRelation", upsertResponse, c => MutationRunner.Run(c, tx =>
        {
            var r = RelationMutations.Upsert(tx, Identifier(c, "from"), Identifier(c, "to"), c.Str("type")!, MutationRunner.Patches(c));
            return () => RelationResultTypes.Result(tx, tx.Relations.Get(r.Id) ?? r, c.Str("type")!);
        }), [.. Ends(), Arg("patches", new ListGraphType(new NonNullGraphType(inputs.Patch))), ValidateOnly()]);
        mutation.Add("deleteRelation", deleteResponse, c => MutationRunner.Run(c, tx =>
        {
            var r = RelationMutations.Delete(tx, Identifier(c, "from"), Identifier(c, "to"), c.Str("type")!);
            return () => RelationResultTypes.Result(tx, r, c.Str("type")!);
        }), [.. Ends(), ValidateOnly()]);

        QueryArgument[] CopyArgs() =>
        [
            RequiredId("factSheetId"), RequiredId("sourceFactSheetId"), Arg("relationType", typeof(NonNullGraphType<StringGraphType>)), ValidateOnly()
        ];
        foreach (var (name, move) in new[] { ("moveRelations", true), ("copyRelations", false) })
            mutation.Add(name, baseFactSheet, c => MutationRunner.Run(c, tx =>
            {
                var fs = RelationMutations.CopyOrMove(tx, MutationRunner.Id(c, "factSheetId", MutationEntityType.FactSheet),
                    MutationRunner.Id(c, "sourceFactSheetId", MutationEntityType.FactSheet), c.Str("relationType")!, move);
                return () => new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs);
            }), CopyArgs());

        var result = (IObjectGraphType)mutation.GetField("updateFactSheet")!.ResolvedType!;
        mutation.Add("updateFactSheetExternal", result, c => MutationRunner.Run(c, tx =>
            {
                var fs = RelationMutations.UpdateExternal(tx, c.Str("externalIdPath")!, MutationRunner.Patches(c), c.Str("comment"));
                return () => new FactSheetResult(new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs));
            }),
            Arg("externalIdPath", typeof(NonNullGraphType<IdGraphType>)), RequiredPatches(inputs), Arg("comment", typeof(StringGraphType)), ValidateOnly());
    }

    private static FactSheetIdentifier Identifier(GraphQL.IResolveFieldContext c, string argument)
    {
        var input = c.Raw(argument) as IDictionary<string, object?>;
        var external = input?.Get("externalId") as IDictionary<string, object?>;
        Guid? id = null;
        if (input?.Get("id") is { } rawId)
            id = Formats.ParseId(rawId) ?? throw new Errors.BusinessError($"FactSheet with id '{rawId}' not found",
                MutationErrorType.BusinessLogic, MutationEntityType.FactSheet, rawId.ToString(), null);
        return new FactSheetIdentifier(id, external?.Get("type")?.ToString(), external?.Get("id")?.ToString());
    }
}
