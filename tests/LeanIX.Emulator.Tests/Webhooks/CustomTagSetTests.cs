namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>D85: tagSets accept any non-empty strings; the emulator emits only what it can produce.</summary>
public class CustomTagSetTests
{
    [Fact]
    public async Task Custom_tags_are_stored_and_match_only_events_that_carry_them()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var body = WebhookTestBed.PullBody("automation",
            ["MTM", "WORKSPACE_DELETE"], ["integrations", "CONNECTOR_CREATED"], ["pathfinder", "BOOKMARK_CREATED"], ["pathfinder", "FACT_SHEET_CREATED"]);
        var created = await bed.CreateAsync(body);
        Assert.Equal("""[["MTM","WORKSPACE_DELETE"],["integrations","CONNECTOR_CREATED"],["pathfinder","BOOKMARK_CREATED"],["pathfinder","FACT_SHEET_CREATED"]]""",
            created["tagSets"]!.ToJsonString());

        await bed.CreateFactSheetAsync("Application", "Tagged");
        var events = (await bed.PullAsync((string)created["id"]!))["data"]!["events"]!.AsArray();
        Assert.Equal(["FactSheetCreatedEvent"], events.Select(e => (string?)e!["event"]!["type"]));
    }
}
