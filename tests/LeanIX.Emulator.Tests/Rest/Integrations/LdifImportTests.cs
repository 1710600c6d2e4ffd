using System.Diagnostics;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Tests.Webhooks;

namespace LeanIX.Emulator.Tests.Rest.Integrations;

/// <summary>Inbound runs end to end: what the LDIF writes, through the same mutation layer as GraphQL (D75).</summary>
public class LdifImportTests
{
    private static FactSheet ByExternalId(IntegrationTestBed bed, string externalId) =>
        bed.Host.Workspace.State.FactSheets.All.Single(fs => (string?)fs.Field("externalId")?["externalId"] == externalId);

    [Fact]
    public async Task Fact_sheets_relations_tags_subscriptions_and_documents_appear()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var id = await bed.RunAsync(Ldifs.Ldif(
            Ldifs.Deployment("d1", "Billing", "missionCritical", ["Oracle", "Tomcat"], "CMDB", "owner@example.com", "https://wiki/billing", "2024-03-01"),
            Ldifs.Deployment("d2", "Shop", components: ["Tomcat"])));
        Assert.Empty(await bed.WarningsAsync(id));
        var state = bed.Host.Workspace.State;

        var billing = ByExternalId(bed, "d1");
        Assert.Equal(("Application", "Billing", "Billing (imported)"), (billing.Type, billing.Name, billing.Description));
        Assert.Equal("missionCritical", (string?)billing.Field("businessCriticality"));
        Assert.Equal("BILLING", (string?)billing.Field("alias"));
        Assert.Equal("2024-03-01", (string?)billing.Field("lifecycle")!["phases"]![0]!["startDate"]);
        var tomcat = ByExternalId(bed, "comp-Tomcat");
        Assert.Equal("ITComponent", tomcat.Type);
        Assert.Equal(4, state.FactSheets.All.Count()); // Billing, Shop, Oracle, Tomcat: Tomcat once

        var relations = state.Relations.All.Where(r => r.IsActive).ToList();
        Assert.Equal(3, relations.Count);
        Assert.All(relations, r => Assert.Equal("from cmdb-apps", r.Description));
        Assert.Contains(relations, r => r.FromId == billing.Id && r.ToId == tomcat.Id);

        var group = Assert.Single(state.TagGroups.All, g => g.Name == "Source");
        Assert.Equal("SINGLE", group.Mode);
        var tag = Assert.Single(state.Tags.All, t => t.Name == "CMDB");
        Assert.Equal(group.Id, tag.TagGroupId);
        Assert.Equal([tag.Id], billing.TagIds);

        var subscription = Assert.Single(state.Subscriptions.OwnedBy(billing.Id));
        Assert.Equal("RESPONSIBLE", subscription.Type);
        var document = Assert.Single(state.Documents.OwnedBy(billing.Id));
        Assert.Equal(("Runbook", "https://wiki/billing"), (document.Name, document.Url));

