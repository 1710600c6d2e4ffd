using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Settings;

/// <summary>D56: with <c>taggingMode: PRE_DEFINED_ONLY</c>, a <c>{"tagName"}</c> patch may only choose an existing tag.</summary>
public class TaggingModeTests
{
    private const string Mutation = """
        mutation($id: ID!, $tags: String!) {
          updateFactSheet(id: $id, patches: [{op: add, path: "/tags", value: $tags}]) { factSheet { tags { name } } }
        }
        """;

    [Fact]
    public async Task Only_existing_tags_can_be_put_on_by_name_when_tags_are_pre_defined()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var created = await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "CRM", type: Application}) { factSheet { id } } }""");
        var id = (string)created["createFactSheet"]!["factSheet"]!["id"]!;
        var onTheFly = await client.GraphQLDataAsync(Mutation, new { id, tags = """[{"tagName":"Cloud"}]""" });
        Assert.Equal("Cloud", (string?)onTheFly["updateFactSheet"]!["factSheet"]!["tags"]![0]!["name"]);

        var settings = (JsonObject)(await client.GetJsonAsync("services/pathfinder/v1/settings"))["data"]!;
        settings["tags"] = new JsonObject { ["taggingMode"] = "PRE_DEFINED_ONLY" };
        using (var put = await client.SendAsync(HttpMethod.Put, "services/pathfinder/v1/settings", settings))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var refused = await client.GraphQLAsync(Mutation, new { id, tags = """[{"tagName":"On premise"}]""" });
        var error = refused["errors"]![0]!;
        Assert.Equal("MODEL_COMPLIANT", (string?)error["extensions"]!["errorType"]);
        Assert.Contains("PRE_DEFINED_ONLY", (string?)error["message"]);
        // An existing tag is still chosen by name.
        var existing = await client.GraphQLDataAsync(Mutation, new { id, tags = """[{"tagName":"Cloud"}]""" });
        Assert.Equal(["Cloud"], existing["updateFactSheet"]!["factSheet"]!["tags"]!.AsArray().Select(t => (string?)t!["name"]));
    }
}
