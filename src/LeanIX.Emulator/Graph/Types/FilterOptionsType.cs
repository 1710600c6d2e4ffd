using GraphQL.Types;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>GraphQL shape of <c>filterOptions</c> (graphql.md §2.1): facets with operators and counted results.</summary>
public static class FilterOptionsType
{
    public static ObjectGraphType Build(InputTypes inputs)
    {
        var result = new ObjectGraphType { Name = "FacetResult" };
        result.Add("name", typeof(StringGraphType), c => c.Src<FilterOptions.FacetResult>().Name);
        result.Add("key", typeof(StringGraphType), c => c.Src<FilterOptions.FacetResult>().Key);
        result.Add("count", typeof(LongGraphType), c => c.Src<FilterOptions.FacetResult>().Count);
        result.Add("selected", typeof(BooleanGraphType), c => c.Src<FilterOptions.FacetResult>().Selected);

        var dateFilter = new ObjectGraphType { Name = "FacetDateFilter" };
        foreach (var name in new[] { "from", "to", "type", "minDate", "maxDate" })
            dateFilter.Add(name, typeof(StringGraphType), _ => null);

        var fieldValue = new ObjectGraphType { Name = "RelationFieldFilterValue" };
        fieldValue.Add("key", typeof(StringGraphType), _ => null);
        fieldValue.Add("selected", typeof(BooleanGraphType), _ => null);
        var fieldFilter = new ObjectGraphType { Name = "RelationFieldsFilter" };
        fieldFilter.Add("fieldName", typeof(StringGraphType), _ => null);
        fieldFilter.Add("values", new ListGraphType(fieldValue), _ => null);

        var facet = new ObjectGraphType { Name = "Facet" };
        facet.Add("facetKey", typeof(StringGraphType), c => c.Src<FilterOptions.Facet>().FacetKey);
        facet.Add("possibleOperators", new ListGraphType(inputs.FacetOperator), _ => new[] { "OR", "AND", "NOR" });
        facet.Add("operator", inputs.FacetOperator, c => c.Src<FilterOptions.Facet>().Operator);
        facet.Add("total", typeof(LongGraphType), c => c.Src<FilterOptions.Facet>().Total);
        facet.Add("results", new ListGraphType(result), c => c.Src<FilterOptions.Facet>().Results);
        facet.Add("dateFilter", dateFilter, _ => null);
        facet.Add("relationFieldsFilterOperator", inputs.FacetOperator, _ => null);
        facet.Add("relationFieldsFilter", new ListGraphType(fieldFilter), _ => Array.Empty<object>());

        var options = new ObjectGraphType { Name = "FilterOptions" };
        options.Add("facets", new ListGraphType(facet), c => c.Src<FilterOptions>().Facets());
        return options;
    }
}
