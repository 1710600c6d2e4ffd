using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>Issue 9: "after a forced data-model replacement every listing fails with internal type names".</summary>
public class ForcedModelTests
{
    [Fact]
    public async Task After_a_forced_replacement_every_listing_still_works_without_internal_names()
    {
        await using var host = await EmulatorHost.StartAsync("demo", configure: o => o.RateLimitPerMinute = 0);
        using var client = new WireClient(host);
        // The demo workspace (v3) has types and fields the v4 model drops.
        using (var forced = await client.SendAsync(HttpMethod.Put, "services/pathfinder/v1/models/dataModel?force=true",
                   DataModel.LoadBuiltIn("v4").Envelope["data"]!.DeepClone()))
            Assert.Equal(200, (int)forced.StatusCode);

        var queries = new[]
        {
            "{ allFactSheets { totalCount edges { node { id name type displayName tags { name } } } } }",
            "{ allFactSheets(first: 20) { edges { node { id ... on Application { relApplicationToITComponent { edges { node { factSheet { name } } } } } } } } }",
            """{ allFactSheets(filter: { facetFilters: [{ facetKey: "FactSheetTypes", keys: ["Application"] }] }) { totalCount filterOptions { facets { facetKey } } } }""",
        };
        foreach (var query in queries)
        {
            using var response = await client.SendAsync(HttpMethod.Post, "services/pathfinder/v1/graphql", new JsonObject { ["query"] = query });
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(200, (int)response.StatusCode);
            Assert.True(JsonNode.Parse(text)!["errors"] is null, text[..Math.Min(600, text.Length)]); // D77: errors null on success
        }
        foreach (var path in new[] { "services/pathfinder/v1/factSheets", "services/pathfinder/v1/factSheets?type=Application" })
        {
            using var response = await client.SendAsync(HttpMethod.Get, path);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode == 200, text[..Math.Min(400, text.Length)]);
        }
    }
}

public class InternalNameTests
{
    [Theory]
    [InlineData("Abstract type BaseFactSheet must resolve with value 'FsNode { View = LeanIX.Emulator.Store.WorkspaceState }'", true)]
    [InlineData("Object reference not set: System.Collections.Generic.KeyNotFoundException", true)]
    [InlineData("Fact sheet with id 'x' not found", false)]
    [InlineData("Invalid date '2024-13-01' in validityFilter.activeFrom: expected YYYY-MM-DD.", false)]
    public void Messages_naming_internal_types_are_replaced(string message, bool hidden)
    {
        var shown = LeanIX.Emulator.Graph.Execution.InternalNames.Hide(message);
        Assert.Equal(hidden, shown == LeanIX.Emulator.Graph.Execution.InternalNames.Replacement);
    }
}
