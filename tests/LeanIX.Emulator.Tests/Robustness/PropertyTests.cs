using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>
/// Issue 9, deliver 6: arbitrary patches and filters never give a 5xx or an answer outside the D17
/// shape. Values travel as GraphQL variables, so they reach the resolvers instead of the parser.
/// </summary>
public class PropertyTests : IAsyncLifetime
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);
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

    private static Gen<string> AnyString => ArbMap.Default.GeneratorFor<string>().Where(s => s is not null);

    private static Gen<string> Either(Gen<string> known, Gen<string> arbitrary) => Gen.Frequency((3, known), (2, arbitrary));

    /// <summary>Posts and checks the D17 shape: HTTP 200, and data or a non-empty errors list with messages.</summary>
    private bool AnswersInShape(string query, JsonObject variables)
    {
        using var response = _client.SendAsync(HttpMethod.Post, "services/pathfinder/v1/graphql",
            new JsonObject { ["query"] = query, ["variables"] = variables }).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if ((int)response.StatusCode != 200) throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode}: {text} for {variables.ToJsonString()}");
        var body = JsonNode.Parse(text) as JsonObject ?? throw new Xunit.Sdk.XunitException("not a JSON object: " + text);
        if (body["errors"] is JsonArray errors)
            return errors.Count > 0 && errors.All(e => e?["message"] is JsonValue);
        return body["data"] is JsonObject;
    }

    [Fact]
    public void Arbitrary_patches_never_fail_outside_the_D17_shape()
    {
        var paths = Either(Gen.Elements("/name", "/description", "/tags", "/relApplicationToITComponent/new_1", "/lifecycle",
            "/externalId", "/alias", "/businessCriticality", "/status", "/", "/relToParent/x", "/subscriptions"), AnyString.Select(s => "/" + s));
        var values = Either(Gen.Elements("null", "[", "{}", """[{"tagId":"x"}]""", """{"factSheetId":"00000000-0000-0000-0000-000000000000"}""",
            """{"phases":[{"phase":"x","startDate":"2024-99-99"}]}""", "\"\"", "1e999", """{"type":"ExternalId","externalId":5}"""), AnyString);
        var patch = from op in Gen.Elements("add", "replace", "remove")
                    from path in paths
                    from value in values
                    select (op, path, value);
        Prop.ForAll(patch.ToArbitrary(), p => AnswersInShape(
            """mutation($p: [Patch]!) { createFactSheet(input: {name: "Property", type: Application}, patches: $p, validateOnly: true) { factSheet { id rev } } }""",
            new JsonObject { ["p"] = new JsonArray(new JsonObject { ["op"] = p.op, ["path"] = p.path, ["value"] = p.value }) })).Check(Runs);
    }

    [Fact]
    public void Arbitrary_filters_never_fail_outside_the_D17_shape()
    {
        var keys = Either(Gen.Elements("FactSheetTypes", "lifecycle", "__missing__", "__any__", "relApplicationToITComponent", "_TAGS_", "TrashBin", "hierarchyLevel"), AnyString);
        var filter = from facetKey in keys
                     from key in AnyString
                     from op in Either(Gen.Elements("OR", "AND", "NOR"), AnyString)
                     from search in AnyString
                     select (facetKey, key, op, search);
        Prop.ForAll(filter.ToArbitrary(), f => AnswersInShape(
            "query($f: FilterInput) { allFactSheets(first: 5, filter: $f) { totalCount edges { node { id } } } }",
            new JsonObject
            {
                ["f"] = new JsonObject
                {
                    ["fullTextSearch"] = f.search,
                    ["facetFilters"] = new JsonArray(new JsonObject { ["facetKey"] = f.facetKey, ["keys"] = new JsonArray(f.key), ["operator"] = f.op })
                }
            })).Check(Runs);
    }
}
