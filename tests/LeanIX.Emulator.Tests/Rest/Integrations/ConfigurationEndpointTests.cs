using System.Text.Json.Nodes;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Integrations;

/// <summary>GET/PUT/DELETE <c>/configurations</c> (admin.md §1.1, D37, D53).</summary>
public class ConfigurationEndpointTests
{
    [Fact]
    public async Task Put_stores_get_lists_an_array_filtered_by_identity_and_put_again_replaces()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        Assert.Empty((JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, "/configurations"))!);
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var other = Ldifs.InboundConfiguration();
        other["connectorId"] = "other";
        other["processingMode"] = "FULL"; // any case in, lower case out (admin.md §1.2)
        await bed.PutConfigurationAsync(other);

        var all = (JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, "/configurations"))!;
        Assert.Equal(2, all.Count);
        var filtered = (JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, "/configurations?connectorId=other"))!;
        var single = Assert.Single(filtered);
        Assert.Equal("full", (string?)single!["processingMode"]);
        Assert.Equal(6, single["processors"]!.AsArray().Count);

        var replaced = Ldifs.InboundConfiguration();
        replaced["processors"]!.AsArray().RemoveAt(5);
        await bed.PutConfigurationAsync(replaced);
        var again = (JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, $"/configurations?connectorId={Ldifs.ConnectorId}&processingDirection=inbound"))!;
        Assert.Equal(5, Assert.Single(again)!["processors"]!.AsArray().Count);
    }

    [Fact]
    public async Task Delete_removes_the_identified_configuration_and_answers_404_when_there_is_none()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        const string query = "?connectorType=cmdb&connectorId=cmdb-apps&connectorVersion=1.0.0&processingDirection=inbound&processingMode=partial";
        await bed.ExpectAsync(204, HttpMethod.Delete, "/configurations" + query);
        Assert.Empty((JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, "/configurations"))!);
        await bed.ExpectErrorAsync(404, HttpMethod.Delete, "/configurations" + query, null, "No processor configuration");
        await bed.ExpectErrorAsync(400, HttpMethod.Delete, "/configurations?connectorType=cmdb", null, "'connectorId' is required");
    }

    [Theory]
    [InlineData("processorType", "inboundBanana", "is not a known processor type")]
    [InlineData("processorType", "outboundFactSheet", "does not fit a configuration with processingDirection 'inbound'")]
    [InlineData("identifier", "by name", "identifier must be an object")]
    [InlineData("type", "${content.type ==}", "malformed expression")]
    public async Task A_malformed_processor_is_refused_with_a_D2_body_naming_the_problem(string member, string value, string message)
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        var config = Ldifs.InboundConfiguration();
        config["processors"]![0]![member] = value;
        await bed.ExpectErrorAsync(400, HttpMethod.Put, "/configurations", config, message);
        Assert.Empty((JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, "/configurations"))!);
    }

    [Fact]
    public async Task Missing_identity_members_and_bodies_that_are_not_objects_are_400()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        var config = Ldifs.InboundConfiguration();
        config.Remove("connectorVersion");
        await bed.ExpectErrorAsync(400, HttpMethod.Put, "/configurations", config, "'connectorVersion' is required");
        config = Ldifs.InboundConfiguration();
        config["processingDirection"] = "sideways";
        await bed.ExpectErrorAsync(400, HttpMethod.Put, "/configurations", config, "inbound or outbound");
        await bed.ExpectErrorAsync(400, HttpMethod.Put, "/configurations", new JsonArray(), "JSON object");
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_change_configurations_or_runs()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        using var viewer = new WireClient(bed.Host, IntegrationTestBed.ViewerToken);
        Assert.Single((JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, "/configurations", client: viewer))!);
        await bed.ExpectErrorAsync(403, HttpMethod.Put, "/configurations", Ldifs.InboundConfiguration(), "Viewers", viewer);
        await bed.ExpectErrorAsync(403, HttpMethod.Delete, "/configurations?connectorType=cmdb&connectorId=cmdb-apps&connectorVersion=1.0.0&processingDirection=inbound", null, "Viewers", viewer);
        await bed.ExpectErrorAsync(403, HttpMethod.Post, "/synchronizationRuns?start=true", Ldifs.Ldif(Ldifs.Deployment("d1", "A")), "Viewers", viewer);
        Assert.Empty(bed.Host.Workspace.State.FactSheets.All);
    }

    [Fact]
    public async Task Configurations_need_a_token()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        using var response = await bed.Client.Http.GetAsync(IntegrationTestBed.Base + "/configurations");
        Assert.Equal(401, (int)response.StatusCode);
    }
}
