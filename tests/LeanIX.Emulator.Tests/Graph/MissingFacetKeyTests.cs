using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D84: <c>__missing__</c> and <c>__any__</c> in every facet kind, mixed per D35.</summary>
public sealed class MissingFacetKeyTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private WireClient _client = null!;
    private Guid _group;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync("empty");
        var d = new GraphData(_host.Workspace);
        _group = d.TagGroup("Hosting", "SINGLE");
        var cloud = d.Tag("Cloud", _group);
        var loose = d.Tag("Loose");
        var user = d.User("jane@example.org", "Jane", "Doe");
        var full = d.FactSheet("Application", "full", fs =>
        {
            fs.TagIds = [cloud];
            fs.Fields["businessCriticality"] = "missionCritical";
            fs.Fields["lifecycle"] = GraphData.Lifecycle(("active", "2020-01-01"));
        });
        d.FactSheet("Application", "half", fs =>
        {
            fs.TagIds = [loose];
            fs.Fields["businessCriticality"] = "businessCritical";
            fs.Fields["lifecycle"] = GraphData.Lifecycle(("plan", "2999-01-01")); // a value, though no current phase
        });
        d.FactSheet("Application", "none");
        var db = d.FactSheet("ITComponent", "db");
        d.Relation("applicationITComponentRelation", full, db);
        d.Subscription(full, user, "RESPONSIBLE");
        await d.CommitAsync();
        _client = new WireClient(_host);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<List<string>> Apps(string facetKey, string op, params string[] keys)
    {
        var keyList = string.Join(", ", keys.Select(k => $"\"{k}\""));
        var data = await _client.GraphQLDataAsync(
            $$"""{ allFactSheets(factSheetType: Application, filter: {facetFilters: [{facetKey: "{{facetKey}}", operator: {{op}}, keys: [{{keyList}}]}]}) { edges { node { name } } } }""");
        return data["allFactSheets"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!).ToList();
    }

    [Fact]
    public async Task Missing_matches_fact_sheets_without_a_value_in_every_facet_kind()
    {
        Assert.Equal(["none"], await Apps("businessCriticality", "OR", "__missing__"));
        Assert.Equal(["half", "none"], await Apps("relApplicationToITComponent", "OR", "__missing__"));
        Assert.Equal(["half", "none"], await Apps("Subscriptions", "OR", "__missing__"));
        Assert.Equal(["half", "none"], await Apps(_group.ToString(), "OR", "__missing__"));
        Assert.Equal(["none"], await Apps("_TAGS_", "OR", "__missing__"));
        Assert.Equal(["none"], await Apps("lifecycle", "OR", "__missing__"));
    }

    [Fact]
    public async Task Missing_and_any_mix_with_real_keys_under_OR_NOR_AND()
    {
        Assert.Equal(["full", "half"], await Apps("businessCriticality", "NOR", "__missing__"));
        Assert.Equal(["full", "none"], await Apps("businessCriticality", "OR", "__missing__", "missionCritical"));
        Assert.Equal(["half"], await Apps("businessCriticality", "NOR", "__missing__", "missionCritical"));
        Assert.Equal(["full", "half"], await Apps("businessCriticality", "AND", "__any__"));
        Assert.Equal(["full"], await Apps("businessCriticality", "AND", "__any__", "missionCritical"));
        Assert.Empty(await Apps("businessCriticality", "AND", "__missing__", "missionCritical"));
        Assert.Equal(["full"], await Apps("relApplicationToITComponent", "OR", "__any__"));
    }

    [Fact]
    public async Task Other_double_underscore_keys_are_a_business_error()
    {
        var result = await _client.GraphQLAsync("""{ allFactSheets(filter: {facetFilters: [{facetKey: "businessCriticality", keys: ["__none__"]}]}) { totalCount } }""");
        var error = result["errors"]![0]!;
        Assert.Equal("BUSINESS_LOGIC", (string?)error["extensions"]!["errorType"]);
        Assert.Contains("__none__", (string?)error["message"]);
        Assert.Null(result["data"]!["allFactSheets"]);
    }
}
