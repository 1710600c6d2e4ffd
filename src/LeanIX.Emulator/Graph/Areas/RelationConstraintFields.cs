using GraphQL;
using GraphQL.Types;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Graph.Areas.MutationArgs;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>
/// D90 <c>createRelationConstraint</c>/<c>deleteRelationConstraint(factSheetId, constrainedRelationType,
/// constrainedRelationTargetFactSheetId, constrainingRelationType, constrainingRelationTargetFactSheetId, validateOnly):
/// BaseFactSheet</c> [C] SCHEMA-EXCERPT. The engine is <see cref="RelationConstraints"/>.
/// </summary>
public sealed class RelationConstraintFields : IGraphFieldContributor
{
    public void AddMutationFields(ObjectGraphType mutation, SchemaParts types)
    {
        QueryArgument[] Args() =>
        [
            RequiredId("factSheetId"),
            Arg("constrainedRelationType", typeof(NonNullGraphType<StringGraphType>)), RequiredId("constrainedRelationTargetFactSheetId"),
            Arg("constrainingRelationType", typeof(NonNullGraphType<StringGraphType>)), RequiredId("constrainingRelationTargetFactSheetId"),
            ValidateOnly()
        ];
        foreach (var (name, create) in new[] { ("createRelationConstraint", true), ("deleteRelationConstraint", false) })
            mutation.Add(name, types.FactSheets.Interface, c => MutationRunner.Run(c, tx =>
            {
                var id = MutationRunner.Id(c, "factSheetId", MutationEntityType.FactSheet);
                var ends = Ends(c);
                var fs = create ? RelationConstraints.Create(tx, id, ends) : RelationConstraints.Delete(tx, id, ends);
                return () => new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs);
            }), Args());
    }

    private static RelationConstraints.Ends Ends(IResolveFieldContext c) => new(
        c.Str("constrainedRelationType")!, MutationRunner.Id(c, "constrainedRelationTargetFactSheetId", MutationEntityType.FactSheet),
        c.Str("constrainingRelationType")!, MutationRunner.Id(c, "constrainingRelationTargetFactSheetId", MutationEntityType.FactSheet));
}
