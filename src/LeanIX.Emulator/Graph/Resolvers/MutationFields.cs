using GraphQL.Types;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>The Mutation root (D16). Placeholder until the domain engine is merged.</summary>
public static class MutationFields
{
    public static ObjectGraphType Build(InputTypes inputs, FactSheetTypes factSheets, EntityTypes entities)
    {
        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Add("noop", typeof(BooleanGraphType), _ => true);
        return mutation;
    }
}
