using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>Issue 9, deliver 2: documents over a limit are refused before execution, quickly, naming the limit.</summary>
public class GraphQLLimitTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private WireClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync("demo", configure: o => o.RateLimitPerMinute = 0);
        _client = new WireClient(_host);
        await _client.AccessTokenAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<string> RefusedAsync(string query, string limit, object? variables = null)
    {
        var watch = Stopwatch.StartNew();
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = System.Text.Json.JsonSerializer.SerializeToNode(variables);
        using var response = await _client.SendAsync(HttpMethod.Post, "services/pathfinder/v1/graphql", body);
        var errors = await Shapes.D17Async(response);
        watch.Stop();
        var message = errors[0]!["message"]!.GetValue<string>();
        Assert.Contains(limit, message);
        // "Within milliseconds": generous for a loaded CI machine, far below the seconds the cases took before.
        Assert.True(watch.ElapsedMilliseconds < 2000, $"refused after {watch.ElapsedMilliseconds} ms");
        return message;
    }

    [Fact]
    public Task A_chain_of_fragments_each_spreading_the_previous_twice_is_refused() =>
        RefusedAsync(Hostile.FragmentChain(40), "maxFragmentExpansion");

    [Fact]
    public Task An_alias_flood_is_refused() => RefusedAsync(Hostile.AliasFlood(6_000), "maxFields");

    [Fact]
    public Task A_smaller_alias_flood_of_connections_is_refused_by_cost() => RefusedAsync(Hostile.AliasFlood(2_500), "maxCost");

    [Fact]
    public Task Duplicate_fields_are_refused() => RefusedAsync(Hostile.DuplicateFields(12_000), "maxFields");

    [Fact]
    public Task Deep_nesting_is_refused() => RefusedAsync(Hostile.Nested(30), "maxDepth");

    [Fact]
    public Task Nesting_deeper_than_the_parser_allows_is_refused() => RefusedAsync(Hostile.DeepFields(20_000), "maxDepth");

    [Fact]
    public Task Nested_connections_with_large_pages_are_refused_by_cost() =>
        RefusedAsync("{ allFactSheets(first: 10000) { edges { node { ... on Application { relApplicationToITComponent(first: 10000) { edges { node { id } } } } } } } }", "maxCost");

    [Fact]
    public Task Page_sizes_from_variables_count_too() =>
        RefusedAsync("query Q($n: Int) { allFactSheets(first: $n) { edges { node { ... on Application { relApplicationToITComponent(first: $n) { edges { node { id } } } } } } } }",
            "maxCost", new { n = 10_000 });

    [Fact]
    public async Task Ordinary_queries_stay_under_every_limit()
    {
        var data = await _client.GraphQLDataAsync("""
            query { allFactSheets(first: 50, filter: { facetFilters: [{ facetKey: "FactSheetTypes", keys: ["Application"] }] }) {
              totalCount edges { node { id name ...A } } } }
            fragment A on Application { relApplicationToITComponent { edges { node { factSheet { id name } } } } tags { id name } }
            """);
        Assert.True(data["allFactSheets"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_full_page_every_client_asks_for_stays_under_every_limit()
    {
        // A page of the documented maximum (D93) with every relation of Application, subscriptions, tags and
        // documents: what the naive script and the client's preload ask. Connections inside a node count one each.
        var model = _host.Workspace.State.Model;
        var relations = string.Join(' ', model.Type("Application")!.Relations.Keys.Select(key => $"{key} {{ edges {{ node {{ id factSheet {{ id name }} }} }} }}"));
        Assert.True(relations.Length > 0);
        var data = await _client.GraphQLDataAsync($$"""
            { allFactSheets(first: 15000, factSheetType: Application) { totalCount edges { node { id name
              subscriptions { edges { node { id } } } documents { edges { node { id } } } tags { id }
              ... on Application { {{relations}} } } } } }
            """);
        Assert.True(data["allFactSheets"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_full_page_of_fact_sheets_with_every_nested_connection_is_not_too_expensive()
    {
        // The naive dump (issue 15): 1,000 per page with subscriptions, documents and every relation, none with `first`.
        var relations = string.Concat(Enumerable.Repeat(" relApplicationToITComponent { edges { node { id factSheet { id } } } }", 12)
            .Select((r, i) => $" r{i}:" + r));
        var data = await _client.GraphQLDataAsync("{ allFactSheets(first: 1000) { totalCount edges { node { id " +
            "subscriptions { edges { node { id } } } documents { edges { node { id } } } ... on Application {" + relations + " } } } } }");
        Assert.True(data["allFactSheets"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_request_past_the_execution_limit_is_cancelled_with_an_error()
    {
        var clock = TestClock.Start();
        var options = new EmulatorOptions { RateLimitPerMinute = 0 };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "demo" });
        options.GraphQL.ExecutionTimeout = TimeSpan.FromSeconds(30);
        await using var host = await EmulatorHost.StartAsync(options, clock);
        using var client = new WireClient(host);
        var bearer = await client.AccessTokenAsync();

        // Holding the write turn in-process keeps the mutation waiting; only the (fake) clock can end it.
        var turn = await host.Workspace.LockAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "services/pathfinder/v1/graphql")
        {
            Content = new StringContent("""{"query":"mutation { createFactSheet(input: {name: \"Slow\", type: Application}) { factSheet { id } } }"}""", Encoding.UTF8, "application/json")
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var pending = client.Http.SendAsync(request);
        await Eventually.TrueAsync(() => pending.IsCompleted, "the mutation to be cancelled", () => clock.Advance(TimeSpan.FromSeconds(31)));
        turn.Dispose();
        using var response = await pending;
        var errors = await Shapes.D17Async(response);
        Assert.Contains("executionTimeout", errors[0]!["message"]!.GetValue<string>());
        var count = await client.GraphQLDataAsync("""{ allFactSheets(filter: { fullTextSearch: "Slow" }) { totalCount } }""");
        Assert.Equal(0, count["allFactSheets"]!["totalCount"]!.GetValue<int>());
    }
}
