using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Parses a query once and checks it against <see cref="GraphQLLimits"/> before graphql-dotnet sees it
/// (its own validation, e.g. overlapping fields, is quadratic in duplicate fields). A refusal names the
/// limit and its option, so a client knows what to change.
/// </summary>
public static class QueryLimitCheck
{
    /// <summary>Nesting the parser accepts at all; far above any MaxDepth, it only protects the parser's stack.</summary>
    private const int ParserMaxDepth = 512;

    public sealed record Outcome(GraphQLDocument? Document, string? Refusal);

    public static Outcome Check(string query, IReadOnlyDictionary<string, object?>? variables, GraphQLLimits limits)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxDepth = ParserMaxDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new Outcome(null, $"Query is too deep: it nests beyond the limit maxDepth = {limits.MaxDepth}.");
        }
        catch (GraphQLParserException)
        {
            // A syntax error: graphql-dotnet reports it in its usual D17 validation shape.
            return new Outcome(null, null);
        }
        var m = QueryAnalyzer.Analyze(document, variables, limits.AssumedPageSize, limits.AssumedNestedPageSize);
        var refusal =
            m.Depth > limits.MaxDepth ? $"Query is too deep: depth {m.Depth} is over the limit maxDepth = {limits.MaxDepth}." :
            m.Spreads > limits.MaxFragmentExpansion ? $"Query expands too many fragments: {Count(m.Spreads)} spreads are over the limit maxFragmentExpansion = {limits.MaxFragmentExpansion}." :
            m.Fields > limits.MaxFields ? $"Query requests too many fields: {Count(m.Fields)} fields and aliases are over the limit maxFields = {limits.MaxFields}." :
            m.Cost > limits.MaxCost ? $"Query is too expensive: cost {Count(m.Cost)} (connections times page sizes) is over the limit maxCost = {limits.MaxCost}." :
            null;
        return new Outcome(document, refusal);
    }

    private static string Count(double n) => n >= 1e15 ? "more than 10^15" : n.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
