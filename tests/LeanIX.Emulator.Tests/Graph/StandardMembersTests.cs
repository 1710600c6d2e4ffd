using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D88: the standard relation and field members real scripts use, and <c>skippedCount</c>.</summary>
public class StandardMembersTests
{
    [Fact]
    public async Task V4_has_technology_risk_relation_fields_dataClassification_and_skippedCount()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v4");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "Ledger");
        var itc = data.FactSheet("ITComponent", "Db");
        data.FactSheet("DataObject", "Invoices", fs => fs.Fields["dataClassification"] = "confidential");
        data.Relation("applicationITComponentRelation", app, itc, r =>
        {
            r.Fields["technicalSuitability"] = "adequate";
            r.Fields["obsolescenceRiskStatus"] = "riskAccepted";
            r.Fields["riskTargetDate"] = "2027-06-30";
            r.Fields["riskTargetPlan"] = "replace by managed DB";
        });
        await data.CommitAsync();
        using var client = new WireClient(host);

        var result = await client.GraphQLDataAsync($$"""
            { factSheet(id: "{{app}}") { ... on Application { relApplicationToITComponent { totalCount skippedCount edges { node {
                technicalSuitability obsolescenceRiskStatus riskTargetDate riskTargetPlan } } } } }
              allFactSheets(factSheetType: DataObject) { edges { node { ... on DataObject { dataClassification } } } } }
            """);
        var connection = result["factSheet"]!["relApplicationToITComponent"]!;
        Assert.Equal(0, (int)connection["skippedCount"]!);
        Assert.Equal(1, (int)connection["totalCount"]!);
        Assert.Equal("""{"technicalSuitability":"adequate","obsolescenceRiskStatus":"riskAccepted","riskTargetDate":"2027-06-30","riskTargetPlan":"replace by managed DB"}""",
            connection["edges"]![0]!["node"]!.ToJsonString());
        Assert.Equal("confidential", (string?)result["allFactSheets"]!["edges"]![0]!["node"]!["dataClassification"]);

        // A DATE relation field is a D80 DateValue in REST.
        var fields = (await client.GetJsonAsync($"services/pathfinder/v1/factSheets/{app}/relations"))["data"]![0]!["fields"]!.AsArray();
        Assert.Equal("""{"type":"DateValue","value":"2027-06-30"}""",
            fields.Single(f => (string?)f!["name"] == "riskTargetDate")!["data"]!.ToJsonString());
    }

    [Fact]
    public async Task V3_has_technicalSuitability_projectImpact_and_dataClassification()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v3");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "Ledger");
        var itc = data.FactSheet("ITComponent", "Db");
        var project = data.FactSheet("Project", "Move");
        data.Relation("applicationITComponentRelation", app, itc, r => r.Fields["technicalSuitability"] = "fullyAppropriate");
        data.Relation("applicationProjectRelation", app, project, r => r.Fields["projectImpact"] = "modifies");
        await data.CommitAsync();
        using var client = new WireClient(host);

        var result = await client.GraphQLDataAsync($$"""
            { app: factSheet(id: "{{app}}") { ... on Application { relApplicationToITComponent { skippedCount edges { node { technicalSuitability } } } } }
              project: factSheet(id: "{{project}}") { ... on Project { relProjectToApplication { skippedCount edges { node { projectImpact } } } } }
              __type(name: "DataObject") { fields { name } } }
            """);
        Assert.Equal("fullyAppropriate", (string?)result["app"]!["relApplicationToITComponent"]!["edges"]![0]!["node"]!["technicalSuitability"]);
        Assert.Equal(0, (int)result["project"]!["relProjectToApplication"]!["skippedCount"]!);
        Assert.Equal("modifies", (string?)result["project"]!["relProjectToApplication"]!["edges"]![0]!["node"]!["projectImpact"]);
        Assert.Contains("dataClassification", result["__type"]!["fields"]!.AsArray().Select(f => (string)f!["name"]!));
    }
}
