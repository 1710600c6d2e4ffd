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
        Assert.Equal(4, (long)synchronization["total"]!);

        var all = (JsonArray)(await GetAsync(bed, $"{SyncLog}/{synchronization["id"]}/syncItems"))["data"]!;
        var relation = Assert.Single(all, i => (string?)i!["targetType"] == "relApplicationToITComponent")!;
        Assert.Equal(("CREATE", "Billing → Tomcat", "d1"), ((string?)relation["action"], (string?)relation["targetName"], (string?)relation["sourceId"]));
        var items = all.Where(i => i != relation).ToList();
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

    [Fact]
    public async Task Relation_tag_subscription_and_document_writes_are_items_too()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var deployment = Ldifs.Deployment("d1", "Billing", components: ["Tomcat"], source: "CMDB", owner: "owner@example.com", docs: "https://wiki/billing");
        await bed.RunAsync(Ldifs.Ldif((JsonObject)deployment.DeepClone()));
        var items = await ItemsOfNewestRunAsync(bed);
        var byType = items.GroupBy(i => (string?)i["targetType"]).ToDictionary(g => g.Key!, g => g.Select(i => ((string?)i["action"], (string?)i["targetName"])).ToList());
        Assert.Equal([("CREATE", "Billing → Tomcat")], byType["relApplicationToITComponent"]);
        Assert.Equal([("UPDATE", "Billing: tag CMDB")], byType["Tag"]);
        Assert.Equal([("CREATE", "owner@example.com on Billing")], byType["Subscription"]);
        Assert.Equal([("CREATE", "Runbook")], byType["Document"]);
        // Fact sheet items carry their own external id (comp-Tomcat); the others the content item's id.
        Assert.All(items.Where(i => (string?)i["targetType"] is not ("Application" or "ITComponent")), i => Assert.Equal("d1", (string?)i["sourceId"]));
        Assert.Equal(6, items.Count);

        // Only what changed is an item: a new document URL updates the document, the rest stays as it was.
        deployment["data"]!["docs"] = "https://wiki/billing-v2";
        bed.Clock.Advance(TimeSpan.FromSeconds(1)); // the second run's synchronization is the newest
        await bed.RunAsync(Ldifs.Ldif((JsonObject)deployment.DeepClone()));
        var second = await ItemsOfNewestRunAsync(bed);
        Assert.Equal([("UPDATE", "Document", "Runbook")], second.Select(i => ((string?)i["action"], (string?)i["targetType"], (string?)i["targetName"])));
    }

    private static async Task<List<JsonObject>> ItemsOfNewestRunAsync(IntegrationTestBed bed)
    {
        var runs = (JsonArray)(await GetAsync(bed, SyncLog + "?topic=" + Uri.EscapeDataString(WorkspaceRunSyncLog.Topic) + "&sort=createdAt-desc"))["data"]!;
        var newest = runs.OfType<JsonObject>().MaxBy(r => (string?)r["createdAt"])!;
        var items = (JsonArray)(await GetAsync(bed, $"{SyncLog}/{newest["id"]}/syncItems"))["data"]!;
        return items.OfType<JsonObject>().ToList();
    }
}
