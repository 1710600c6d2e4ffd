using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Queries: graphql-dotnet parses, validates and coerces the variables as always; then, when every root field is one
/// the direct path serves, <see cref="DirectJsonWriter"/> writes the response JSON while it resolves, without the
/// result tree (issue 15). Anything it cannot write exactly as the tree would – an error, a non-null violation, an
/// unknown value type, introspection – makes it give up, and the same request runs through the tree instead.
/// </summary>
public sealed class DirectJsonStrategy(GraphQLExecutionMode mode) : CachedFieldsStrategy
{
    /// <summary>The root fields of every preload and detail read (D8); other roots are served by the tree.</summary>
    private static readonly HashSet<string> DirectRoots = new(StringComparer.Ordinal) { "allFactSheets", "factSheet" };

    public override async Task<ExecutionResult> ExecuteAsync(GraphQL.Execution.ExecutionContext context)
    {
        if (mode.DirectJson && context.Operation.Operation == OperationType.Query && context.Schema.Query is { } root)
        {
            var body = new DirectJsonWriter(this, context).TryWrite(root, DirectRoots);
            if (body is not null)
            {
                mode.CountDirect();
                return new ExecutionResult
                {
                    Query = context.Document.Source, Document = context.Document, Operation = context.Operation,
                    Extensions = context.OutputExtensions, Executed = true, Data = body
                };
            }
        }
        return await base.ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>The fields of <paramref name="selectionSet"/> on <paramref name="type"/>, fragments and @skip/@include applied (spec CollectFields).</summary>
    internal Dictionary<string, (GraphQLField Field, FieldType FieldType)> Collect(GraphQL.Execution.ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet) =>
        base.CollectFieldsFrom(context, type, selectionSet, null);
}
