using System.Text.Json.Nodes;
using LeanIX.Emulator.Rest.Integrations;

namespace LeanIX.Emulator.Tests.Rest.Integrations;

/// <summary>D75: every Integration API run leaves a synclog synchronization with an item per written entity.</summary>
public class RunSyncLogTests
{
    private const string SyncLog = "services/synclog/v1/synchronizations";

    private static async Task<JsonNode> GetAsync(IntegrationTestBed bed, string path)
    {
        using var response = await bed.Client.SendAsync(HttpMethod.Get, path, null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task An_LDIF_run_is_listed_in_the_synclog_with_an_item_per_written_fact_sheet()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var ldif = Ldifs.Ldif(Ldifs.Deployment("d1", "Billing", components: ["Tomcat"]), Ldifs.Deployment("d2", "Shop"));
        var connectorId = (string)ldif["connectorId"]!;
        await bed.RunAsync(ldif);

        // The run reports FINISHED only after its synchronization is committed: no polling of the synclog needed.
        var runs = (JsonArray)(await GetAsync(bed, SyncLog + "?topic=" + Uri.EscapeDataString(WorkspaceRunSyncLog.Topic)))["data"]!;
        var synchronization = Assert.Single(runs)!;
        Assert.Equal(connectorId, (string?)synchronization["name"]);
        Assert.Equal("FINISHED", (string?)synchronization["progress"]);
        Assert.Equal("OK", (string?)synchronization["status"]);
        Assert.Equal(3, (long)synchronization["total"]!);

        var items = (JsonArray)(await GetAsync(bed, $"{SyncLog}/{synchronization["id"]}/syncItems"))["data"]!;
        var written = bed.Host.Workspace.State.FactSheets.All.ToDictionary(f => f.Id.ToString("D"));
        Assert.Equal(3, items.Count); // Billing, Tomcat, Shop
        Assert.All(items, item =>
        {
            Assert.Equal(("OK", "CREATE"), ((string?)item!["status"], (string?)item["action"]));
            var factSheet = written[(string)item["targetId"]!];
            Assert.Equal((factSheet.Name, factSheet.Type), ((string?)item["targetName"], (string?)item["targetType"]));
        });
        Assert.Equal(new HashSet<string?> { "d1", "comp-Tomcat", "d2" }, items.Select(i => (string?)i!["sourceId"]).ToHashSet());

        // A second, identical run writes nothing: its synchronization has no items.
        await bed.RunAsync(ldif);
        var again = (JsonArray)(await GetAsync(bed, SyncLog + "?topic=" + Uri.EscapeDataString(WorkspaceRunSyncLog.Topic)))["data"]!;
        Assert.Equal(2, again.Count);
        Assert.Contains(again, r => (long)r!["total"]! == 0);
    }
}
