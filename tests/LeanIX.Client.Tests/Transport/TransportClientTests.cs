using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Transport;
using LeanIX.Client.Webhooks;

namespace LeanIX.Client.Tests.Transport;

/// <summary><c>lx.Transport</c> between a sandbox and a production workspace of one emulator.</summary>
public sealed class TransportClientTests : IDisposable
{
    private readonly string _backups = Directory.CreateTempSubdirectory("leanix-transport-").FullName;

    public void Dispose() => Directory.Delete(_backups, recursive: true);

    private TransportApplyOptions Options => new() { BackupDirectory = _backups };

    private async Task<TransportPlan> MoveAsync(TransportHosts hosts, string kind, TransportSelection? selection = null)
    {
        var plan = await hosts.Sandbox.Transport.PlanAsync(kind, selection ?? TransportSelection.All, hosts.Production);
        var result = await hosts.Sandbox.Transport.ApplyAsync(plan, Options);
        Assert.True(result.Succeeded, string.Join("; ", result.Failed.Select(f => $"{f.Item.Key}: {f.Reason}")));
        return plan;
    }

    [Fact]
    public async Task Every_kind_moves_to_production_and_a_second_plan_changes_nothing()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await TransportScenario.BuildAsync(hosts.Sandbox);
        await hosts.Production.FactSheets.CreateAsync("Application", "Billing");
        var selections = new Dictionary<string, TransportSelection>
        {
            ["tags"] = TransportSelection.Of("Cost Center"), ["roles"] = TransportSelection.Of("Data Curator"),
            ["webhooks"] = TransportSelection.All, ["integrations"] = TransportSelection.All, ["objects"] = TransportSelection.All
        };

        foreach (var (kind, selection) in selections)
        {
            var plan = await MoveAsync(hosts, kind, selection);
            Assert.Equal(("sandbox", "production"), (plan.SourceWorkspace, plan.TargetWorkspace));
            Assert.True(plan.Count(TransportAction.Create) > 0, $"{kind}: {plan.Summary}");
            Assert.Equal(0, plan.Count(TransportAction.Conflict));

            var again = await hosts.Sandbox.Transport.PlanAsync(kind, selection, hosts.Production);
            Assert.False(again.HasChanges, $"{kind} second plan: {again.Summary}; " +
                string.Join("; ", again.Items.Where(i => i.IsChange).SelectMany(i => i.Differences.Select(d => $"{i.Key}.{d.Field}: {d.Target} → {d.Source}"))));
            Assert.All(again.Items, i => Assert.Equal(TransportAction.Unchanged, i.Action));
            var noop = await hosts.Sandbox.Transport.ApplyAsync(again, Options);
            Assert.Null(noop.BackupFile);
        }

