using System.Text.Json.Nodes;
using LeanIX.Client.Automations;
using LeanIX.Client.Calculations;
using LeanIX.Client.ManagedCode;
using LeanIX.Client.Transport;

namespace LeanIX.Client.Tests.Transport;

/// <summary><c>lx.Transport</c> of LeanIX automations (with their scripts), calculations and the remaining managed code.</summary>
public sealed class TransportCodeKindsTests : IDisposable
{
    private const string ScriptCode = "export function main() { return { description: 'tagged' }; }";
    private readonly string _backups = Directory.CreateTempSubdirectory("leanix-transport-code-").FullName;

    public void Dispose() => Directory.Delete(_backups, recursive: true);

    private TransportApplyOptions Options => new() { BackupDirectory = _backups };

    private async Task<TransportPlan> MoveAsync(TransportHosts hosts, string kind, TransportSelection? selection = null)
    {
        var plan = await hosts.Sandbox.Transport.PlanAsync(kind, selection ?? TransportSelection.All, hosts.Production);
        var result = await hosts.Sandbox.Transport.ApplyAsync(plan, Options);
        Assert.True(result.Succeeded, string.Join("; ", result.Failed.Select(f => $"{f.Item.Key}: {f.Reason}")));
        return plan;
    }

    private async Task AssertNoChangesAsync(TransportHosts hosts, string kind)
    {
        var again = await hosts.Sandbox.Transport.PlanAsync(kind, TransportSelection.All, hosts.Production);
        Assert.False(again.HasChanges, $"{kind} second plan: {again.Summary}; " +
            string.Join("; ", again.Items.Where(i => i.IsChange).SelectMany(i => i.Differences.Select(d => $"{i.Key}.{d.Field}: {d.Target} → {d.Source}"))));
        Assert.Null((await hosts.Sandbox.Transport.ApplyAsync(again, Options)).BackupFile);
    }

    /// <summary>A script and an automation that runs it when a Data Curator subscribes, then adds tag CC-100.</summary>
    private static async Task<(AutomationScript Script, Tag Cc100, SubscriptionRole Role)> BuildAutomationAsync(LeanIXClient lx)
    {
        await lx.Tags.CreateTagGroupAsync("Cost Center", "SINGLE");
        var cc100 = await lx.Tags.CreateTagAsync("Cost Center", "CC-100", color: "#ff0000");
        var role = await lx.SubscriptionRoles.CreateAsync("Data Curator", "Keeps the data clean", "RESPONSIBLE");
        var script = await lx.Automations.CreateScriptAsync(new AutomationScript { Name = "Describe it", Description = "Sets the description", Code = ScriptCode });
        await lx.Automations.CreateAsync(new AutomationTemplate
        {
            Name = "Curated apps", Description = "When a curator subscribes", FactSheetType = "Application", Active = true,
            OwnerId = (await lx.Connection.GetWorkspaceAsync()).UserId,
            Trigger = new JsonObject { ["eventType"] = "SUBSCRIPTION_ADDITION", ["roleId"] = role.Id.ToString(), ["type"] = "RESPONSIBLE" },
            Conditions = [new JsonObject { ["conditionType"] = "IGNORE_TECHNICAL_USERS", ["value"] = true }],
            Actions = [AutomationAction.RunScript(script.Id!.Value), AutomationAction.AddTag(cc100.Id, "1_ADD_TAG", startsAfter: "0_SET_FACT_SHEET_FIELD_SCRIPT")]
        });
        return (script, cc100, role);
    }

    private static Calculation Criticality(string name = "Criticality") => new()
    {
        Name = name, Description = "From the description", AffectedFactSheetType = "Application", AffectedFieldKey = "businessCriticality",
        Status = "active", Code = "export function main() { return data.description ? 'missionCritical' : null; }",
        Fields = [new CalculationField { Type = "fact-sheet", Key = "description", TriggerType = "change" }]
    };

    [Fact]
    public async Task Automations_move_scripts_first_with_script_tag_and_role_ids_of_the_target()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await BuildAutomationAsync(hosts.Sandbox);
        await MoveAsync(hosts, "tags");
        await MoveAsync(hosts, "roles");

        var plan = await MoveAsync(hosts, "automations", TransportSelection.Of("Curated apps"));

