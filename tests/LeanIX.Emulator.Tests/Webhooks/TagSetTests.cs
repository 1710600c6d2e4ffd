namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>D32: tagSets are OR over the inner sets and AND within a set; NO_WORKSPACE gets no workspace events.</summary>
public class TagSetTests
{
    [Fact]
    public async Task Each_subscription_gets_only_the_events_its_tag_sets_match()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var created = await bed.CreatePullAsync("created", ["pathfinder", "FACT_SHEET_CREATED"]);
        var either = await bed.CreatePullAsync("either", ["pathfinder", "FACT_SHEET_FIELD_UPDATED"], ["FACT_SHEET_ARCHIVED"]);
        var both = await bed.CreatePullAsync("both", ["pathfinder", "FACT_SHEET_CREATED", "FACT_SHEET_UPDATED"]);
        var everything = await bed.CreatePullAsync("everything", ["pathfinder"]);
        var noWorkspaceBody = WebhookTestBed.PullBody("no-workspace");
        noWorkspaceBody["workspaceConstraint"] = "NO_WORKSPACE";
        var noWorkspace = (string)(await bed.CreateAsync(noWorkspaceBody))["id"]!;

        var app = await bed.CreateFactSheetAsync("Application", "Filtered");
        await bed.UpdateAsync(app, null, WebhookTestBed.Patch("replace", "/alias", "F"));
        await bed.UpdateAsync(app, null, WebhookTestBed.Patch("replace", "/status", "ARCHIVED"));

        Assert.Equal(["FactSheetCreatedEvent"], await TypesAsync(bed, created));
        Assert.Equal(["FactSheetFieldUpdatedEvent", "FactSheetArchivedEvent"], await TypesAsync(bed, either));
        Assert.Empty(await TypesAsync(bed, both));
        Assert.Empty(await TypesAsync(bed, noWorkspace));
        Assert.Equal(["FactSheetCreatedEvent", "FactSheetFieldUpdatedEvent", "FactSheetUpdatedEvent", "FactSheetArchivedEvent", "FactSheetUpdatedEvent"],
            await TypesAsync(bed, everything));
    }

    private static async Task<List<string?>> TypesAsync(WebhookTestBed bed, string id) =>
        (await bed.PullAsync(id))["data"]!["events"]!.AsArray().Select(e => (string?)e!["event"]!["type"]).ToList();
}
