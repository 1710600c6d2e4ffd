using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

public class QueryBasicsTests
{
    [Fact]
    public async Task FactSheet_by_id_returns_base_fields_and_type_specific_fragment_fields()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var db = data.FactSheet("ITComponent", "Demo DB");
        var crm = data.FactSheet("Application", "Demo CRM", fs =>
        {
            fs.Description = "Customer relations";
            fs.LxState = "APPROVED";
            fs.Fields["businessCriticality"] = "missionCritical";
            fs.Fields["release"] = "2.0";
            fs.Fields["lifecycle"] = GraphData.Lifecycle(("plan", "2020-01-01"), ("active", "2021-01-01"), ("endOfLife", "2999-01-01"));
            fs.Fields["externalId"] = new JsonObject { ["type"] = "ExternalId", ["externalId"] = "EXT-1" };
        });
        var rel = data.Relation("applicationITComponentRelation", crm, db, r => r.Fields["costTotalAnnual"] = 1200.5);
        await data.CommitAsync();
        using var client = new WireClient(host);

        var result = await client.GraphQLAsync($$"""
            { factSheet(id: "{{crm}}") {
                id name type displayName fullName description rev level status lxState qualitySeal createdAt updatedAt naFields
                tags { id } completion { percentage completion } permissions { self read }
                ... on Application { businessCriticality release lifecycle { asString phases { phase startDate } }
                  externalId { externalId type }
                  relApplicationToITComponent { totalCount edges { node { id type costTotalAnnual factSheet { id name type } } } } } } }
            """);
        Assert.Null(result["errors"]);
        var fs = result["data"]!["factSheet"]!;
        Assert.Equal(crm.ToString(), (string?)fs["id"]);
        Assert.Equal("Application", (string?)fs["type"]);
        Assert.Equal("Demo CRM 2.0", (string?)fs["fullName"]);
        Assert.Equal("Demo CRM 2.0", (string?)fs["displayName"]);
        Assert.Equal(1, (int)fs["level"]!);
        Assert.Equal(0L, (long)fs["rev"]!);
        Assert.Equal("ACTIVE", (string?)fs["status"]);
        Assert.Equal("APPROVED", (string?)fs["qualitySeal"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", (string?)fs["createdAt"]);
        Assert.Empty(fs["naFields"]!.AsArray());
        Assert.Empty(fs["tags"]!.AsArray());
        Assert.Equal("missionCritical", (string?)fs["businessCriticality"]);
        Assert.Equal("active", (string?)fs["lifecycle"]!["asString"]);
        Assert.Equal(3, fs["lifecycle"]!["phases"]!.AsArray().Count);
        Assert.Equal("EXT-1", (string?)fs["externalId"]!["externalId"]);
        var relConn = fs["relApplicationToITComponent"]!;
        Assert.Equal(1, (int)relConn["totalCount"]!);
        var node = relConn["edges"]![0]!["node"]!;
        Assert.Equal(rel.ToString(), (string?)node["id"]);
        Assert.Equal("relApplicationToITComponent", (string?)node["type"]);
        Assert.Equal(1200.5, (double)node["costTotalAnnual"]!);
        Assert.Equal(db.ToString(), (string?)node["factSheet"]!["id"]);
        Assert.Equal("ITComponent", (string?)node["factSheet"]!["type"]);
    }

    [Fact]
    public async Task Archived_relations_and_archived_targets_filtered_and_validityFilter_overlap_rules()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "App");
        var live = data.FactSheet("ITComponent", "Live");
        var gone = data.FactSheet("ITComponent", "Gone");
        var future = data.FactSheet("ITComponent", "Future");
        data.Relation("applicationITComponentRelation", app, live);
        data.Relation("applicationITComponentRelation", app, gone, r => r.Status = "ARCHIVED");
        data.Relation("applicationITComponentRelation", app, future, r => { r.ActiveFrom = "2030-01-01"; r.ActiveUntil = "2030-12-31"; });
        await data.CommitAsync();
        using var client = new WireClient(host);

        async Task<List<string>> Targets(string args)
        {
            var d = await client.GraphQLDataAsync($$"""
                { factSheet(id: "{{app}}") { ... on Application { relApplicationToITComponent{{args}} { totalCount edges { node { factSheet { name } } } } } } }
                """);
            var conn = d["factSheet"]!["relApplicationToITComponent"]!;
            var names = conn["edges"]!.AsArray().Select(e => (string)e!["node"]!["factSheet"]!["name"]!).ToList();
            if (!args.Contains("first")) Assert.Equal(names.Count, (int)conn["totalCount"]!);
            else Assert.Equal(2, (int)conn["totalCount"]!);
            return names;
        }

        Assert.Equal(["Future", "Live"], await Targets(""));
        Assert.Equal(["Future", "Live"], await Targets("""(validityFilter: {activeFrom: "2030-06-01"})"""));
        Assert.Equal(["Live"], await Targets("""(validityFilter: {activeFrom: "2024-01-01", activeUntil: "2024-12-31"})"""));
        Assert.Equal(["Future"], await Targets("""(first: 1)"""));
    }
}
