namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Bounds on one GraphQL request (issue 9). The document limits are checked on the parsed document before
/// graphql-dotnet validates or executes it, so an over-limit request costs milliseconds, whatever it asks.
/// </summary>
public sealed class GraphQLLimits
{
    /// <summary>Deepest nesting of fields (fragments add no level of their own).</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Fields and aliases requested, counted with every fragment spread expanded.</summary>
    public int MaxFields { get; set; } = 10_000;

    /// <summary>Fragment spreads once every fragment is expanded where it is spread (stops exponential chains).</summary>
    public int MaxFragmentExpansion { get; set; } = 500;

    /// <summary>
    /// The largest query cost: each connection requested costs its page size (<c>first</c>, else
    /// <see cref="AssumedPageSize"/>) times one plus the cost of what it asks per node.
    /// </summary>
    public long MaxCost { get; set; } = 2_000_000;

    /// <summary>The page size a connection without <c>first</c> is assumed to have (it returns every match, D8).</summary>
    public int AssumedPageSize { get; set; } = 1_000;

    /// <summary>
    /// The size assumed for a connection without <c>first</c> inside another connection's nodes (a fact sheet's
    /// relations, subscriptions, documents): a handful each, so the client's full selection at 1,000 per page
    /// (the naive script's dump, issue 15) stays well under <see cref="MaxCost"/>.
    /// </summary>
    public int AssumedNestedPageSize { get; set; } = 1;

    /// <summary>
    /// Queries executing at once; more wait their turn (within their time limit). Mutations never wait for
    /// this: with every core busy on readers a write would otherwise get a sliver of the CPU (issue 9).
    /// </summary>
    public int MaxConcurrentQueries { get; set; } = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Wall-clock time one request may execute before it is cancelled.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
