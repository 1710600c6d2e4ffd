using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D78: paging loops start with an empty cursor; it means "from the start" everywhere.</summary>
public class EmptyCursorTests
{
    private static async Task<EmulatorHost> StartAsync()
    {
        var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        foreach (var name in new[] { "c", "a", "b" }) data.FactSheet("Application", name);
        await data.CommitAsync();
        return host;
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public async Task GraphQL_after_empty_or_null_starts_at_the_first_fact_sheet(string after)
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);
        var page = (await client.GraphQLDataAsync(
            $$"""{ allFactSheets(first: 2, after: {{after}}) { pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }"""))["allFactSheets"]!;
        Assert.Equal(["a", "b"], page["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!));
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)page["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task GraphQL_after_empty_string_variable_starts_at_the_first_fact_sheet()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);
        var page = (await client.GraphQLDataAsync("query ($after: String) { allFactSheets(first: 1, after: $after) { edges { node { name } } } }",
            new JsonObject { ["after"] = "" }))["allFactSheets"]!;
        Assert.Equal("a", (string?)page["edges"]![0]!["node"]!["name"]);
    }

    [Fact]
    public async Task Rest_cursor_empty_starts_at_the_first_fact_sheet()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);
        var body = await client.GetJsonAsync("services/pathfinder/v1/factSheets?pageSize=2&cursor=");
        Assert.Equal(["a", "b"], body["data"]!.AsArray().Select(fs => (string)fs!["name"]!));
        Assert.NotNull((string?)body["cursor"]);
    }
}