        // The run's writes are ordinary changes: rev bumps and change records like a GraphQL mutation.
        Assert.True(billing.Rev > 0);
        Assert.Contains(state.ChangesOf(billing.Id), c => c.EventType == EventTypes.FactSheetCreated);
        Assert.Contains(state.ChangesOf(billing.Id), c => c.EventType == EventTypes.RelationCreated);
    }

    [Fact]
    public async Task A_second_run_updates_in_place_and_an_unchanged_item_changes_nothing()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "Billing", "missionCritical"), Ldifs.Deployment("d2", "Shop")));
        var shopRev = ByExternalId(bed, "d2").Rev;
        var id = await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "Billing 2", "businessCritical"), Ldifs.Deployment("d2", "Shop")));
        var billing = ByExternalId(bed, "d1");
        Assert.Equal(("Billing 2", "businessCritical"), (billing.Name, (string?)billing.Field("businessCriticality")));
        Assert.Equal(shopRev, ByExternalId(bed, "d2").Rev);
        var stats = await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/stats");
        Assert.Equal((0, 1), ((int)stats!["createdCount"]!, (int)stats["updatedCount"]!));
    }

    [Fact]
    public async Task A_bad_value_is_an_error_warning_of_that_processor_and_the_rest_of_the_item_is_written()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var id = await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "Billing", criticality: "veryCritical", components: ["Oracle"])));
        Assert.Equal("FINISHED", (string?)(await bed.WaitForEndAsync(id))["status"]);
        var warnings = await bed.WarningsAsync(id);
        Assert.Contains(warnings, w => (string?)w!["status"] == "ERROR" && ((string?)w["message"])!.Contains("veryCritical"));
        // The application was refused; its component was still created, and the relation to the missing app is an error too.
        Assert.Equal("Oracle", Assert.Single(bed.Host.Workspace.State.FactSheets.All).Name);
    }

    [Fact]
    public async Task Unsupported_expressions_are_expression_warnings_and_the_value_is_skipped()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        var config = Ldifs.InboundConfiguration();
        config["processors"]![0]!["updates"]!.AsArray().Add(Ldifs.Update("release", "${math:round(2.4)}"));
        await bed.PutConfigurationAsync(config);
        var id = await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "Billing")));
        var warning = Assert.Single(await bed.WarningsAsync(id))!;
        Assert.Equal(("EXPRESSION", "WARNING"), ((string?)warning["category"], (string?)warning["status"]));
        Assert.Contains("math:round", (string?)warning["message"]);
        Assert.Null(ByExternalId(bed, "d1").Field("release"));
    }

    [Fact]
    public async Task Full_mode_archives_fact_sheets_and_deletes_relations_in_scope_that_the_run_did_not_touch()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        var scope = new JsonObject
        {
            ["factSheets"] = new JsonArray(new JsonObject
            {
                ["scope"] = new JsonObject { ["facetFilters"] = new JsonArray(new JsonObject { ["facetKey"] = "FactSheetTypes", ["keys"] = new JsonArray("Application") }) }
            }),
            ["relations"] = new JsonArray(new JsonObject { ["relationTypes"] = new JsonArray("relApplicationToITComponent") })
        };
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration("full", scope));
        await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "Billing", components: ["Oracle", "Tomcat"]), Ldifs.Deployment("d2", "Shop")));
        Assert.Equal(4, bed.Host.Workspace.State.FactSheets.All.Count(f => f.IsActive));

        var id = await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "Billing", components: ["Oracle"])));
        var state = bed.Host.Workspace.State;
        Assert.Equal(FactSheetStatus.Archived, ByExternalIdAny(state, "d2").Status);
        Assert.True(ByExternalId(bed, "d1").IsActive);
        Assert.True(ByExternalId(bed, "comp-Tomcat").IsActive); // ITComponents are not in the deletion scope
        var relation = Assert.Single(state.Relations.All, r => r.IsActive);
        Assert.Equal(ByExternalId(bed, "comp-Oracle").Id, relation.ToId);
        var stats = await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/stats");
        Assert.Equal(2, (int)stats!["deletedCount"]!);
    }

    [Fact]
    public async Task The_maximum_deletion_ratio_cancels_a_deletion_that_is_too_large()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        var scope = new JsonObject
        {
            ["maximumDeletionRatio"] = new JsonObject { ["factSheets"] = 30 },
            ["factSheets"] = new JsonArray(new JsonObject
            {
                ["scope"] = new JsonObject { ["facetFilters"] = new JsonArray(new JsonObject { ["facetKey"] = "FactSheetTypes", ["keys"] = new JsonArray("Application") }) }
            })
        };
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration("full", scope));
        await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "A"), Ldifs.Deployment("d2", "B"), Ldifs.Deployment("d3", "C")));
        var id = await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "A")));
        Assert.Equal(3, bed.Host.Workspace.State.FactSheets.All.Count(f => f.IsActive));
        Assert.Contains(await bed.WarningsAsync(id), w => ((string?)w!["message"])!.Contains("exceeds the maximum deletion ratio"));
    }

    [Fact]
    public async Task Runs_emit_INTEGRATION_RUN_events_around_the_events_of_their_writes()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        var subscription = await bed.Client.SendAsync(HttpMethod.Post, WebhookTestBed.Base + "/subscriptions",
            WebhookTestBed.PullBody("runs", ["INTEGRATION_RUN_STARTED"], ["INTEGRATION_RUN_FINISHED"], ["FACT_SHEET_CREATED"]));
        var subscriptionId = (string)JsonNode.Parse(await subscription.Content.ReadAsStringAsync())!["data"]!["id"]!;
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var runId = await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "Billing")));

        JsonArray events = [];
        await Infrastructure.Eventually.TrueAsync(async () =>
        {
            var response = await bed.Client.SendAsync(HttpMethod.Get, WebhookTestBed.Base + $"/subscriptions/{subscriptionId}/events?timeout=0");
            events = (JsonArray)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["events"]!;
            return events.Count >= 3;
        }, "three events");
        var bodies = events.Select(e => e!["event"]!).ToList();
        Assert.Equal(["INTEGRATION-API", "FactSheetCreatedEvent", "INTEGRATION-API"], bodies.Select(b => (string?)b["type"]));
        Assert.Equal("STARTED", (string?)bodies[0]["progress"]);
        var finished = bodies[2];
        Assert.Equal(("FINISHED", "INBOUND", "PARTIAL"), ((string?)finished["progress"], (string?)finished["direction"], (string?)finished["scope"]));
        Assert.Equal((runId, Ldifs.ConnectorId, 1), ((string?)finished["synchronizationId"], (string?)finished["connectorId"], (int)finished["processedCount"]!));
    }

    [Fact]
    public async Task A_thousand_applications_with_relations_import_quickly()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var content = Enumerable.Range(0, 1000)
            .Select(i => Ldifs.Deployment($"app-{i:0000}", $"Application {i:0000}", "businessOperational", [$"Component {i % 50:00}"], source: i % 2 == 0 ? "CMDB" : null))
            .ToArray();
        var watch = Stopwatch.StartNew();
        var id = await bed.RunAsync(Ldifs.Ldif(content));
        watch.Stop();
        Assert.Empty(await bed.WarningsAsync(id));
        var state = bed.Host.Workspace.State;
        Assert.Equal(1000, state.FactSheets.All.Count(f => f.Type == "Application"));
        Assert.Equal(50, state.FactSheets.All.Count(f => f.Type == "ITComponent"));
        Assert.Equal(1000, state.Relations.All.Count(r => r.IsActive));
        Assert.Equal(500, state.FactSheets.All.Count(f => f.TagIds.Count == 1));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"1,000 applications took {watch.Elapsed}");
        Console.WriteLine($"LDIF import of 1,000 applications with relations: {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static FactSheet ByExternalIdAny(LeanIX.Emulator.Store.IWorkspaceView state, string externalId) =>
        state.FactSheets.All.Single(fs => (string?)fs.Field("externalId")?["externalId"] == externalId);
}
