using GraphQLParser.AST;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Measures a parsed document without expanding it: depth, fields, fragment spreads and cost of each
/// fragment are computed once and reused wherever it is spread (memoised), so a chain of fragments that
/// each spread the previous one twice (2^n fields) is measured in time linear in the document's size.
/// Counts are doubles: they saturate at infinity instead of overflowing, and only the comparison with
/// a limit matters. A fragment cycle measures as empty; graphql-dotnet's validation reports it.
/// </summary>
public sealed class QueryAnalyzer
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Measure?> _memo = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly int _assumedPageSize;
    private readonly int _assumedNestedPageSize;

    private QueryAnalyzer(GraphQLDocument document, IReadOnlyDictionary<string, object?>? variables, int assumedPageSize, int assumedNestedPageSize)
    {
        foreach (var definition in document.Definitions)
            if (definition is GraphQLFragmentDefinition f) _fragments.TryAdd(f.FragmentName.Name.StringValue, f);
        _variables = variables;
        _assumedPageSize = assumedPageSize;
        _assumedNestedPageSize = assumedNestedPageSize;
    }

    /// <summary>The size of a selection: its depth, fields (aliases included), fragment spreads and connection cost.</summary>
    public readonly record struct Measure(double Depth, double Fields, double Spreads, double Cost)
    {
        public static Measure operator +(Measure a, Measure b) =>
            new(Math.Max(a.Depth, b.Depth), a.Fields + b.Fields, a.Spreads + b.Spreads, a.Cost + b.Cost);
    }

    /// <summary>The largest measure over the document's operations (each one may be run).</summary>
    public static Measure Analyze(GraphQLDocument document, IReadOnlyDictionary<string, object?>? variables, int assumedPageSize,
        int assumedNestedPageSize)
    {
        var analyzer = new QueryAnalyzer(document, variables, assumedPageSize, assumedNestedPageSize);
        var result = default(Measure);
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            var m = analyzer.Of(operation.SelectionSet, nested: false);
            result = new Measure(Math.Max(result.Depth, m.Depth), Math.Max(result.Fields, m.Fields),
                Math.Max(result.Spreads, m.Spreads), Math.Max(result.Cost, m.Cost));
        }
        return result;
    }

    // nested: inside another connection's nodes, where a connection without `first` holds one node's few
    // relations, subscriptions or documents rather than a whole page of the workspace.
    private Measure Of(GraphQLSelectionSet? set, bool nested)
    {
        var total = default(Measure);
        if (set is null) return total;
        foreach (var selection in set.Selections)
        {
            total += selection switch
            {
                GraphQLField field => OfField(field, nested),
                GraphQLInlineFragment inline => Of(inline.SelectionSet, nested),
                GraphQLFragmentSpread spread => OfSpread(spread.FragmentName.Name.StringValue, nested),
                _ => default
            };
        }
        return total;
    }

    private Measure OfField(GraphQLField field, bool nested)
    {
        var pageSize = PageSize(field, nested);
        var inner = Of(field.SelectionSet, nested || pageSize is not null);
        var cost = pageSize is { } size ? size * (1 + inner.Cost) : inner.Cost;
        return new Measure(1 + inner.Depth, 1 + inner.Fields, inner.Spreads, cost);
    }

    private Measure OfSpread(string name, bool nested)
    {
        // A fragment costs differently at the top and inside a connection: memoised per context.
        var key = (nested ? "n:" : "t:") + name;
        if (_memo.TryGetValue(key, out var known)) return known is { } m ? m with { Spreads = m.Spreads + 1 } : default;
        if (!_fragments.TryGetValue(name, out var fragment)) return default;
        _memo[key] = null; // in progress: a cycle measures as empty
        var measured = Of(fragment.SelectionSet, nested);
        _memo[key] = measured;
        return measured with { Spreads = measured.Spreads + 1 };
    }

    /// <summary>A connection's page size: <c>first</c> (literal or variable) or the assumed size; null for a plain field.</summary>
    private double? PageSize(GraphQLField field, bool nested)
    {
        var first = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "first");
        if (first is null) return IsConnection(field) ? (nested ? _assumedNestedPageSize : _assumedPageSize) : null;
        return first.Value switch
        {
            GraphQLIntValue i when double.TryParse(i.Value.Span, System.Globalization.CultureInfo.InvariantCulture, out var n) => Math.Max(0, n),
            GraphQLVariable v when _variables?.GetValueOrDefault(v.Name.StringValue) is { } value
                && double.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture, out var n) => Math.Max(0, n),
            _ => _assumedPageSize
        };
    }

    // Without a schema at hand a connection is recognised by D8's connection shape: asking only for its
    // totalCount still makes the service filter every match, so that costs a page as well.
    private static bool IsConnection(GraphQLField field) =>
        field.SelectionSet?.Selections.Any(s => s is GraphQLField { Name.StringValue: "edges" or "totalCount" or "pageInfo" }) == true;
}
