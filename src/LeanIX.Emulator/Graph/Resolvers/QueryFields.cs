using GraphQL.Types;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>The Query root (graphql.md §2): reads the committed state under the workspace lock.</summary>
public static class QueryFields
{
    public static ObjectGraphType Build(InputTypes inputs, ValueTypes values, FactSheetTypes factSheets, EntityTypes entities)
    {
        var query = new ObjectGraphType { Name = "Query" };
        var connection = values.Connection("FactSheet", factSheets.Interface);
        connection.Add("filterOptions", FilterOptionsType.Build(inputs), c => c.Src<Connection>().Facets);
        query.Add("allFactSheets", connection, c =>
            {
                var view = c.Graph().Workspace.State;
                var request = new FactSheetSearch.Request(c.Str("factSheetType"), c.Raw("filter") as IDictionary<string, object?>,
                    c.ListArg("sort"), c.Raw("hierarchy") as IDictionary<string, object?>);
                var matches = FactSheetSearch.Run(view, c.Graph().Today, request);
                return Paging.Page(matches, c.Int("first"), c.Str("after"), FactSheetSearch.Snapshot(request), fs => new FsNode(view, fs))
                    with { Facets = new FilterOptions(view, c.Graph().Today, request, matches) };
            },
            Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)),
            Fields.Arg("factSheetType", inputs.FactSheetType), Fields.Arg("filter", inputs.FilterInput),
            Fields.Arg("sort", new ListGraphType(inputs.Sorting)), Fields.Arg("hierarchy", inputs.HierarchyInput));

        // D8: an unknown id is null without an error.
        query.Add("factSheet", factSheets.Interface, c =>
        {
            var view = c.Graph().Workspace.State;
            return Formats.ParseId(c.Raw("id")) is { } id && view.FactSheets.Get(id) is { } fs ? new FsNode(view, fs) : null;
        }, Fields.Arg("id", typeof(NonNullGraphType<IdGraphType>)));

        query.Add("allTags", entities.TagConnection, c =>
        {
            var view = c.Graph().Workspace.State;
            var tags = view.Tags.All.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id).ToList();
            return Paging.Page(tags, c.Int("first"), c.Str("after"), Paging.Snapshot("allTags"), t => new TagNode(view, t));
        }, Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)));

        query.Add("allTagGroups", entities.TagGroupConnection, c =>
        {
            var view = c.Graph().Workspace.State;
            var groups = view.TagGroups.All.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id).ToList();
            return Paging.Page(groups, c.Int("first"), c.Str("after"), Paging.Snapshot("allTagGroups"), g => new TagGroupNode(view, g));
        }, Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)));

        query.Add("allSubscriptionRoles", entities.RoleConnection, c =>
        {
            var view = c.Graph().Workspace.State;
            var roles = view.SubscriptionRoles.All.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).ToList();
            return Paging.Page(roles, c.Int("first"), c.Str("after"), Paging.Snapshot("allSubscriptionRoles"), r => new RoleNode(view, r));
        }, Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)));

        // Newest first, as the fact sheet's history is shown in LeanIX.
        query.Add("allLogEvents", entities.LogEventConnection, c =>
        {
            var view = c.Graph().Workspace.State;
            var id = Formats.ParseIdOrEmpty(c.Raw("factSheetId"));
            var types = c.ListArg("eventTypes")?.Select(t => t?.ToString()).ToHashSet();
            var events = view.ChangesOf(id).Where(e => types is null || types.Count == 0 || types.Contains(e.EventType))
                .OrderByDescending(e => e.Sequence).ToList();
            return Paging.Page(events, c.Int("first"), c.Str("after"),
                Paging.Snapshot($"log:{id}:{string.Join(',', types ?? [])}"), e => new LogEventNode(view, e));
        }, Fields.Arg("factSheetId", typeof(NonNullGraphType<IdGraphType>)), Fields.Arg("eventTypes", new ListGraphType(inputs.EventType)),
            Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)));
        return query;
    }
}
