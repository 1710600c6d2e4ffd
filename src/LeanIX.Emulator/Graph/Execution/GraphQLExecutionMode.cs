namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Which execution serves a query. The direct JSON path (<see cref="DirectJsonStrategy"/>) is the default; turning it
/// off serves everything through graphql-dotnet's result tree, which tests use to prove both paths write the same bytes.
/// Not an option of the wire protocol: a process-wide switch read at the start of each request.
/// </summary>
public sealed class GraphQLExecutionMode
{
    public bool DirectJson { get; set; } = true;
}
