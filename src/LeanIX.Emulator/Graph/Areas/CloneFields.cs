using GraphQL.Types;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Graph.Areas.MutationArgs;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>D90 <c>cloneFactSheet(id, patches, cloningOptions, rev, validateOnly): FactSheetCloneResult</c> [C] SCHEMA-EXCERPT.</summary>
public sealed class CloneFields : IGraphFieldContributor
{
    private static readonly string[] OptionNames = ["relations", "tags", "subscriptions", "documents"];

    public void AddMutationFields(ObjectGraphType mutation, SchemaParts types)
    {
        // [I] members of CloningOptionsType (see CloningOptions) and of FactSheetCloneResult ({factSheet}, as FactSheetMutationResult).
        var options = new InputObjectGraphType { Name = "CloningOptionsType" };
        foreach (var name in OptionNames) options.Field<BooleanGraphType>(name);
        var result = new ObjectGraphType { Name = "FactSheetCloneResult" };
        result.Add("factSheet", types.FactSheets.Interface, c => c.Src<FactSheetResult>().FactSheet);

        mutation.Add("cloneFactSheet", result, c => MutationRunner.Run(c, tx =>
            {
                var fs = FactSheetCloning.Clone(tx, MutationRunner.Id(c, "id", MutationEntityType.FactSheet), MutationRunner.Patches(c),
                    Options(c.Raw("cloningOptions") as IDictionary<string, object?>), c.Long("rev"));
                return () => new FactSheetResult(new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs));
            }),
            RequiredId(), Patches(types.Inputs), Arg("cloningOptions", options), Arg("rev", typeof(LongGraphType)), ValidateOnly());
    }

    private static CloningOptions Options(IDictionary<string, object?>? input) =>
        input is null
            ? CloningOptions.None
            : new CloningOptions(Flag(input, "relations"), Flag(input, "tags"), Flag(input, "subscriptions"), Flag(input, "documents"));

    private static bool Flag(IDictionary<string, object?> input, string name) => input.TryGetValue(name, out var v) && v is true;
}
