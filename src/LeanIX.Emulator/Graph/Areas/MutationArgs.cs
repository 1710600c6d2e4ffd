using GraphQL.Types;
using LeanIX.Emulator.Graph.Schema;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>The arguments the D16 mutation signatures share.</summary>
internal static class MutationArgs
{
    public static QueryArgument ValidateOnly() => Arg("validateOnly", typeof(BooleanGraphType), false);

    public static QueryArgument FactSheetRev() => Arg("factSheetRev", typeof(LongGraphType));

    public static QueryArgument RequiredId(string name = "id") => Arg(name, typeof(NonNullGraphType<IdGraphType>));

    public static QueryArgument Patches(InputTypes inputs) => Arg("patches", new ListGraphType(inputs.Patch));

    public static QueryArgument RequiredPatches(InputTypes inputs) => Arg("patches", new NonNullGraphType(new ListGraphType(inputs.Patch)));

    /// <summary>Relay-style paging of the <c>all…</c> queries.</summary>
    public static QueryArgument[] Paging() => [Arg("first", typeof(IntGraphType)), Arg("after", typeof(StringGraphType))];
}
