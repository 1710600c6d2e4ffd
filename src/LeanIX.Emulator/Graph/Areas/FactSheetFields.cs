using GraphQL.Types;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Wire;
using static LeanIX.Emulator.Graph.Areas.MutationArgs;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>Fact sheets: <c>allFactSheets</c> (D8, D9, D35), <c>factSheet</c>, create and update (D16).</summary>
public sealed class FactSheetFields : IGraphFieldContributor
{
    public void AddQueryFields(ObjectGraphType query, SchemaParts types)
    {
        var connection = types.Values.Connection("FactSheet", types.FactSheets.Interface);
        connection.Add("filterOptions", FilterOptionsType.Build(types.Inputs), c => c.Src<Connection>().Facets);
        query.Add("allFactSheets", connection, c =>
            {
                var view = c.Graph().Workspace.State;
                var request = new FactSheetSearch.Request(c.Str("factSheetType"), c.Raw("filter") as IDictionary<string, object?>,
                    c.ListArg("sort"), c.Raw("hierarchy") as IDictionary<string, object?>);
                var today = c.Graph().Today;
                var key = FactSheetSearch.Key(request);
                var snapshot = Resolvers.Paging.Snapshot(key);
                // D9: a query is filtered and sorted once per workspace version, not once per page (issue 15).
                var matches = Queries.VersionCache.Of(view) is { } cache
                    ? cache.Search($"{today:O}|{key}", () => FactSheetSearch.Run(view, today, request))
                    : FactSheetSearch.Run(view, today, request);
                // D66: a caller restricted to access control entities does not see (or count) what they do not permit.
                if (Queries.AclVisibility.ReadFilter(view, c.Graph().UserId) is { } acl) matches = matches.Where(acl.CanRead).ToList();
                return Resolvers.Paging.Page(matches, c.Int("first"), c.Str("after"), snapshot, fs => new FsNode(view, fs),
                        max: Resolvers.Paging.MaxFactSheetPage, unbounded: Resolvers.Paging.MaxFactSheetPage) // D93
                    with { Facets = new FilterOptions(view, c.Graph().Today, request, matches) };
            },
            [.. Paging(),
            Arg("factSheetType", types.Inputs.FactSheetType), Arg("filter", types.Inputs.FilterInput),
            Arg("sort", new ListGraphType(types.Inputs.Sorting)), Arg("hierarchy", types.Inputs.HierarchyInput)]);

        // D8: an unknown id is null without an error.
        query.Add("factSheet", types.FactSheets.Interface, c =>
        {
            var view = c.Graph().Workspace.State;
            return Formats.ParseId(c.Raw("id")) is { } id && view.FactSheets.Get(id) is { } fs
                && Queries.AclVisibility.ReadFilter(view, c.Graph().UserId)?.CanRead(fs) != false
                ? new FsNode(view, fs)
                : null;
        }, Arg("id", typeof(NonNullGraphType<IdGraphType>)));
    }

    public void AddMutationFields(ObjectGraphType mutation, SchemaParts types)
    {
        var result = new ObjectGraphType { Name = "FactSheetMutationResult" };
        result.Add("factSheet", types.FactSheets.Interface, c => c.Src<FactSheetResult>().FactSheet);

        mutation.Add("createFactSheet", result, c => MutationRunner.Run(c, tx =>
            {
                var input = (IDictionary<string, object?>)c.Raw("input")!;
                var fs = FactSheetMutations.Create(tx, input.Get("type")!.ToString()!, input.Get("name")?.ToString() ?? "", MutationRunner.Patches(c));
                return () => new FactSheetResult(new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs));
            }),
            Arg("input", new NonNullGraphType(types.Inputs.BaseFactSheetInput)), Patches(types.Inputs), ValidateOnly());

        mutation.Add("updateFactSheet", result, c => MutationRunner.Run(c, tx =>
            {
                var id = MutationRunner.Id(c, "id", MutationEntityType.FactSheet);
                var fs = FactSheetMutations.Update(tx, id, c.Long("rev"), MutationRunner.Patches(c), c.Str("comment"));
                return () => new FactSheetResult(new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs));
            }),
            RequiredId(), Arg("rev", typeof(LongGraphType)), RequiredPatches(types.Inputs), Arg("comment", typeof(StringGraphType)), ValidateOnly());
    }
}
