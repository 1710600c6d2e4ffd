using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D93: <c>allFactSheets</c> returns at most 15 000 edges per request.</summary>
public class PageSizeLimitTests
{
    [Theory]
    [InlineData("(first: 20000)")]
    [InlineData("")]
    public async Task AllFactSheets_returns_at_most_15000_edges_with_hasNextPage(string args)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        for (var i = 0; i < 15_003; i++) data.FactSheet("Application", $"app {i:D5}");
        await data.CommitAsync();
        using var client = new WireClient(host);
        var page = (await client.GraphQLDataAsync($"{{ allFactSheets{args} {{ totalCount pageInfo {{ hasNextPage endCursor }} edges {{ node {{ name }} }} }} }}"))["allFactSheets"]!;
        Assert.Equal(15_003, (int)page["totalCount"]!);
        var edges = page["edges"]!.AsArray();
        Assert.Equal(15_000, edges.Count);
        Assert.Equal("app 14999", (string?)edges[^1]!["node"]!["name"]);
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);

        var rest = (await client.GraphQLDataAsync("query ($after: String) { allFactSheets(after: $after) { edges { node { name } } } }",
            new System.Text.Json.Nodes.JsonObject { ["after"] = (string?)page["pageInfo"]!["endCursor"] }))["allFactSheets"]!;
        Assert.Equal(["app 15000", "app 15001", "app 15002"], rest["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!));
    }
}
