using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Client.Automations;
using LeanIX.Client.ManagedCode;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Automations;

public class AutomationsClientTests
{
    private static AutomationTemplate Template(string name, params JsonObject[] actions) => new()
    {
        Name = name, Description = "On creation", FactSheetType = "Application", OwnerId = Guid.NewGuid(),
        Trigger = new JsonObject { ["eventType"] = "FACT_SHEET_CREATION" },
        Conditions = [new JsonObject { ["conditionType"] = "IGNORE_TECHNICAL_USERS", ["value"] = true }],
        Actions = actions.Length > 0 ? actions : [AutomationAction.SetField("businessCriticality", "missionCritical")]
    };

    [Fact]
    public async Task Scripts_come_first_then_templates_that_run_them_are_created_listed_updated_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var script = await lx.Automations.CreateScriptAsync(new AutomationScript { Name = "Tag it", Code = "export function main() { return {}; }" });
        Assert.NotNull(script.Id);
        var template = await lx.Automations.CreateAsync(Template("Tag new apps",
            AutomationAction.RunScript(script.Id!.Value),
            AutomationAction.SetField("businessCriticality", "missionCritical", "1_SET_FIELD", startsAfter: "0_SET_FACT_SHEET_FIELD_SCRIPT")));
        Assert.NotNull(template.Id);
        Assert.Equal(host.Workspace.Id, template.WorkspaceId);
        Assert.Equal(host.Workspace.ApiTokens[host.ApiToken], template.CreatorId);
        Assert.False(template.Active);

        Assert.Equal(["Tag new apps"], (await lx.Automations.ListAsync()).Select(t => t.Name));
        var active = await lx.Automations.UpdateAsync(await lx.Automations.GetAsync(template.Id!.Value) with { Active = true });
        Assert.True(active.Active);
        Assert.Equal(template.CreatorId, active.CreatorId);

        // The script is managed code: a new script version is a new code version there.
        await lx.Automations.UpdateScriptAsync(script with { Code = "export function main() { return { ok: 1 }; }" });
        var code = await lx.ManagedCode.GetConfigurationAsync(script.Id.Value);
        Assert.Equal((ManagedCodeCapability.Automations, 2), (code.Capability!.Type, code.Version));

        await lx.Automations.DeleteAsync(template.Id.Value);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Automations.GetAsync(template.Id.Value));
        await lx.Automations.DeleteScriptAsync(script.Id.Value);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Automations.DeleteScriptAsync(script.Id.Value));
    }

    [Fact]
    public async Task Templates_breaking_the_documented_rules_are_refused_naming_the_member()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        async Task<LeanIXRequestFailedException> Refused(AutomationTemplate template)
        {
            var e = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Automations.CreateAsync(template));
            Assert.Equal(HttpStatusCode.BadRequest, e.Status);
            Assert.Equal("Validation Error", e.ErrorCode);
            return e;
        }

        Assert.Contains("Script not found", (await Refused(Template("No script", AutomationAction.RunScript(Guid.NewGuid())))).Message);
        Assert.Contains("Exactly one action must have 'startsAfter' null", (await Refused(Template("Two starters",
            AutomationAction.SetField("a", "b"), AutomationAction.SetField("c", "d", "1_SET_FIELD")))).Message);
        Assert.Contains("must name another action", (await Refused(Template("Dangling",
            AutomationAction.SetField("a", "b"), AutomationAction.SetField("c", "d", "1_SET_FIELD", startsAfter: "9_NOPE")))).Message);
        Assert.Contains("cannot be used with the LIFECYCLE_PHASE_CHANGE trigger", (await Refused(Template("Lifecycle") with
        {
            Trigger = new JsonObject
            {
                ["eventType"] = "LIFECYCLE_PHASE_CHANGE", ["fieldName"] = "lifecycle", ["lifecyclePhase"] = "endOfLife",
                ["dateOffset"] = new JsonObject { ["active"] = true, ["quantity"] = 30, ["unit"] = "DAYS", ["timing"] = "BEFORE" }
            }
        })).Message);
        Assert.Contains("At most one CATEGORY condition", (await Refused(Template("Categories") with
        {
            Conditions = [new JsonObject { ["conditionType"] = "CATEGORY", ["value"] = "IT" }, new JsonObject { ["conditionType"] = "CATEGORY", ["value"] = "OT" }]
        })).Message);
        Assert.Contains("TAG_ADDITION requires 'tagId'", (await Refused(Template("Tag trigger") with { Trigger = new JsonObject { ["eventType"] = "TAG_ADDITION" } })).Message);
        Assert.Contains("'factSheetType' must be a fact sheet type", (await Refused(Template("Ship") with { FactSheetType = "Spaceship" })).Message);
        Assert.Contains("1 to 256 characters", (await Refused(Template(new string('x', 257)))).Message);

        await lx.Automations.CreateAsync(Template("Unique"));
        var taken = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Automations.CreateAsync(Template("unique")));
        Assert.Equal(HttpStatusCode.Conflict, taken.Status);

        var literal = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() =>
            lx.Automations.CreateScriptAsync(new AutomationScript { Name = "Literal", Code = "export function main() { return `x`; }" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, literal.Status);
        Assert.Contains("Invalid JavaScript code provided", literal.Message);
        Assert.Single(await lx.Automations.ListAsync());
    }

    [Fact]
    public async Task A_script_used_by_several_automations_is_deleted_only_with_force()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var script = await lx.Automations.CreateScriptAsync(new AutomationScript { Name = "Shared", Code = "export function main() { return {}; }" });
        await lx.Automations.CreateAsync(Template("First", AutomationAction.RunScript(script.Id!.Value)));
        await lx.Automations.CreateAsync(Template("Second", AutomationAction.RunScript(script.Id.Value)));

        var inUse = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Automations.DeleteScriptAsync(script.Id.Value));
        Assert.Equal(HttpStatusCode.Conflict, inUse.Status);
        await lx.Automations.DeleteScriptAsync(script.Id.Value, force: true);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.ManagedCode.GetConfigurationAsync(script.Id.Value));
    }

    [Fact]
    public async Task Deleting_all_automations_needs_confirmation()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.Automations.CreateAsync(Template("One"));
        await lx.Automations.CreateAsync(Template("Two"));

        Assert.Empty(await lx.Automations.DeleteAutomationsAsync(_ => false));
        Assert.Equal(2, (await lx.Automations.ListAsync()).Count);
        Assert.Equal(["One", "Two"], (await lx.Automations.DeleteAutomationsAsync(_ => true)).Select(t => t.Name));
        Assert.Empty(await lx.Automations.ListAsync());
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Automations.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_viewer_reads_automations_but_may_not_change_them()
    {
        await using var host = await RoleHosts.StartAsync();
        using var admin = TestClients.For(host);
        using var viewer = RoleHosts.SecondClient(host);
        var template = await admin.Automations.CreateAsync(Template("Watched"));
        Assert.Equal(template.Id, (await viewer.Automations.GetAsync(template.Id!.Value)).Id);
        var refused = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Automations.DeleteAsync(template.Id.Value));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() =>
            viewer.Automations.CreateScriptAsync(new AutomationScript { Name = "Mine", Code = "export function main() { return {}; }" }));
    }
}
