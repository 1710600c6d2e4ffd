using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest;

public class DataModelEndpointTests
{
    private const string DataModelPath = "services/pathfinder/v1/models/dataModel";

    [Fact]
    public async Task Get_serves_the_workspace_envelope_verbatim()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, DataModelPath);
        var body = await RestAssert.OkAsync(response, "DataModel");
        Assert.Equal(0, body["total"]!.GetValue<int>()); // D1: the fixtures' total
        Assert.True(JsonNode.DeepEquals(DataModel.LoadBuiltIn("v3").Envelope, body), "the envelope differs from the v3 fixture");
    }

    [Fact]
    public async Task Enriched_serves_the_same_content()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var plain = await client.SendAsync(HttpMethod.Get, DataModelPath);
        using var enriched = await client.SendAsync(HttpMethod.Get, DataModelPath + "/enriched");
        Assert.True(JsonNode.DeepEquals(await RestAssert.OkAsync(plain, "DataModel"), await RestAssert.OkAsync(enriched, "DataModel")));
    }

    [Fact]
    public async Task Put_with_bare_data_replaces_the_model_and_answers_with_it()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v3");
        using var client = new WireClient(host);
        var v4 = DataModel.LoadBuiltIn("v4").Envelope["data"]!.DeepClone();
        var version = host.Workspace.ModelVersion;

        using var put = await client.SendAsync(HttpMethod.Put, DataModelPath, v4);
        var answer = await RestAssert.OkAsync(put, "DataModel");
        Assert.True(JsonNode.DeepEquals(v4, answer["data"]));
        Assert.Equal(version + 1, host.Workspace.ModelVersion);
        Assert.False(host.Workspace.Model.IsV3);

        var get = await client.GetJsonAsync(DataModelPath);
        Assert.NotNull(get["data"]!["factSheets"]!["Platform"]);
        Assert.Null(get["data"]!["factSheets"]!["UserGroup"]);
    }

    [Fact]
    public async Task Put_with_an_envelope_stores_a_canonical_envelope()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v4");
        using var client = new WireClient(host);
        var body = new JsonObject
        {
            ["status"] = "WHATEVER", ["type"] = "Odd", ["total"] = 99,
            ["data"] = DataModel.LoadBuiltIn("v3").Envelope["data"]!.DeepClone()
        };
        using var put = await client.SendAsync(HttpMethod.Put, DataModelPath + "?force=true", body);
        var answer = await RestAssert.OkAsync(put, "DataModel");
        Assert.Equal(0, answer["total"]!.GetValue<int>());
        Assert.True(host.Workspace.Model.IsV3);
    }

    [Fact]
    public async Task Put_that_drops_a_type_in_use_needs_force()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v3");
        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.FactSheets.Add(new FactSheet { Id = Guid.NewGuid(), Type = "UserGroup", Name = "Sales" });
            host.Workspace.Commit(tx);
        }
        using var client = new WireClient(host);
        var v4 = DataModel.LoadBuiltIn("v4").Envelope["data"]!;

        using var refused = await client.SendAsync(HttpMethod.Put, DataModelPath, v4.DeepClone());
        await RestAssert.ErrorAsync(refused, HttpStatusCode.Conflict, "force=true");
        Assert.True(host.Workspace.Model.IsV3);

        using var forced = await client.SendAsync(HttpMethod.Put, DataModelPath + "?force=true", v4.DeepClone());
        await RestAssert.OkAsync(forced, "DataModel");
        Assert.False(host.Workspace.Model.IsV3);
    }

    [Fact]
    public async Task View_model_has_one_entry_per_type_with_colours_and_field_sections()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v4");
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, "services/pathfinder/v1/models/viewModel");
        var body = await RestAssert.OkAsync(response, "ViewModel");
        var types = body["data"]!["factSheets"]!.AsArray();
        Assert.Equal(host.Workspace.Model.Types.Keys, types.Select(t => t!["type"]!.GetValue<string>()));
        var app = types.Single(t => t!["type"]!.GetValue<string>() == "Application")!;
        Assert.Matches("^#[0-9a-f]{6}$", app["bgColor"]!.GetValue<string>());
        Assert.Matches("^#[0-9a-f]{6}$", app["color"]!.GetValue<string>());
        var sections = app["sections"]!.AsArray().ToDictionary(s => s!["key"]!.GetValue<string>(), s => s!["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ToList());
        Assert.Contains("name", sections["information"]);
        Assert.Contains("businessCriticality", sections["classification"]);
        Assert.Contains("relApplicationToITComponent", sections["relations"]);
        Assert.Equal(4, app["fieldValues"]!["businessCriticality"]!.AsArray().Count);
        // Different types get different colours.
        Assert.True(types.Select(t => t!["bgColor"]!.GetValue<string>()).Distinct().Count() > types.Count / 2);
    }

    [Fact]
    public async Task English_labels_are_generated_from_the_keys()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v4");
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, "services/pathfinder/v1/models/languages/en");
        var data = (await RestAssert.OkAsync(response, "LanguageModel"))["data"]!;
        Assert.Equal("en", data["language"]!.GetValue<string>());
        var app = data["factSheets"]!["Application"]!;
        Assert.Equal("Application", app["__name"]!.GetValue<string>());
        Assert.Equal("Applications", app["__plural"]!.GetValue<string>());
        Assert.Equal("Business Criticality", app["businessCriticality"]!.GetValue<string>());
        Assert.Equal("Mission Critical", app["businessCriticality.missionCritical"]!.GetValue<string>());
        Assert.Equal("IT Component", data["factSheets"]!["ITComponent"]!["__name"]!.GetValue<string>());
        Assert.Equal("Business Capabilities", data["factSheets"]!["BusinessCapability"]!["__plural"]!.GetValue<string>());
        Assert.Equal("IT Components", data["relations"]!["relApplicationToITComponent"]!["__name"]!.GetValue<string>());
        Assert.Equal("Applications", data["relations"]!["relITComponentToApplication"]!["__name"]!.GetValue<string>());
        Assert.Equal("Parent", data["relations"]!["relToParent"]!["__name"]!.GetValue<string>());
        Assert.Equal("Provided Interfaces", data["relations"]!["relProviderApplicationToInterface"]!["__name"]!.GetValue<string>());
    }

    [Fact]
    public async Task German_overrides_standard_type_names_and_reuses_generated_labels()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v4");
        using var client = new WireClient(host);
        var data = (await client.GetJsonAsync("services/pathfinder/v1/models/languages/de"))["data"]!;
        Assert.Equal("Anwendung", data["factSheets"]!["Application"]!["__name"]!.GetValue<string>());
        Assert.Equal("IT-Komponenten", data["relations"]!["relApplicationToITComponent"]!["__name"]!.GetValue<string>());
        Assert.Equal("Mission Critical", data["factSheets"]!["Application"]!["businessCriticality.missionCritical"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_language_is_404()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, "services/pathfinder/v1/models/languages/xx");
        await RestAssert.ErrorAsync(response, HttpStatusCode.NotFound, "xx");
    }

    internal static async Task<HttpResponseMessage> PutRawAsync(WireClient client, string path, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await client.AccessTokenAsync());
        return await client.Http.SendAsync(request);
    }
}
