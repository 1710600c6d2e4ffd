using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Graph;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Tests.Webhooks;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>Issue 9, deliver 4: stored values are bounded with clear errors; bad filter dates are refused.</summary>
public class StoredValueTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private WireClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync("demo", configure: o =>
        {
            o.RateLimitPerMinute = 0;
            o.Values.MaxDescriptionChars = 10_000; // scaled down from the 20 MB; the point stays
        });
        _client = new WireClient(_host);
        await _client.AccessTokenAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<string> CreateFailsAsync(string name, string? description)
    {
        var patches = description is null ? "" : $$""", patches: [{op: add, path: "/description", value: "{{description}}"}]""";
        var query = $$"""mutation { createFactSheet(input: {name: "{{name}}", type: Application}{{patches}}) { factSheet { id } } }""";
        using var response = await _client.SendAsync(HttpMethod.Post, "services/pathfinder/v1/graphql", new JsonObject { ["query"] = query });
        var errors = await Shapes.D17Async(response);
        return errors[0]!["message"]!.GetValue<string>();
    }

    private async Task<int> CountNamedAsync(string prefix)
    {
        var data = await _client.GraphQLDataAsync($$"""{ allFactSheets(filter: { fullTextSearch: "{{prefix}}" }) { totalCount } }""");
        return data["allFactSheets"]!["totalCount"]!.GetValue<int>();
    }

    [Fact]
    public async Task A_too_long_description_is_refused_and_nothing_is_stored()
    {
        var message = await CreateFailsAsync("Huge description", new string('d', 20_000));
        Assert.Contains("maxDescriptionChars", message);
        Assert.DoesNotContain("Exception", message);
        Assert.Equal(0, await CountNamedAsync("Huge description"));
    }

    [Fact]
    public async Task A_too_long_name_is_refused()
    {
        var message = await CreateFailsAsync("N" + new string('n', 2_000), null);
        Assert.Contains("maxNameChars", message);
    }

    [Fact]
    public async Task A_too_long_webhook_identifier_is_refused_with_the_D2_body()
    {
        var body = WebhookTestBed.PullBody(new string('i', 5_000));
        using var response = await _client.SendAsync(HttpMethod.Post, WebhookTestBed.Base + "/subscriptions", body);
        var error = await Shapes.D2Async(response, 400);
        Assert.Contains("identifier", error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2024-13-45")]
    [InlineData("yesterday")]
    [InlineData("2024-01-01'; DROP TABLE entities; --")]
    public async Task An_invalid_validity_filter_date_is_refused(string date)
    {
        var query = $$"""{ allFactSheets(first: 5, filter: { facetFilters: [{ facetKey: "FactSheetTypes", keys: ["Application"] }] }) { edges { node { ... on Application { relApplicationToITComponent(validityFilter: { activeFrom: "{{date}}" }) { totalCount } } } } } }""";
        using var response = await _client.SendAsync(HttpMethod.Post, "services/pathfinder/v1/graphql", new JsonObject { ["query"] = query });
        var errors = await Shapes.D17Async(response);
        Assert.Contains(errors, e => e!["message"]!.GetValue<string>().Contains("Invalid date"));
    }

    [Fact]
    public async Task An_invalid_validity_filter_date_is_refused_even_without_relations_to_filter()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        data.FactSheet("Application", "Lonely");
        await data.CommitAsync();
        using var client = new WireClient(host);
        const string query = """{ allFactSheets { edges { node { ... on Application { relApplicationToITComponent(validityFilter: { activeUntil: "31.12.2030" }) { totalCount } } } } } }""";
        using var response = await client.SendAsync(HttpMethod.Post, "services/pathfinder/v1/graphql", new JsonObject { ["query"] = query });
        var errors = await Shapes.D17Async(response);
        Assert.Contains(errors, e => e!["message"]!.GetValue<string>().Contains("Invalid date '31.12.2030' in validityFilter.activeUntil"));
    }
}
