using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

public class PagingAndSortTests
{
    private static async Task<(EmulatorHost Host, GraphData Data)> StartWithApps(params string[] names)
    {
        var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        foreach (var name in names) data.FactSheet("Application", name);
        data.FactSheet("ITComponent", "zz component");
        await data.CommitAsync();
        return (host, data);
    }

    private static List<string> Names(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!).ToList();

    [Fact]
    public async Task Pages_through_all_matches_with_totalCount_and_cursors()
    {
        var (host, _) = await StartWithApps("e", "B", "a", "D", "c");
        await using var _host = host;
        using var client = new WireClient(host);
        const string query = """
            query ($after: String) {
              allFactSheets(first: 2, after: $after, filter: {facetFilters: [{facetKey: "FactSheetTypes", operator: OR, keys: ["Application"]}]}) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id name type } cursor } } }
            """;
        var names = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await client.GraphQLDataAsync(query, new JsonObject { ["after"] = after }))["allFactSheets"]!;
            Assert.Equal(5, (int)page["totalCount"]!);
            names.AddRange(Names(page));
            pages++;
            var info = page["pageInfo"]!;
            Assert.Equal(pages > 1, (bool)info["hasPreviousPage"]!);
            Assert.Equal((string?)page["edges"]!.AsArray()[^1]!["cursor"], (string?)info["endCursor"]);
            Assert.StartsWith("mix:", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)info["endCursor"]!)));
            if (!(bool)info["hasNextPage"]!) break;
            after = (string?)info["endCursor"];
        }
        Assert.Equal(3, pages);
        // D9: name ascending, case-insensitive.
        Assert.Equal(["a", "B", "c", "D", "e"], names);
    }

    [Fact]
    public async Task Without_first_all_are_returned_and_empty_result_has_null_endCursor()
    {
        var (host, _) = await StartWithApps("a", "b", "c");
        await using var _host = host;
        using var client = new WireClient(host);
        var all = (await client.GraphQLDataAsync("{ allFactSheets { totalCount edges { node { name } } } }"))["allFactSheets"]!;
        Assert.Equal(4, (int)all["totalCount"]!);
        Assert.Equal(4, all["edges"]!.AsArray().Count);
        var none = (await client.GraphQLDataAsync("""{ allFactSheets(filter: {quickSearch: "nothing-matches"}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }"""))["allFactSheets"]!;
        Assert.Equal(0, (int)none["totalCount"]!);
        Assert.Null(none["pageInfo"]!["endCursor"]);
        Assert.False((bool)none["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Cursor_from_another_query_is_rejected_with_a_graphql_error()
    {
        var (host, _) = await StartWithApps("a", "b", "c");
        await using var _host = host;
        using var client = new WireClient(host);
        var cursor = (string)(await client.GraphQLDataAsync("{ allFactSheets(first: 1, factSheetType: Application) { pageInfo { endCursor } } }"))
            ["allFactSheets"]!["pageInfo"]!["endCursor"]!;
        var result = await client.GraphQLAsync($$"""{ allFactSheets(first: 1, after: "{{cursor}}", factSheetType: ITComponent) { totalCount } }""");
        Assert.Contains("different query", (string?)result["errors"]![0]!["message"]);
        Assert.Equal("[\"allFactSheets\"]", result["errors"]![0]!["path"]!.ToJsonString());
        var garbage = await client.GraphQLAsync("""{ allFactSheets(first: 1, after: "!!notbase64") { totalCount } }""");
        Assert.Contains("Invalid cursor", (string?)garbage["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Sort_by_keys_and_order_and_unknown_sort_key_is_an_error()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        data.FactSheet("Application", "Alpha", fs => fs.Fields["businessCriticality"] = "missionCritical");
        data.FactSheet("Application", "beta", fs => fs.Fields["businessCriticality"] = "administrativeService");
        data.FactSheet("Application", "Gamma");
        await data.CommitAsync();
        using var client = new WireClient(host);
        var desc = await client.GraphQLDataAsync("""{ allFactSheets(sort: [{key: "name", order: desc}]) { edges { node { name } } } }""");
        Assert.Equal(["Gamma", "beta", "Alpha"], Names(desc["allFactSheets"]!));
        var byField = await client.GraphQLDataAsync("""{ allFactSheets(sort: [{key: "businessCriticality", order: asc}]) { edges { node { name } } } }""");
        Assert.Equal(["beta", "Alpha", "Gamma"], Names(byField["allFactSheets"]!));
        var byCreated = await client.GraphQLDataAsync("""{ allFactSheets(sort: {key: "createdAt", order: desc}) { edges { node { name } } } }""");
        Assert.Equal(["Gamma", "beta", "Alpha"], Names(byCreated["allFactSheets"]!));
        var bad = await client.GraphQLAsync("""{ allFactSheets(sort: [{key: "bogus"}]) { totalCount } }""");
        Assert.Equal("Unknown sort key 'bogus'.", (string?)bad["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task QuickSearch_matches_name_alias_externalId_and_fullTextSearch_also_description()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        data.FactSheet("Application", "Payroll", fs => fs.Fields["alias"] = "PAY");
        data.FactSheet("Application", "Ledger", fs => fs.Fields["externalId"] = new JsonObject { ["type"] = "ExternalId", ["externalId"] = "SAP-PAY-1" });
        data.FactSheet("Application", "Shop", fs => fs.Description = "pays the bills");
        await data.CommitAsync();
        using var client = new WireClient(host);
        var quick = await client.GraphQLDataAsync("""{ allFactSheets(filter: {quickSearch: "pay"}) { edges { node { name } } } }""");
        Assert.Equal(["Ledger", "Payroll"], Names(quick["allFactSheets"]!));
        var full = await client.GraphQLDataAsync("""{ allFactSheets(filter: {fullTextSearch: "pay"}) { edges { node { name } } } }""");
        Assert.Equal(["Ledger", "Payroll", "Shop"], Names(full["allFactSheets"]!));
    }
}

public class PagingUnitTests
{
    [Fact]
    public void First_is_capped_at_10000_and_cursors_encode_mix_index_snapshot()
    {
        var items = Enumerable.Range(0, 10_005).ToList();
        var page = LeanIX.Emulator.Graph.Resolvers.Paging.Page(items, 20_000, null, LeanIX.Emulator.Graph.Resolvers.QuerySnapshot.Known("snap"), i => i);
        Assert.Equal(10_000, page.Edges.Count);
        Assert.Equal(10_005, page.TotalCount);
        Assert.True(page.PageInfo.HasNextPage);
        Assert.Equal("mix:9999#snap", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(page.PageInfo.EndCursor!)));
        var rest = LeanIX.Emulator.Graph.Resolvers.Paging.Page(items, null, page.PageInfo.EndCursor, LeanIX.Emulator.Graph.Resolvers.QuerySnapshot.Known("snap"), i => i);
        Assert.Equal(5, rest.Edges.Count);
        Assert.False(rest.PageInfo.HasNextPage);
        Assert.True(rest.PageInfo.HasPreviousPage);
    }
}
