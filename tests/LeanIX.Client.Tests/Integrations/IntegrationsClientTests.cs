using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Wire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Client.Tests.Integrations;

/// <summary>lx.Integrations against the emulator's Integration API (admin.md §1, D37–D42, D75).</summary>
public class IntegrationsClientTests
{
    /// <summary>A configuration as the admin UI exports it: apps by external id, their components, and the relation.</summary>
    private const string ConfigurationJson = """
        {
          "connectorType": "ci", "connectorId": "ci-apps", "connectorVersion": "1.0.0",
          "processingDirection": "inbound", "processingMode": "partial",
          "processors": [
            { "processorType": "inboundFactSheet", "processorName": "Apps", "type": "Application",
              "filter": { "exactType": "App" },
              "identifier": { "external": { "id": { "expr": "${content.id}" }, "type": { "expr": "externalId" } } },
              "updates": [ { "key": { "expr": "name" }, "values": [ { "expr": "${data.name}" } ] },
                           { "key": { "expr": "businessCriticality" }, "values": [ { "expr": "${data.criticality}" } ] } ] },
            { "processorType": "inboundFactSheet", "processorName": "Components", "type": "ITComponent",
              "filter": { "exactType": "App" }, "forEach": "${data.uses}",
              "identifier": { "external": { "id": { "expr": "${integration.valueOfForEach}" }, "type": { "expr": "externalId" } } },
              "updates": [ { "key": { "expr": "name" }, "values": [ { "expr": "${integration.valueOfForEach.toUpperCase()}" } ] } ] },
            { "processorType": "inboundRelation", "processorName": "Uses", "run": 1, "type": "relApplicationToITComponent",
              "filter": { "exactType": "App" }, "forEach": "${data.uses}",
              "from": { "external": { "id": { "expr": "${content.id}" }, "type": { "expr": "externalId" } } },
              "to": { "external": { "id": { "expr": "${integration.valueOfForEach}" }, "type": { "expr": "externalId" } } } }
          ]
        }
        """;

    private static readonly ConnectorIdentity Identity = new("ci", "ci-apps", "1.0.0");

    private static Ldif Apps(params LdifContent[] content) => new() { ConnectorType = "ci", ConnectorId = "ci-apps", Content = content };

    private static LdifContent App(string id, string name, string? criticality = null, params string[] uses) => new("App", id, new Dictionary<string, object?>
    {
        ["name"] = name, ["criticality"] = criticality, ["uses"] = uses
    });

    [Fact]
    public async Task Configurations_are_created_read_replaced_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        Assert.Empty(await lx.Integrations.GetConfigurationsAsync());
        var configuration = IntegrationConfiguration.Parse(ConfigurationJson);
        await lx.Integrations.CreateConfigurationAsync(configuration);
        await Assert.ThrowsAsync<IntegrationConfigurationExistsException>(() => lx.Integrations.CreateConfigurationAsync(configuration));

        var stored = Assert.Single(await lx.Integrations.GetConfigurationsAsync());
        Assert.Equal(Identity, stored.Identity);
        Assert.Equal(3, stored.Processors.Count);

        var fewer = (JsonObject)configuration.Json.DeepClone();
        fewer["processors"]!.AsArray().RemoveAt(2);
        await lx.Integrations.CreateOrUpdateConfigurationAsync(new IntegrationConfiguration(fewer));
        Assert.Equal(2, (await lx.Integrations.GetConfigurationAsync(Identity))!.Processors.Count);
        Assert.Null(await lx.Integrations.GetConfigurationAsync(Identity with { ConnectorVersion = "9.9.9" }));

