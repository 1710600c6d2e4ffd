using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Queries;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>Issue 15: names and search results cached per workspace version never outlive a commit or a model change.</summary>
public class VersionCacheTests
{
    [Fact]
    public async Task A_commit_is_seen_by_cached_searches_and_names()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var root = data.FactSheet("Application", "Suite", fs => fs.Fields["release"] = "1");
        var mid = data.FactSheet("Application", "Module");
        data.Relation("applicationChildParentRelation", mid, root);
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<(string? First, string? MidDisplay, int MidLevel)> Read()
        {
            var page = await client.GraphQLDataAsync("""{ allFactSheets(factSheetType: Application, first: 1) { edges { node { name } } } }""");
            var fs = (await client.GraphQLDataAsync($$"""{ factSheet(id: "{{mid}}") { displayName level } }"""))["factSheet"]!;
            return ((string?)page["allFactSheets"]!["edges"]![0]!["node"]!["name"], (string?)fs["displayName"], (int)fs["level"]!);
        }

        Assert.Equal(("Module", "Suite 1 / Module", 2), await Read());
        Assert.Equal(("Module", "Suite 1 / Module", 2), await Read()); // served from the cache

        await client.GraphQLDataAsync($$"""mutation { updateFactSheet(id: "{{root}}", patches: [{op: replace, path: "/name", value: "Alpha"}]) { factSheet { id } } }""");
        Assert.Equal(("Alpha", "Alpha 1 / Module", 2), await Read());
    }

    [Fact]
    public async Task A_model_change_publishes_a_version_with_an_empty_cache_and_transactions_are_not_cached()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        var before = host.Workspace.State;
        Assert.NotNull(VersionCache.Of(before));
        Assert.Same(VersionCache.Of(before), VersionCache.Of(before));
        using (await host.Workspace.LockAsync()) host.Workspace.ReplaceModel(host.Workspace.Model);
        var after = host.Workspace.State;
        Assert.NotSame(before, after);
        Assert.NotSame(VersionCache.Of(before), VersionCache.Of(after));
        using (await host.Workspace.LockAsync()) Assert.Null(VersionCache.Of(host.Workspace.Begin(Guid.Empty)));
    }

    [Fact]
    public async Task A_typed_search_takes_its_type_only_and_sees_a_fact_sheet_created_by_a_commit()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        data.FactSheet("Application", "Beta");
        data.FactSheet("ITComponent", "Alpha");
        data.FactSheet("Application", "alpha app");
        data.FactSheet("Application", "Archived", fs => fs.Status = LeanIX.Emulator.Domain.FactSheetStatus.Archived);
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<string[]> Names(string type)
        {
            var page = await client.GraphQLDataAsync($$"""{ allFactSheets(factSheetType: {{type}}) { totalCount edges { node { name } } } }""");
            var edges = page["allFactSheets"]!["edges"]!.AsArray();
            Assert.Equal(edges.Count, (int)page["allFactSheets"]!["totalCount"]!);
            return [.. edges.Select(e => (string)e!["node"]!["name"]!)];
        }

        Assert.Equal(["alpha app", "Beta"], await Names("Application"));
        Assert.Equal(["Alpha"], await Names("ITComponent"));
        Assert.Empty(await Names("Provider"));

        await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "Gamma", type: Application}) { factSheet { id } } }""");
        Assert.Equal(["alpha app", "Beta", "Gamma"], await Names("Application"));
        Assert.Equal(["Alpha"], await Names("ITComponent"));
    }
}
