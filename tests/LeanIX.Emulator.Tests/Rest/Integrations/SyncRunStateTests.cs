using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Tests.Rest.Integrations;

/// <summary>The run state machine and its routes (admin.md §1.1, §1.5, D38–D40, D75).</summary>
public class SyncRunStateTests
{
    [Fact]
    public async Task A_run_goes_created_pending_and_after_the_configured_delay_finished()
    {
        await using var bed = await IntegrationTestBed.StartAsync(runDelay: TimeSpan.FromSeconds(30));
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var created = await bed.ExpectAsync(200, HttpMethod.Post, "/synchronizationRuns", Ldifs.Ldif(Ldifs.Deployment("d1", "Billing")));
        var id = (string)created!["id"]!;
        Assert.Equal("CREATED", (string?)(await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/status"))!["status"]);
        Assert.Equal(id, (string?)Assert.Single((JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, "/synchronizationRuns"))!)!["id"]);

        var started = await bed.ExpectAsync(200, HttpMethod.Post, $"/synchronizationRuns/{id}/start");
        Assert.Null(started); // 200 without a body (DOCS/integration-rest-api)
        Assert.Equal("PENDING", (string?)(await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/status"))!["status"]);
        await bed.ExpectErrorAsync(400, HttpMethod.Post, $"/synchronizationRuns/{id}/start", null, "already started");
        Assert.Empty(bed.Host.Workspace.State.FactSheets.All);

        bed.Clock.Advance(TimeSpan.FromSeconds(30));
        var status = await bed.WaitForEndAsync(id);
        Assert.Equal("FINISHED", (string?)status["status"]);
        Assert.Single(bed.Host.Workspace.State.FactSheets.All);
        var stats = await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/stats");
        Assert.Equal(1, (int)stats!["createdCount"]!);
        Assert.Equal(1, (int)stats["processedContentCount"]!);
        var progress = await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/progress");
        Assert.Equal(1, (int)progress!["contentsCount"]!);
        await bed.ExpectErrorAsync(400, HttpMethod.Post, $"/synchronizationRuns/{id}/stop", null, "not pending or in progress");
    }

    [Fact]
    public async Task Stopping_a_pending_run_leaves_it_stopped_and_nothing_written()
    {
        await using var bed = await IntegrationTestBed.StartAsync(runDelay: TimeSpan.FromSeconds(30));
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var id = (string)(await bed.ExpectAsync(200, HttpMethod.Post, "/synchronizationRuns?start=true", Ldifs.Ldif(Ldifs.Deployment("d1", "Billing"))))!["id"]!;
        await bed.ExpectAsync(200, HttpMethod.Post, $"/synchronizationRuns/{id}/stop");
        bed.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("STOPPED", (string?)(await bed.WaitForEndAsync(id))["status"]);
        Assert.Empty(bed.Host.Workspace.State.FactSheets.All);
    }

    [Fact]
    public async Task A_test_run_processes_everything_and_writes_nothing()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var id = await bed.RunAsync(Ldifs.Ldif(Ldifs.Deployment("d1", "Billing", components: ["Oracle"])), test: true);
        var stats = await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/stats");
        Assert.Equal(2, (int)stats!["createdCount"]!);
        Assert.Empty(bed.Host.Workspace.State.FactSheets.All);
    }

    [Fact]
    public async Task An_ldif_for_another_workspace_fails_the_run_with_an_error_warning()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var ldif = Ldifs.Ldif(Ldifs.Deployment("d1", "Billing"));
        ldif["lxWorkspace"] = "00000000-0000-4000-8000-000000000001";
        var id = await bed.RunAsync(ldif);
        var status = await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/status");
        Assert.Equal("FAILED", (string?)status!["status"]);
        Assert.Contains("does not match the workspace", (string?)status["description"]);
        var warning = Assert.Single(await bed.WarningsAsync(id));
        Assert.Equal("ERROR", (string?)warning!["status"]);
        Assert.Empty(bed.Host.Workspace.State.FactSheets.All);
    }

    [Fact]
    public async Task Creation_refuses_an_ldif_without_configuration_or_with_bad_content_and_unknown_runs_are_404()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.ExpectErrorAsync(400, HttpMethod.Post, "/synchronizationRuns", Ldifs.Ldif(Ldifs.Deployment("d1", "A")),
            "No processor configuration found for connectorType/connectorId/connectorVersion/processingDirection");
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        var noData = Ldifs.Ldif(new JsonObject { ["type"] = "Deployment", ["id"] = "d1" });
        await bed.ExpectErrorAsync(400, HttpMethod.Post, "/synchronizationRuns", noData, "needs a 'data' object");
        var longHeader = Ldifs.Ldif();
        longHeader["description"] = new string('x', 501);
        await bed.ExpectErrorAsync(400, HttpMethod.Post, "/synchronizationRuns", longHeader, "longer than 500");
        var unknown = Guid.NewGuid();
        await bed.ExpectErrorAsync(404, HttpMethod.Get, $"/synchronizationRuns/{unknown}/status", null, "not found");
        await bed.ExpectErrorAsync(404, HttpMethod.Post, "/synchronizationRuns/not-a-uuid/start", null, "not found");
    }