        await lx.Integrations.DeleteConfigurationAsync(Identity);
        Assert.Empty(await lx.Integrations.GetConfigurationsAsync());
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Integrations.DeleteConfigurationAsync(Identity));
    }

    [Fact]
    public async Task A_malformed_processor_is_a_request_failure_with_the_services_message()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var json = JsonNode.Parse(ConfigurationJson)!.AsObject();
        json["processors"]![0]!["processorType"] = "inboundWhatever";
        var e = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Integrations.CreateOrUpdateConfigurationAsync(new IntegrationConfiguration(json)));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, e.Status);
        Assert.Contains("inboundWhatever", e.Message);
    }

    [Fact]
    public async Task RunAsync_imports_a_typed_ldif_and_returns_the_run_result()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse(ConfigurationJson));

        var result = await lx.Integrations.RunAsync(Apps(App("a1", "Billing", "missionCritical", "oracle", "tomcat"), App("a2", "Shop", null, "tomcat")));

        Assert.Equal(IntegrationRunStatus.Finished, result.Status);
        Assert.Empty(result.Warnings);
        Assert.Equal(4, result.Statistics!.CreatedCount);
        Assert.Null(result.Results);
        var apps = await lx.FactSheets.Of("Application").AllAsync();
        Assert.Equal(["Billing", "Shop"], apps.Select(a => a.Name).Order());
        var components = await lx.FactSheets.Of("ITComponent").AllAsync();
        Assert.Equal(["ORACLE", "TOMCAT"], components.Select(a => a.Name).Order());
        Assert.Equal(3, host.Workspace.State.Relations.All.Count(r => r.IsActive));
    }

    [Fact]
    public async Task A_failed_run_throws_with_the_runs_reasons_and_its_result()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse(ConfigurationJson));
        var foreign = Apps(App("a1", "Billing")) with { LxWorkspace = Guid.Parse("00000000-0000-4000-8000-00000000abcd") };

        var e = await Assert.ThrowsAsync<IntegrationRunFailedException>(() => lx.Integrations.RunAsync(foreign));

        Assert.Equal(IntegrationRunStatus.Failed, e.Result.Status);
        Assert.Contains("ended FAILED", e.Message);
        Assert.Contains("does not match the workspace", e.Message);
        Assert.True(Assert.Single(e.Result.Errors).IsError);
        Assert.Empty(await lx.FactSheets.Of("Application").AllAsync());
    }

    [Fact]
    public async Task Per_item_errors_do_not_fail_the_run_and_are_in_its_warnings()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse(ConfigurationJson));
        var result = await lx.Integrations.RunAsync(Apps(App("a1", "Billing", "notACriticality"), App("a2", "Shop")));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("a1", "Apps"), (error.ContentId, error.ProcessorName));
        Assert.Contains("notACriticality", error.Message);
        Assert.Equal("Shop", Assert.Single(await lx.FactSheets.Of("Application").AllAsync()).Name);
    }

    [Fact]
    public async Task Without_a_configuration_the_run_is_refused_and_a_test_run_writes_nothing()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var refused = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Integrations.RunAsync(Apps(App("a1", "Billing"))));
        Assert.Contains("No processor configuration found", refused.Message);

        await lx.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse(ConfigurationJson));
        var dry = await lx.Integrations.RunAsync(Apps(App("a1", "Billing")), test: true);
        Assert.Equal(1, dry.Statistics!.CreatedCount);
        Assert.Empty(await lx.FactSheets.Of("Application").AllAsync());
    }

    [Fact]
    public async Task A_viewer_cannot_run_an_ldif()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var viewerId = Ids.FromName("integrations-client-viewer");
        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.Users.Add(new User { Id = viewerId, UserName = "viewer", Email = "viewer@example.com", PermissionId = Ids.FromName("viewer-perm"), PermissionRole = "VIEWER" });
            host.Workspace.Commit(tx);
        }
        host.Workspace.ApiTokens["integrations-viewer-token"] = viewerId;
        using var admin = TestClients.For(host);
        await admin.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse(ConfigurationJson));
        using var viewer = TestClients.For(host, o => o.ApiToken = "integrations-viewer-token");
        Assert.Single(await viewer.Integrations.GetConfigurationsAsync());
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Integrations.RunAsync(Apps(App("a1", "Billing"))));
    }

    [Fact]
    public async Task Outbound_runs_return_the_result_ldif_typed()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse(ConfigurationJson));
        await lx.Integrations.RunAsync(Apps(App("a1", "Billing", "missionCritical"), App("a2", "Shop")));
        await lx.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse("""
            { "connectorType": "ci", "connectorId": "ci-export", "connectorVersion": "1.0.0", "processingDirection": "outbound",
              "processors": [ { "processorType": "outboundFactSheet", "processorName": "Export apps",
                "scope": { "facetFilters": [ { "facetKey": "FactSheetTypes", "keys": ["Application"] } ] },
                "output": [ { "key": { "expr": "content.type" }, "values": [ { "expr": "App" } ] },
                            { "key": { "expr": "content.id" }, "values": [ { "expr": "${lx.factsheet.externalId.externalId}" } ] },
                            { "key": { "expr": "name" }, "values": [ { "expr": "${lx.factsheet.name}" } ] },
                            { "key": { "expr": "critical" }, "values": [ { "expr": "${lx.factsheet.businessCriticality == 'missionCritical'}" } ] } ] } ] }
            """));

        var result = await lx.Integrations.RunAsync(new Ldif { ConnectorType = "ci", ConnectorId = "ci-export", ProcessingDirection = IntegrationDirection.Outbound });

        var content = result.Results!.Content.OrderBy(c => c.Id).ToList();
        Assert.Equal(["a1", "a2"], content.Select(c => c.Id));
        Assert.All(content, c => Assert.Equal("App", c.Type));
        Assert.Equal(("Billing", "true"), ((string?)content[0].Data["name"], (string?)content[0].Data["critical"]));
        Assert.Equal("ci-export", result.Results.ConnectorId);
    }

    [Fact]
    public async Task Waiting_runs_on_the_clients_clock_and_gives_up_after_max_wait_with_a_typed_exception()
    {
        // The server holds the run PENDING for an hour of its own (fake) time, so only the client's clock moves.
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new EmulatorOptions { Workspaces = { new WorkspaceConfig { Seed = "empty" } } };
        options.Integrations.RunDelay = TimeSpan.FromHours(1);
        await using var host = await EmulatorHost.StartAsync(options, serverClock);
        var clientClock = new FakeTimeProvider(serverClock.GetUtcNow());
        await using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clientClock)
            .AddLeanIX(o => { o.ApiToken = host.ApiToken; o.Host = host.BaseUrl; o.Timeout = TimeSpan.FromMinutes(5); })
            .BuildServiceProvider();
        var lx = provider.GetRequiredService<LeanIXClient>();
        await lx.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse(ConfigurationJson));

        var run = lx.Integrations.RunAsync(Apps(App("a1", "Billing")), maxWait: TimeSpan.FromSeconds(30));
        for (var i = 0; i < 2000 && !run.IsCompleted; i++)
        {
            clientClock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5); // lets the client's poll request run; no test time passes on either fake clock
        }

        var e = await Assert.ThrowsAsync<IntegrationRunTimeoutException>(() => run);
        Assert.Contains("is still PENDING", e.Message);
        // The run goes on; stopping it is the caller's choice.
        await lx.Integrations.StopRunAsync(e.RunId);
        Assert.Equal(IntegrationRunStatus.Stopped, (await lx.Integrations.GetRunStatusAsync(e.RunId)).Status);
    }
}
