using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Graph;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest;

/// <summary>D80: REST field values carry the discriminators of Pathfinder's <c>LxField</c>.</summary>
public class FieldValueWrapperTests
{
    private const string Base = "services/pathfinder/v1/factSheets";

    [Fact]
    public async Task Rest_fields_use_LxField_wrappers_and_completion_carries_its_type()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v4");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "Ledger", fs =>
        {
            fs.Fields["release"] = "2.1";
            fs.Fields["businessCriticality"] = "missionCritical";
            fs.Fields["lifecycle"] = GraphData.Lifecycle(("active", "2024-01-01"));
            fs.Fields["externalId"] = new JsonObject { ["externalId"] = "LED-1", ["externalUrl"] = null, ["comment"] = null, ["status"] = "ACTIVE" };
        });
        var itc = data.FactSheet("ITComponent", "Db");
        var org = data.FactSheet("Organization", "Finance");
        data.Relation("applicationITComponentRelation", app, itc, r => r.Fields["costTotalAnnual"] = 1200.5);
        data.Relation("applicationOrganizationRelation", app, org, r =>
        {
            r.Fields["usageType"] = new JsonArray("owner", "user");
            r.Fields["numberOfUsers"] = 42;
        });
        await data.CommitAsync();
        using var client = new WireClient(host);

        var fs = (await client.GetJsonAsync($"{Base}/{app}"))["data"]!;
        var fields = fs["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => f!["data"]!.ToJsonString());
        Assert.Equal("""{"type":"StringValue","value":"2.1"}""", fields["release"]);
        Assert.Equal("""{"type":"SingleSelect","keyword":"missionCritical"}""", fields["businessCriticality"]);
        Assert.Equal("""{"type":"Lifecycle","phases":[{"phase":"active","startDate":"2024-01-01"}]}""", fields["lifecycle"]);
        Assert.Equal("""{"type":"ExternalId","externalId":"LED-1","externalUrl":null,"comment":null,"status":"ACTIVE"}""", fields["externalId"]);
        // REST completion has the discriminator the webhook fact sheet has (FactSheetCreatedEvent.json).
        Assert.Equal("SectionCompletion", (string?)fs["completion"]!["type"]);
        Assert.Equal(["type", "completion", "percentage"], fs["completion"]!.AsObject().Select(p => p.Key));

        var relations = (await client.GetJsonAsync($"{Base}/{app}/relations"))["data"]!.AsArray()
            .SelectMany(r => r!["fields"]!.AsArray())
            .ToDictionary(f => (string)f!["name"]!, f => f!["data"]!.ToJsonString());
        Assert.Equal("""{"type":"DoubleValue","value":1200.5}""", relations["costTotalAnnual"]);
        Assert.Equal("""{"type":"MultipleSelect","values":["owner","user"]}""", relations["usageType"]);
        Assert.Equal("""{"type":"IntegerValue","value":42}""", relations["numberOfUsers"]);
    }

    [Fact]
    public void Project_status_and_location_wrap_their_members()
    {
        var status = LeanIX.Emulator.Mutations.FieldValueWrapper.Wrap("PROJECT_STATUS",
            new JsonArray(new JsonObject { ["id"] = "s1", ["status"] = "green", ["progress"] = 40 }));
        Assert.Equal("""{"type":"ProjectStatusProgress","projectStatus":[{"id":"s1","status":"green","progress":40}]}""", status!.ToJsonString());
        var location = LeanIX.Emulator.Mutations.FieldValueWrapper.Wrap("LOCATION", new JsonObject { ["rawAddress"] = "Bonn" });
        Assert.Equal("""{"type":"Location","rawAddress":"Bonn"}""", location!.ToJsonString());
    }
}
