using System.Text.Json.Nodes;
using LeanIX.Emulator.Tests.Webhooks;
using static LeanIX.Emulator.Tests.Webhooks.WebhookTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D92: approving with <c>/qualitySeal</c>, breaking the seal on later changes, and the webhook events.</summary>
public class QualitySealTests
{
    private const string Read = """query ($id: ID!) { factSheet(id: $id) { lxState qualitySeal rev } }""";

    [Fact]
    public async Task Approve_then_field_relation_changes_break_the_seal_with_events_unless_validate_only_or_disabled()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var pull = await bed.CreatePullAsync("seal", ["pathfinder", "QUALITY_SEAL_APPROVED"], ["pathfinder", "QUALITY_SEAL_BROKEN"]);
        var app = await bed.CreateFactSheetAsync("Application", "Sealed");
        var itc = await bed.CreateFactSheetAsync("ITComponent", "Other end");

        await bed.UpdateAsync(app, null, Patch("replace", "/qualitySeal", "approve"));
        await bed.UpdateAsync(itc, null, Patch("replace", "/qualitySeal", "APPROVED"));
        Assert.Equal("APPROVED", (string?)(await StateAsync(bed, app))["lxState"]);
        Assert.Equal("APPROVED", (string?)(await StateAsync(bed, itc))["qualitySeal"]);

        // validateOnly: no change, no event.
        await bed.Client.GraphQLDataAsync($$"""
            mutation { updateFactSheet(id: "{{app}}", validateOnly: true, patches: [{op: replace, path: "/alias", value: "x"}]) { factSheet { lxState } } }
            """);
        Assert.Equal("APPROVED", (string?)(await StateAsync(bed, app))["lxState"]);

        await bed.UpdateAsync(app, null, Patch("replace", "/alias", "changed"));
        Assert.Equal("BROKEN_QUALITY_SEAL", (string?)(await StateAsync(bed, app))["lxState"]);
        Assert.Equal("APPROVED", (string?)(await StateAsync(bed, itc))["lxState"]);

        // A relation change breaks the seal at both ends; the call that approves keeps its own seal.
        await bed.UpdateAsync(app, null, Patch("replace", "/qualitySeal", "approve"),
            Patch("add", "/relApplicationToITComponent/new_1", new JsonObject { ["factSheetId"] = itc.ToString() }.ToJsonString()));
        Assert.Equal("APPROVED", (string?)(await StateAsync(bed, app))["lxState"]);
        Assert.Equal("BROKEN_QUALITY_SEAL", (string?)(await StateAsync(bed, itc))["lxState"]);

        var events = (await bed.PullAsync(pull))["data"]!["events"]!.AsArray().Select(e => e!["event"]!).ToList();
        Assert.Equal(
            [("QualitySealApprovedEvent", app), ("QualitySealApprovedEvent", itc), ("QualitySealBrokenEvent", app),
             ("QualitySealApprovedEvent", app), ("QualitySealBrokenEvent", itc)],
            events.Select(e => ((string)e["type"]!, Guid.Parse((string)e["fsIdAndRev"]!["id"]!))).ToList());

        // Disabled seal: changes keep the approval.
        bed.Host.Workspace.QualitySealEnabled = false;
        await bed.UpdateAsync(app, null, Patch("add", "/tags", """[{"tagName":"Sealed anyway"}]"""));
        Assert.Equal("APPROVED", (string?)(await StateAsync(bed, app))["lxState"]);

        var wrong = await bed.Client.GraphQLAsync($$"""
            mutation { updateFactSheet(id: "{{app}}", patches: [{op: replace, path: "/qualitySeal", value: "maybe"}]) { factSheet { id } } }
            """);
        GraphMutationAssert.BusinessError(wrong, "updateFactSheet", "MODEL_COMPLIANT");
    }

    [Fact]
    public async Task A_tag_change_of_an_approved_fact_sheet_breaks_the_seal_and_is_in_the_log()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var app = await bed.CreateFactSheetAsync("Application", "Tagged", Patch("replace", "/qualitySeal", "approve"));
        Assert.Equal("APPROVED", (string?)(await StateAsync(bed, app))["lxState"]);
        await bed.UpdateAsync(app, "retag", Patch("add", "/tags", """[{"tagName":"Fresh"}]"""));
        Assert.Equal("BROKEN_QUALITY_SEAL", (string?)(await StateAsync(bed, app))["lxState"]);
        var log = await bed.Client.GraphQLDataAsync($$"""{ allLogEvents(factSheetId: "{{app}}", eventTypes: [QUALITY_SEAL_BROKEN, QUALITY_SEAL_APPROVED]) { edges { node { eventType message } } } }""");
        Assert.Equal(["QUALITY_SEAL_BROKEN", "QUALITY_SEAL_APPROVED"],
            log["allLogEvents"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["eventType"]!).ToList());
    }

    private static async Task<JsonNode> StateAsync(WebhookTestBed bed, Guid id) =>
        (await bed.Client.GraphQLDataAsync(Read, new JsonObject { ["id"] = id.ToString() }))["factSheet"]!;
}