        // Selecting the automation brings its script, which is created first.
        Assert.Equal(["script/Describe it", "Curated apps"], plan.Items.Select(i => i.Key));
        Assert.All(plan.Items, i => Assert.Equal(TransportAction.Create, i.Action));
        var script = Assert.Single(await hosts.Production.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Automations));
        Assert.Equal(("Describe it", ScriptCode), (script.Name, script.Code));
        var template = Assert.Single(await hosts.Production.Automations.ListAsync());
        var tag = await hosts.Production.Tags.GetAsync("Cost Center", "CC-100");
        var role = await hosts.Production.SubscriptionRoles.GetAsync("Data Curator");
        Assert.Equal(script.Id.ToString(), (string?)template.Actions[0]["scriptId"]);
        Assert.Equal(tag.Id.ToString(), (string?)template.Actions[1]["tagId"]);
        Assert.Equal(role.Id.ToString(), (string?)template.Trigger["roleId"]);
        Assert.Equal(("When a curator subscribes", true), (template.Description, template.Active));
        var production = await hosts.Production.Connection.GetWorkspaceAsync();
        Assert.Equal((production.WorkspaceId, production.UserId), (template.WorkspaceId, template.OwnerId));
        await AssertNoChangesAsync(hosts, "automations");

        // A new script version and a changed automation arrive as field-level updates of the same elements.
        var sandboxScript = Assert.Single(await hosts.Sandbox.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Automations));
        await hosts.Sandbox.Automations.UpdateScriptAsync(new AutomationScript { Id = sandboxScript.Id, Name = "Describe it", Code = ScriptCode.Replace("tagged", "curated") });
        var sandboxTemplate = Assert.Single(await hosts.Sandbox.Automations.ListAsync());
        await hosts.Sandbox.Automations.UpdateAsync(sandboxTemplate with { Active = false });
        var update = await MoveAsync(hosts, "automations");
        Assert.Equal(["code", "description"], update.Items.Single(i => i.Key == "script/Describe it").Differences.Select(d => d.Field));
        Assert.Equal(["active"], update.Items.Single(i => i.Key == "Curated apps").Differences.Select(d => d.Field));
        Assert.Equal(script.Id, Assert.Single(await hosts.Production.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Automations)).Id);
        Assert.False(Assert.Single(await hosts.Production.Automations.ListAsync()).Active);
        await AssertNoChangesAsync(hosts, "automations");
    }

    [Fact]
    public async Task An_automation_whose_tag_or_role_the_target_lacks_is_a_conflict_and_nothing_is_written()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await BuildAutomationAsync(hosts.Sandbox);

        var plan = await hosts.Sandbox.Transport.PlanAsync("automations", TransportSelection.All, hosts.Production);

        var template = plan.Items.Single(i => i.Key == "Curated apps");
        Assert.Equal(TransportAction.Conflict, template.Action);
        Assert.Contains(template.Conflicts, c => c.Contains("tag 'Cost Center/CC-100' does not exist in the target", StringComparison.Ordinal));
        Assert.Contains(template.Conflicts, c => c.Contains("subscription role 'Data Curator' does not exist in the target", StringComparison.Ordinal));
        Assert.Equal(TransportAction.Create, plan.Items.Single(i => i.Key == "script/Describe it").Action);
        await hosts.Sandbox.Transport.ApplyAsync(plan, Options);
        Assert.Empty(await hosts.Production.Automations.ListAsync());
    }

    [Fact]
    public async Task Calculations_match_by_target_field_and_a_field_missing_in_the_target_is_a_conflict()
    {
        // A v4 sandbox (Application has lxTimeClassification) to a v3 production (it has not).
        await using var hosts = await TransportHosts.StartAsync(sandboxDataModel: "v4", productionDataModel: "v3");
        await hosts.Sandbox.Calculations.CreateAsync(Criticality());
        await hosts.Sandbox.Calculations.CreateAsync(Criticality("Time class") with { AffectedFieldKey = "lxTimeClassification", Status = "inactive" });
        await hosts.Production.Calculations.CreateAsync(Criticality("Old criticality") with { Code = "export function main() { return null; }" });

        var plan = await hosts.Sandbox.Transport.PlanAsync("calculations", TransportSelection.All, hosts.Production);

        var conflict = plan.Items.Single(i => i.Key == "Application/lxTimeClassification");
        Assert.Equal(TransportAction.Conflict, conflict.Action);
        Assert.Contains("field 'lxTimeClassification' of Application does not exist in the target's data model", Assert.Single(conflict.Conflicts), StringComparison.Ordinal);
        // The production calculation of the same target field is the one updated: one calculation per field (409 otherwise).
        var update = plan.Items.Single(i => i.Key == "Application/businessCriticality");
        Assert.Equal(TransportAction.Update, update.Action);
        Assert.Equal(["code", "name"], update.Differences.Select(d => d.Field));
        var result = await hosts.Sandbox.Transport.ApplyAsync(plan, Options);
        Assert.True(result.Succeeded, string.Join("; ", result.Failed.Select(f => f.Reason)));

        var calculation = Assert.Single(await hosts.Production.Calculations.ListAsync());
        Assert.Equal(("Criticality", "active"), (calculation.Name, calculation.Status));
        // D57: the calculation's managed code follows it (same id, CALCULATIONS); the managed-code kind leaves it to this kind.
        Assert.Equal(Criticality().Code, (await hosts.Production.ManagedCode.GetConfigurationAsync(calculation.Id!.Value)).Code);
        var again = await hosts.Sandbox.Transport.PlanAsync("calculations", TransportSelection.All, hosts.Production);
        Assert.Equal((0, 0, 1), (again.Count(TransportAction.Create), again.Count(TransportAction.Update), again.Count(TransportAction.Conflict)));

        // An automation setting that field is a conflict too.
        await hosts.Sandbox.Automations.CreateAsync(new AutomationTemplate
        {
            Name = "Classify", FactSheetType = "Application", OwnerId = (await hosts.Sandbox.Connection.GetWorkspaceAsync()).UserId,
            Trigger = new JsonObject { ["eventType"] = "FACT_SHEET_CREATION" }, Actions = [AutomationAction.SetField("lxTimeClassification", "invest")]
        });
        var automations = await hosts.Sandbox.Transport.PlanAsync("automations", TransportSelection.All, hosts.Production);
        Assert.Contains("'lxTimeClassification' is no field or relation of the target's data model",
            Assert.Single(Assert.Single(automations.Items).Conflicts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managed_code_moves_only_what_no_other_kind_owns_and_deletes_nothing_unasked()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await BuildAutomationAsync(hosts.Sandbox);
        await hosts.Sandbox.Calculations.CreateAsync(Criticality());
        await hosts.Sandbox.ManagedCode.CreateConfigurationAsync(new ExecutionConfiguration
        {
            Name = "Enrich payload", Description = "Adds the owner", Active = true, Code = "export function main() { return data; }",
            Capability = new ManagedCodeCapability(ManagedCodeCapability.Webhooks)
        });
        await hosts.Production.ManagedCode.CreateConfigurationAsync(new ExecutionConfiguration
        {
            Name = "Production only", Code = "export function main() { return null; }", Capability = new ManagedCodeCapability(ManagedCodeCapability.Webhooks)
        });

        var plan = await MoveAsync(hosts, "managed-code");

        // The automation script and the calculation's code belong to their kinds: moved once, there.
        Assert.Equal(["WEBHOOKS/Enrich payload"], plan.Items.Select(i => i.Key));
        var moved = (await hosts.Production.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Webhooks)).Single(c => c.Name == "Enrich payload");
        Assert.Equal(("Adds the owner", true), (moved.Description, moved.Active));
        Assert.Equal(2, (await hosts.Production.ManagedCode.ListConfigurationsAsync()).Count);
        await AssertNoChangesAsync(hosts, "managed-code");

        var deleting = await hosts.Sandbox.Transport.PlanAsync("managed-code", TransportSelection.All, hosts.Production, deleteMissing: true);
        Assert.Equal("WEBHOOKS/Production only", Assert.Single(deleting.Items, i => i.Action == TransportAction.Delete).Key);
    }

    [Fact]
    public async Task Restore_puts_back_the_targets_calculation_and_removes_created_automations_and_scripts()
    {
        await using var hosts = await TransportHosts.StartAsync();
        await BuildAutomationAsync(hosts.Sandbox);
        await MoveAsync(hosts, "tags");
        await MoveAsync(hosts, "roles");
        await hosts.Sandbox.Calculations.CreateAsync(Criticality());
        var old = await hosts.Production.Calculations.CreateAsync(Criticality("Old criticality") with { Status = "inactive" });

        var automations = await hosts.Sandbox.Transport.ApplyAsync(
            await hosts.Sandbox.Transport.PlanAsync("automations", TransportSelection.All, hosts.Production), Options);
        var calculations = await hosts.Sandbox.Transport.ApplyAsync(
            await hosts.Sandbox.Transport.PlanAsync("calculations", TransportSelection.All, hosts.Production), Options);
        Assert.True(automations.Succeeded && calculations.Succeeded);
        Assert.Equal("Criticality", (await hosts.Production.Calculations.GetAsync(old.Id!.Value)).Name);
        var backup = TransportClient.ReadBackup(calculations.BackupFile!);
        Assert.Equal("Old criticality", (string?)Assert.Single(backup.Entries).Before!["name"]);

        Assert.True((await hosts.Sandbox.Transport.RestoreAsync(automations.BackupFile!, hosts.Production, Options)).Succeeded);
        Assert.True((await hosts.Sandbox.Transport.RestoreAsync(calculations.BackupFile!, hosts.Production, Options)).Succeeded);

        Assert.Empty(await hosts.Production.Automations.ListAsync());
        Assert.Empty(await hosts.Production.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Automations));
        var restored = await hosts.Production.Calculations.GetAsync(old.Id!.Value);
        Assert.Equal(("Old criticality", "inactive", old.OwnerId), (restored.Name, restored.Status, restored.OwnerId));
        Assert.False((await hosts.Sandbox.Transport.PlanRestoreAsync(backup, hosts.Production)).HasChanges);
    }
}