    [Fact]
    public async Task Without_a_version_the_highest_configured_version_runs()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        var older = Ldifs.InboundConfiguration();
        older["processors"]![0]!["type"] = "ITComponent";
        await bed.PutConfigurationAsync(older);
        var newer = Ldifs.InboundConfiguration();
        newer["connectorVersion"] = "1.10.0";
        await bed.PutConfigurationAsync(newer);
        var ldif = Ldifs.Ldif(Ldifs.Deployment("d1", "Billing"));
        ldif.Remove("connectorVersion");
        await bed.RunAsync(ldif);
        Assert.Equal("Application", Assert.Single(bed.Host.Workspace.State.FactSheets.All).Type);
    }

    [Fact]
    public async Task Warnings_page_with_offset_and_limit()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        await bed.PutConfigurationAsync(Ldifs.InboundConfiguration());
        // Three deployments without a name: each is an error of the first processor, after the expression warning of its
        // alias update (toUpperCase() on a missing name).
        var content = Enumerable.Range(1, 3).Select(i => new JsonObject { ["type"] = "Deployment", ["id"] = $"d{i}", ["data"] = new JsonObject() }).ToArray();
        var id = await bed.RunAsync(Ldifs.Ldif(content));
        var all = await bed.WarningsAsync(id);
        Assert.Equal(6, all.Count);
        Assert.Equal(3, all.Count(w => (string?)w!["status"] == "ERROR"));
        var page = (JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/warnings?offset=3&limit=1"))!;
        var warning = Assert.Single(page)!;
        Assert.Equal("d2", (string?)warning["content"]);
        Assert.Equal("Apps from Deployments", (string?)warning["processor"]!["name"]);
        Assert.Contains("needs a 'name' update", (string?)warning["message"]);
        await bed.ExpectErrorAsync(400, HttpMethod.Get, $"/synchronizationRuns/{id}/warnings?limit=101", null, "limit");
    }

    [Fact]
    public async Task WithConfig_runs_an_ldif_with_a_configuration_that_is_not_stored()
    {
        await using var bed = await IntegrationTestBed.StartAsync();
        var body = new JsonObject { ["input"] = Ldifs.Ldif(Ldifs.Deployment("d1", "Billing")), ["processorConfiguration"] = Ldifs.InboundConfiguration() };
        var id = (string)(await bed.ExpectAsync(200, HttpMethod.Post, "/synchronizationRuns/withConfig?start=true", body))!["id"]!;
        Assert.Equal("FINISHED", (string?)(await bed.WaitForEndAsync(id))["status"]);
        Assert.Single(bed.Host.Workspace.State.FactSheets.All);
        Assert.Empty((JsonArray)(await bed.ExpectAsync(200, HttpMethod.Get, "/configurations"))!);
        body["processorConfiguration"]!["processors"]![0]!["processorType"] = "nonsense";
        await bed.ExpectErrorAsync(400, HttpMethod.Post, "/synchronizationRuns/withConfig", body, "not a known processor type");
        await bed.ExpectErrorAsync(501, HttpMethod.Post, "/fastSynchronizationRuns", Ldifs.Ldif(), "D76");
    }
}
