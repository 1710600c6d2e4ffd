using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>The rows of the graphql.md §3.1 patch table, sent over the wire and read back through GraphQL.</summary>
public class PatchTableTests
{
    private static JsonObject P(string op, string path, string? value) => new() { ["op"] = op, ["path"] = path, ["value"] = value };

    [Fact]
    public async Task Patch_table_rows_round_trip_through_graphql()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "Demo CRM");
        var db = data.FactSheet("ITComponent", "DB");
        var db2 = data.FactSheet("ITComponent", "DB2");
        await data.CommitAsync();
        using var client = new WireClient(host);
        const string update = """
            mutation ($id: ID!, $patches: [Patch]!) { updateFactSheet(id: $id, comment: "c", patches: $patches) { factSheet { id rev } } }
            """;
        const string read = """
            query ($id: ID!) { factSheet(id: $id) { name description lxState qualitySeal naFields status tags { name }
              ... on Application { alias release lifecycle { asString phases { phase startDate } } externalId { externalId externalUrl }
                relApplicationToITComponent { edges { node { id description activeFrom activeUntil costTotalAnnual factSheet { name } } } } } } }
            """;

        await client.GraphQLDataAsync(update, new JsonObject
        {
            ["id"] = app.ToString(),
            ["patches"] = new JsonArray(
                P("replace", "/name", "New name"), P("replace", "/description", "desc"), P("add", "/alias", "CRM"),
                P("replace", "/release", "4.4"),
                P("replace", "/externalId", """{"type":"ExternalId","externalId":"123","externalUrl":"https://x.example/123"}"""),
                P("replace", "/lifecycle", """{"phases":[{"phase":"plan","startDate":"2019-01-12"},{"phase":"active","startDate":"2020-01-01"}]}"""),
                P("replace", "/lxState", "APPROVED"),
                P("add", "/tags", """[{"tagName":"Demo"}]"""),
                P("add", "/naFields", """["relToParent"]"""),
                P("add", "/relApplicationToITComponent/new_1", $$"""{"factSheetId":"{{db}}","activeFrom":"2023-11-29","activeUntil":"2024-11-29","description":"uses","costTotalAnnual":1200}"""))
        });
        var fs = (await client.GraphQLDataAsync(read, new JsonObject { ["id"] = app.ToString() }))["factSheet"]!;
        Assert.Equal("New name", (string?)fs["name"]);
        Assert.Equal("desc", (string?)fs["description"]);
        Assert.Equal("CRM", (string?)fs["alias"]);
        Assert.Equal("4.4", (string?)fs["release"]);
        Assert.Equal("123", (string?)fs["externalId"]!["externalId"]);
        Assert.Equal("https://x.example/123", (string?)fs["externalId"]!["externalUrl"]);
        Assert.Equal("active", (string?)fs["lifecycle"]!["asString"]);
        Assert.Equal("APPROVED", (string?)fs["qualitySeal"]);
        Assert.Equal("Demo", (string?)fs["tags"]![0]!["name"]);
        Assert.Equal("[\"relToParent\"]", fs["naFields"]!.ToJsonString());
        var rel = fs["relApplicationToITComponent"]!["edges"]![0]!["node"]!;
        Assert.Equal("2023-11-29", (string?)rel["activeFrom"]);
        Assert.Equal(1200.0, (double)rel["costTotalAnnual"]!);
        var relId = (string)rel["id"]!;

        // Relation switch keeps the id; removal of externalId, lifecycle and tags.
        await client.GraphQLDataAsync(update, new JsonObject
        {
            ["id"] = app.ToString(),
            ["patches"] = new JsonArray(
                P("replace", $"/relApplicationToITComponent/{relId}", $$"""{"factSheetId":"{{db2}}","description":"switched"}"""),
                P("remove", "/externalId", ""), P("remove", "/lifecycle", null), P("remove", "/tags", """[{"tagName":"Demo"}]"""))
        });
        fs = (await client.GraphQLDataAsync(read, new JsonObject { ["id"] = app.ToString() }))["factSheet"]!;
        rel = fs["relApplicationToITComponent"]!["edges"]![0]!["node"]!;
        Assert.Equal(relId, (string?)rel["id"]);
        Assert.Equal("DB2", (string?)rel["factSheet"]!["name"]);
        Assert.Null(rel["activeFrom"]);
        Assert.Null(fs["externalId"]);
        Assert.Null(fs["lifecycle"]);

        await client.GraphQLDataAsync(update, new JsonObject
        {
            ["id"] = app.ToString(),
            ["patches"] = new JsonArray(P("remove", $"/relApplicationToITComponent/{relId}", ""), P("add", "/status", "ARCHIVED"))
        });
        fs = (await client.GraphQLDataAsync(read, new JsonObject { ["id"] = app.ToString() }))["factSheet"]!;
        Assert.Equal("ARCHIVED", (string?)fs["status"]);
        Assert.Empty(fs["relApplicationToITComponent"]!["edges"]!.AsArray());
        Assert.Equal(3L, host.Workspace.State.FactSheets.Get(app)!.Rev);
    }
}
