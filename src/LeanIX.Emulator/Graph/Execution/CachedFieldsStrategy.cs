using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// graphql-dotnet's serial strategy, collecting the fields of a selection set once per object type and request
/// instead of once per object (issue 15: a page of 1,000 fact sheets re-walked the same ~100 selections and
/// fragment conditions for every fact sheet and every relation edge). Per request, because <c>@skip</c> and
/// <c>@include</c> depend on its variables; the schema and the document do not change within a request.
/// </summary>
public class CachedFieldsStrategy : SerialExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQL.Execution.ExecutionContext, Dictionary<(GraphQLSelectionSet, IGraphType), Dictionary<string, (GraphQLField, FieldType)>>> _perRequest = new();

    protected override Dictionary<string, (GraphQLField field, FieldType fieldType)> CollectFieldsFrom(GraphQL.Execution.ExecutionContext context,
        IGraphType specificType, GraphQLSelectionSet selectionSet, Dictionary<string, (GraphQLField field, FieldType fieldType)>? fields)
    {
        // Merging into fields already collected is left to the base: only a fresh collection is cached.
        if (fields is { Count: > 0 }) return base.CollectFieldsFrom(context, specificType, selectionSet, fields);
        var cache = _perRequest.GetValue(context, _ => []);
        if (!cache.TryGetValue((selectionSet, specificType), out var known))
        {
            known = base.CollectFieldsFrom(context, specificType, selectionSet, null);
            cache[(selectionSet, specificType)] = new Dictionary<string, (GraphQLField, FieldType)>(known);
            return known;
        }
        fields ??= new Dictionary<string, (GraphQLField field, FieldType fieldType)>(known.Count);
        foreach (var (name, entry) in known) fields[name] = entry;
        return fields;
    }
}
