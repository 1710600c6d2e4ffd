using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Graph;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D91: an <c>/externalId</c> patch keeps every member sent; <c>status</c> is ACTIVE only when absent.</summary>
public class ExternalIdPatchTests
{
    private const string Update = """
        mutation ($id: ID!, $value: String) {
          updateFactSheet(id: $id, patches: [{op: replace, path: "/externalId", value: $value}]) {
            factSheet { ... on Application { externalId { type externalId externalUrl comment status externalVersion forceWrite } } }
          }
        }
        """;

    [Fact]
    public async Task Every_member_sent_is_kept_and_status_defaults_only_when_absent()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var id = data.FactSheet("Application", "CRM");
        await data.CommitAsync();
        using var client = new WireClient(host);

        var full = new JsonObject
        {
            ["type"] = "ExternalId", ["externalId"] = "SN-1", ["externalUrl"] = "https://sn/1", ["comment"] = "from ServiceNow",
            ["status"] = "INACTIVE", ["externalVersion"] = "7", ["forceWrite"] = true
        }.ToJsonString();
        var sent = (await client.GraphQLDataAsync(Update, new JsonObject { ["id"] = id.ToString(), ["value"] = full }))
            ["updateFactSheet"]!["factSheet"]!["externalId"]!;
        Assert.Equal("SN-1", (string?)sent["externalId"]);
        Assert.Equal("https://sn/1", (string?)sent["externalUrl"]);
        Assert.Equal("from ServiceNow", (string?)sent["comment"]);
        Assert.Equal("INACTIVE", (string?)sent["status"]);
        Assert.Equal("7", (string?)sent["externalVersion"]);
        Assert.True((bool)sent["forceWrite"]!);
        var stored = host.Workspace.State.FactSheets.Get(id)!.Field("externalId")!;
        Assert.Equal("7", (string?)stored["externalVersion"]);
        Assert.True((bool)stored["forceWrite"]!);

        var bare = (await client.GraphQLDataAsync(Update, new JsonObject { ["id"] = id.ToString(), ["value"] = """{"externalId":"SN-2"}""" }))
            ["updateFactSheet"]!["factSheet"]!["externalId"]!;
        Assert.Equal("SN-2", (string?)bare["externalId"]);
        Assert.Equal("ACTIVE", (string?)bare["status"]);
        Assert.Null(bare["externalVersion"]);
        Assert.Null(bare["forceWrite"]);

        var missingId = await client.GraphQLAsync(Update, new JsonObject { ["id"] = id.ToString(), ["value"] = """{"comment":"no id"}""" });
        GraphMutationAssert.BusinessError(missingId, "updateFactSheet", "MODEL_COMPLIANT");
    }
}
