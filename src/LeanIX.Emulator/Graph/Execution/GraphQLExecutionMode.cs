namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Which execution serves a query. The direct JSON path (<see cref="DirectJsonStrategy"/>) is the default; turning it
/// off serves everything through graphql-dotnet's result tree, which tests use to prove both paths write the same bytes.
/// Not an option of the wire protocol: a process-wide switch read at the start of each request.
/// </summary>
public sealed class GraphQLExecutionMode
{
    private long _directResponses;

    public bool DirectJson { get; set; } = true;

    /// <summary>Responses the direct path wrote (the rest went through the tree).</summary>
    public long DirectResponses => Interlocked.Read(ref _directResponses);

    internal void CountDirect() => Interlocked.Increment(ref _directResponses);
}