        var group = await hosts.Production.Tags.GetGroupAsync("Cost Center");
        Assert.Equal(("SINGLE", "CC", "Who pays", 2), (group.Mode, group.ShortName, group.Description, group.TagCount));
        Assert.Equal("#ff0000", (await hosts.Production.Tags.GetAsync("Cost Center", "CC-100")).Color);
        var role = await hosts.Production.SubscriptionRoles.GetAsync("Data Curator");
        Assert.Equal(("Keeps the data clean", "RESPONSIBLE"), (role.Description, role.SubscriptionType));
        var webhooks = await hosts.Production.Webhooks.GetAllAsync();
        Assert.Equal(["alerts", "prod-sync"], webhooks.Select(w => w.Identifier).Order());
        var alerts = webhooks.Single(w => w.Identifier == "alerts");
        Assert.Equal(WebhookAuthorization.Basic("robot", "s3cret-password"), alerts.AuthorizationHeader);
        Assert.Equal((await hosts.Production.Connection.GetWorkspaceAsync()).WorkspaceId, alerts.WorkspaceId);
        Assert.NotNull(await hosts.Production.Integrations.GetConfigurationAsync(new ConnectorIdentity("ci", "ci-apps", "1.0.0")));
    }

    [Fact]
    public async Task Ids_in_bookmarks_become_the_targets_ids_of_the_same_tag_role_and_fact_sheet()
    {
        await using var hosts = await TransportHosts.StartAsync();
        var sandbox = await TransportScenario.BuildAsync(hosts.Sandbox);
        var productionBilling = await hosts.Production.FactSheets.CreateAsync("Application", "Billing");
        await MoveAsync(hosts, "tags");
        await MoveAsync(hosts, "roles", TransportSelection.Of("Data Curator"));
        await MoveAsync(hosts, "objects");

        var group = await hosts.Production.Tags.GetGroupAsync("Cost Center");
        var tag = await hosts.Production.Tags.GetAsync("Cost Center", "CC-100");
        var role = await hosts.Production.SubscriptionRoles.GetAsync("Data Curator");
        Assert.NotEqual(sandbox.GroupId, group.Id);
        Assert.NotEqual(sandbox.Cc100Id, tag.Id);
        var search = await hosts.Production.Bookmarks.GetAsync("Cost center apps", BookmarkTypes.Inventory);
        Assert.True(JsonNode.DeepEquals(TransportScenario.SearchState(group.Id, tag.Id, role.Id), search.State), search.State.ToJsonString());
        var diagram = await hosts.Production.Bookmarks.GetDiagramAsync("Billing landscape");
        var graphXml = (string?)diagram.State["graphXml"];
        Assert.Contains($"factSheetId=\"{productionBilling.Id}\"", graphXml, StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.BillingId.ToString(), graphXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_made_in_the_sandbox_arrive_as_field_level_updates()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await TransportScenario.BuildAsync(hosts.Sandbox);
        await hosts.Production.FactSheets.CreateAsync("Application", "Billing");
        await MoveAsync(hosts, "roles", TransportSelection.Of("Data Curator"));
        foreach (var kind in new[] { "tags", "webhooks", "objects" }) await MoveAsync(hosts, kind);
        Assert.Equal(2, (await hosts.Production.Bookmarks.ListAsync(BookmarkTypes.Inventory)).Count + (await hosts.Production.Bookmarks.ListDiagramsAsync()).Count);

        await hosts.Sandbox.Tags.UpsertTagGroupAsync("Cost Center", description: "Who pays, and how much");
        await hosts.Sandbox.Tags.UpsertTagAsync("Cost Center", "CC-200", color: "#0000ff");
        var sync = (await hosts.Sandbox.Webhooks.GetAllAsync("prod-sync")).Single();
        await hosts.Sandbox.Webhooks.UpdateAsync(sync with { TagSets = [.. sync.TagSets, WebhookTagSets.ForPathfinder(WebhookEventTags.FactSheetArchived)] });
        var search = await hosts.Sandbox.Bookmarks.GetAsync("Cost center apps", BookmarkTypes.Inventory);
        await hosts.Sandbox.Bookmarks.UpdateAsync(search with { Description = "Apps paid by Finance" });

        var tags = await hosts.Sandbox.Transport.PlanAsync("tags", TransportSelection.All, hosts.Production);
        Assert.Equal(["description"], tags.Items.Single(i => i.Key == "Cost Center").Differences.Select(d => d.Field));
        var color = Assert.Single(tags.Items.Single(i => i.Key == "Cost Center/CC-200").Differences);
        Assert.Equal(("color", "#00ff00", "#0000ff"), (color.Field, (string?)color.Target, (string?)color.Source));
        await hosts.Sandbox.Transport.ApplyAsync(tags, Options);
        var webhooks = await MoveAsync(hosts, "webhooks");
        Assert.Equal(["tagSets"], Assert.Single(webhooks.Items, i => i.Action == TransportAction.Update).Differences.Select(d => d.Field));
        var objects = await MoveAsync(hosts, "objects");
        Assert.Equal(["description"], Assert.Single(objects.Items, i => i.Action == TransportAction.Update).Differences.Select(d => d.Field));

        foreach (var kind in new[] { "tags", "webhooks", "objects" })
            Assert.False((await hosts.Sandbox.Transport.PlanAsync(kind, TransportSelection.All, hosts.Production)).HasChanges, kind);
        Assert.Equal("Who pays, and how much", (await hosts.Production.Tags.GetGroupAsync("Cost Center")).Description);
        Assert.Equal(2, (await hosts.Production.Webhooks.GetAllAsync("prod-sync")).Single().TagSets.Count);
        Assert.Equal("Apps paid by Finance", (await hosts.Production.Bookmarks.GetAsync("Cost center apps", BookmarkTypes.Inventory)).Description);
    }

    [Fact]
    public async Task Unresolvable_references_are_conflicts_that_apply_leaves_alone()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await TransportScenario.BuildAsync(hosts.Sandbox);

        // Neither tags nor roles nor the Billing fact sheet are in production yet.
        var plan = await hosts.Sandbox.Transport.PlanAsync("objects", TransportSelection.All, hosts.Production);

        Assert.Equal(2, plan.Count(TransportAction.Conflict));
        var search = plan.Items.Single(i => i.Key == "INVENTORY/Cost center apps");
        Assert.Contains(search.Conflicts, c => c.Contains("tag 'Cost Center/CC-100' does not exist in the target", StringComparison.Ordinal));
        Assert.Contains(search.Conflicts, c => c.Contains("tag group 'Cost Center' does not exist in the target", StringComparison.Ordinal));
        Assert.Contains(search.Conflicts, c => c.Contains("subscription role 'Data Curator' does not exist in the target", StringComparison.Ordinal));
        var diagram = plan.Items.Single(i => i.Key == "VISUALIZER/Billing landscape");
        Assert.Contains(diagram.Conflicts, c => c.Contains("fact sheet Application 'Billing' does not exist in the target", StringComparison.Ordinal));

        var result = await hosts.Sandbox.Transport.ApplyAsync(plan, Options);
        Assert.Null(result.BackupFile);
        Assert.Empty(await hosts.Production.Bookmarks.ListAsync(BookmarkTypes.Inventory));
    }

    [Fact]
    public async Task A_target_of_another_data_model_version_gets_clear_conflicts_not_a_crash()
    {
        // v3 sandbox (UserGroup, relUserGroupToApplication) to a v4 production (Organization).
        await using var hosts = await TransportHosts.StartAsync(sandboxDataModel: "v3", productionDataModel: "v4");
        await hosts.Sandbox.Tags.CreateTagGroupAsync("Region", restrictToFactSheetTypes: ["UserGroup"]);
        await hosts.Sandbox.SubscriptionRoles.CreateAsync("Group Lead", restrictToFactSheetTypes: ["UserGroup"]);
        await hosts.Sandbox.Bookmarks.CreateAsync(new Bookmark
        {
            Name = "Apps by user group", Type = BookmarkTypes.Inventory,
            State = new JsonObject { ["filter"] = new JsonObject { ["facetFilter"] = new JsonArray(
                new JsonObject { ["facetKey"] = "relUserGroupToApplication", ["operator"] = "OR", ["keys"] = new JsonArray() }) } }
        });

        var tags = await hosts.Sandbox.Transport.PlanAsync("tags", TransportSelection.Of("Region"), hosts.Production);
        var roles = await hosts.Sandbox.Transport.PlanAsync("roles", TransportSelection.Of("Group Lead"), hosts.Production);
        var objects = await hosts.Sandbox.Transport.PlanAsync("objects", TransportSelection.All, hosts.Production);

        Assert.Contains("fact sheet type 'UserGroup' does not exist in the target's data model", Assert.Single(tags.Items).Conflicts.Single(), StringComparison.Ordinal);
        Assert.Contains("fact sheet type 'UserGroup' does not exist in the target's data model", Assert.Single(roles.Items).Conflicts.Single(), StringComparison.Ordinal);
        Assert.Contains("facet 'relUserGroupToApplication' is no field or relation of the target's data model", Assert.Single(objects.Items).Conflicts.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_deleted_unless_delete_missing_is_asked()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await hosts.Sandbox.Webhooks.RegisterWebhookAsync("prod-sync", null, deliveryType: WebhookDeliveryType.Pull);
        await hosts.Production.Webhooks.RegisterWebhookAsync("legacy-feed", null, deliveryType: WebhookDeliveryType.Pull);

        var keep = await hosts.Sandbox.Transport.PlanAsync("webhooks", TransportSelection.All, hosts.Production);
        Assert.Equal(0, keep.Count(TransportAction.Delete));
        await hosts.Sandbox.Transport.ApplyAsync(keep, Options);
        Assert.Equal(["legacy-feed", "prod-sync"], (await hosts.Production.Webhooks.GetAllAsync()).Select(w => w.Identifier).Order());

        var prune = await hosts.Sandbox.Transport.PlanAsync("webhooks", TransportSelection.All, hosts.Production, deleteMissing: true);
        var delete = Assert.Single(prune.Items, i => i.Action == TransportAction.Delete);
        Assert.Equal("legacy-feed", delete.Key);
        var result = await hosts.Sandbox.Transport.ApplyAsync(prune, Options);
        Assert.True(result.Succeeded);
        Assert.Equal(["prod-sync"], (await hosts.Production.Webhooks.GetAllAsync()).Select(w => w.Identifier));
    }

    [Fact]
    public async Task A_backup_is_written_before_changes_and_restore_puts_the_target_back()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await hosts.Sandbox.SubscriptionRoles.CreateAsync("Data Curator", "Keeps the data clean", "RESPONSIBLE");
        await hosts.Sandbox.SubscriptionRoles.CreateAsync("Architect", "Designs");
        await hosts.Production.SubscriptionRoles.CreateAsync("Data Curator", "Production wording", "OBSERVER", ["ITComponent"]);
        await hosts.Production.SubscriptionRoles.CreateAsync("Auditor", "Checks");
        var selection = TransportSelection.Of("Data Curator", "Architect", "Auditor");

        var plan = await hosts.Sandbox.Transport.PlanAsync("roles", selection, hosts.Production, deleteMissing: true);
        var update = plan.Items.Single(i => i.Key == "Data Curator");
        Assert.Equal(TransportAction.Update, update.Action);
        Assert.Equal(["description", "restrictToFactSheetTypes", "subscriptionType"], update.Differences.Select(d => d.Field));
        Assert.Equal("Production wording", (string?)update.Differences[0].Target);
        Assert.Equal("Keeps the data clean", (string?)update.Differences[0].Source);
        // Auditor is selected and only in production: deleteMissing deletes it; unselected roles are never touched.
        Assert.Equal("Auditor", Assert.Single(plan.Items, i => i.Action == TransportAction.Delete).Key);
        Assert.Equal(["Architect", "Auditor", "Data Curator"], plan.Items.Select(i => i.Key).Order());
        var result = await hosts.Sandbox.Transport.ApplyAsync(plan, Options);

        Assert.NotNull(result.BackupFile);
        var backup = TransportClient.ReadBackup(result.BackupFile!);
        Assert.Equal(("roles", "production"), (backup.Kind, backup.TargetWorkspace));
        Assert.Equal("Production wording", (string?)backup.Entries.Single(e => e.Key == "Data Curator").Before!["description"]);
        Assert.Null(backup.Entries.Single(e => e.Key == "Architect").Before);
        Assert.Equal("Checks", (string?)backup.Entries.Single(e => e.Key == "Auditor").Before!["description"]);
        Assert.Equal("Keeps the data clean", (await hosts.Production.SubscriptionRoles.GetAsync("Data Curator")).Description);
        Assert.DoesNotContain(await hosts.Production.SubscriptionRoles.AllAsync(), r => r.Name == "Auditor");

        var restored = await hosts.Sandbox.Transport.RestoreAsync(result.BackupFile!, hosts.Production, Options);

        Assert.True(restored.Succeeded);
        hosts.Production.SubscriptionRoles.Reload();
        var steward = await hosts.Production.SubscriptionRoles.GetAsync("Data Curator");
        Assert.Equal(("Production wording", "OBSERVER"), (steward.Description, steward.SubscriptionType));
        Assert.Equal(["ITComponent"], steward.RestrictToFactSheetTypes);
        Assert.DoesNotContain(await hosts.Production.SubscriptionRoles.AllAsync(), r => r.Name == "Architect");
        Assert.Equal("Checks", (await hosts.Production.SubscriptionRoles.GetAsync("Auditor")).Description);
        var again = await hosts.Sandbox.Transport.PlanRestoreAsync(backup, hosts.Production);
        Assert.False(again.HasChanges, again.Summary);
    }

    [Fact]
    public async Task Restore_recreates_what_delete_missing_removed_and_refuses_another_workspace()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await hosts.Sandbox.Tags.CreateTagGroupAsync("Cost Center");
        await hosts.Production.Tags.CreateTagGroupAsync("Legacy", "SINGLE", description: "Old");
        await hosts.Production.Tags.CreateTagAsync("Legacy", "L-1", color: "#123456");

        var plan = await hosts.Sandbox.Transport.PlanAsync("tags", TransportSelection.All, hosts.Production, deleteMissing: true);
        Assert.Equal(["Cost Center", "Legacy/L-1", "Legacy"], plan.Items.Select(i => i.Key));
        var result = await hosts.Sandbox.Transport.ApplyAsync(plan, Options);
        Assert.True(result.Succeeded, string.Join("; ", result.Failed.Select(f => f.Reason)));
        Assert.DoesNotContain(await hosts.Production.Tags.GroupsAsync(), g => g.Name == "Legacy");

        await Assert.ThrowsAsync<ArgumentException>(() => hosts.Sandbox.Transport.RestoreAsync(result.BackupFile!, hosts.Sandbox, Options));
        var restored = await hosts.Sandbox.Transport.RestoreAsync(result.BackupFile!, hosts.Production, Options);

        Assert.True(restored.Succeeded, string.Join("; ", restored.Failed.Select(f => f.Reason)));
        var legacy = await hosts.Production.Tags.GetGroupAsync("Legacy");
        Assert.Equal(("SINGLE", "Old"), (legacy.Mode, legacy.Description));
        Assert.Equal("#123456", (await hosts.Production.Tags.GetAsync("Legacy", "L-1")).Color);
        Assert.DoesNotContain(await hosts.Production.Tags.GroupsAsync(), g => g.Name == "Cost Center");
    }

    [Fact]
    public async Task Secrets_are_never_shown_and_a_target_changed_since_the_plan_is_not_overwritten()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await hosts.Sandbox.Webhooks.RegisterWebhookAsync("alerts", "http://127.0.0.1:9/hook", "robot", "s3cret-password", active: false);
        var production = await hosts.Production.Webhooks.RegisterWebhookAsync("alerts", "http://127.0.0.1:9/hook", "robot", "old-password", active: false);

        var plan = await hosts.Sandbox.Transport.PlanAsync("webhooks", TransportSelection.All, hosts.Production);
        var difference = Assert.Single(Assert.Single(plan.Items).Differences);
        Assert.Equal(("authorizationHeader", true, null, null), (difference.Field, difference.Secret, difference.Target, difference.Source));
        var json = JsonSerializer.Serialize(plan, TransportJsonContext.Default.TransportPlan);
        Assert.DoesNotContain("s3cret", json, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookAuthorization.Basic("robot", "old-password"), json, StringComparison.Ordinal);

        await hosts.Production.Webhooks.UpdateAsync(production with { TargetUrl = "http://127.0.0.1:9/moved" });
        var result = await hosts.Sandbox.Transport.ApplyAsync(plan, Options);

        Assert.Contains("changed in workspace 'production' since the plan", Assert.Single(result.Failed).Reason, StringComparison.Ordinal);
        Assert.Equal("http://127.0.0.1:9/moved", (await hosts.Production.Webhooks.GetAllAsync()).Single().TargetUrl);
    }

    [Fact]
    public async Task The_target_can_be_named_by_workspace_from_the_config_file()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await hosts.Sandbox.SubscriptionRoles.CreateAsync("Data Curator", "Keeps the data clean");
        var config = Path.Combine(_backups, "workspaces.json");
        await File.WriteAllTextAsync(config, new JsonObject { ["workspaces"] = new JsonObject
        {
            ["production"] = new JsonObject { ["apiToken"] = TransportHosts.ProductionToken, ["host"] = hosts.Host.BaseUrl }
        } }.ToJsonString());

        var plan = await hosts.Sandbox.Transport.PlanAsync("roles", TransportSelection.Of("Data Curator"), "production", configPath: config);
        Assert.Equal(("sandbox", "production", TransportAction.Create), (plan.SourceWorkspace, plan.TargetWorkspace, Assert.Single(plan.Items).Action));
        var result = await hosts.Sandbox.Transport.ApplyAsync(plan, Options);

        Assert.True(result.Succeeded);
        Assert.Equal("Keeps the data clean", (await hosts.Production.SubscriptionRoles.GetAsync("Data Curator")).Description);
        var missing = await Assert.ThrowsAsync<ArgumentException>(() => hosts.Sandbox.Transport.PlanAsync("roles", TransportSelection.All, "staging", configPath: config));
        Assert.Contains("Workspace 'staging' is not in", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_clear_errors()
    {
        await using var hosts = await TransportHosts.StartAsync();
        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => hosts.Sandbox.Transport.PlanAsync("frobs", TransportSelection.All, hosts.Production));
        Assert.Contains("Known kinds: automations, calculations, integrations, managed-code, meta-model, objects, roles, tags, webhooks", unknown.Message, StringComparison.Ordinal);
        var same = await Assert.ThrowsAsync<ArgumentException>(() => hosts.Sandbox.Transport.PlanAsync("tags", TransportSelection.All, hosts.Sandbox));
        Assert.Contains("same workspace", same.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TransportSelection.Parse(["colour=red"]));
        var parsed = TransportSelection.Parse(["type=VISUALIZER", "subtype=dataflow", "A,B", "name=C"]);
        Assert.Equal(("VISUALIZER", "dataflow"), (parsed.Type, parsed.Subtype));
        Assert.Equal(["A", "B", "C"], parsed.Names);
    }
}
