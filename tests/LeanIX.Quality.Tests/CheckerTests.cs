using LeanIX.Client;
using LeanIX.Emulator.Queries;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Tests.Infrastructure;
using EmulatorFactSheet = LeanIX.Emulator.Domain.FactSheet;

namespace LeanIX.Quality.Tests;

/// <summary>
/// Each built-in checker against the demo workspace: what it finds is compared with the emulator's own state (the seed's
/// deliberate gaps), plus a few gaps named in the seed, so a checker that finds too much or too little fails.
/// </summary>
public class CheckerTests
{
    private static HashSet<Guid> Found(QualityResult result, string code) => result.Gaps.Where(g => g.Code == code).Select(g => g.SubjectId).ToHashSet();

    private static IEnumerable<EmulatorFactSheet> Active(DemoWorkspace demo) => demo.State.FactSheets.All.Where(f => f.IsActive);

    private static Guid IdOf(DemoWorkspace demo, string type, string name) => Active(demo).Single(f => f.Type == type && f.Name == name).Id;

    [Fact]
    public async Task missingDescription_finds_exactly_the_fact_sheets_seeded_without_one()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var result = await demo.RunAsync();
        var expected = Active(demo).Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => f.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Found(result, GapCodes.MissingDescription));
        Assert.Contains(IdOf(demo, "Application", "Quality Management System"), expected);
        var gap = result.GapsOf(IdOf(demo, "Application", "Document Management System")).Single(g => g.Code == GapCodes.MissingDescription);
        Assert.Equal(("description", GapSeverity.Warning), (gap.Field, gap.Severity));
        Assert.False(string.IsNullOrWhiteSpace(gap.HowToFix));
    }

    [Fact]
    public async Task owner_finds_the_fact_sheets_without_an_accountable_or_responsible_subscriber()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var result = await demo.RunAsync("""{"owner": {"types": ["Application", "ITComponent"]}}""");
        var owned = demo.State.Subscriptions.All.Where(s => s.Type is "ACCOUNTABLE" or "RESPONSIBLE").Select(s => s.FactSheetId).ToHashSet();
        var expected = Active(demo).Where(f => f.Type is "Application" or "ITComponent" && !owned.Contains(f.Id)).Select(f => f.Id).ToHashSet();
        Assert.Equal(expected, Found(result, GapCodes.NoOwner));
        Assert.Contains(IdOf(demo, "Application", "Document Management System"), expected);
        Assert.DoesNotContain(IdOf(demo, "Application", "ERP - Global"), expected);
        Assert.All(result.Gaps.Where(g => g.Code == GapCodes.NoOwner), g => Assert.Equal(GapSeverity.Error, g.Severity));
    }

    [Fact]
    public async Task lifecycle_finds_the_empty_lifecycles_and_a_lifecycle_out_of_order()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var before = await demo.RunAsync();
        var withLifecycle = demo.State.Model.Types.Where(t => t.Value.Field("lifecycle") is not null).Select(t => t.Key).ToHashSet();
        var expected = Active(demo).Where(f => withLifecycle.Contains(f.Type) && f.Field("lifecycle") is null).Select(f => f.Id).ToHashSet();
        Assert.Contains(IdOf(demo, "Application", "Quality Management System"), expected);
        Assert.Equal(expected, Found(before, GapCodes.MissingLifecycle));
        Assert.Empty(Found(before, GapCodes.LifecycleOutOfOrder));

        var crm = await demo.Client.FactSheets.GetAsync("Application", "CRM - Sales Cloud");
        await demo.Client.FactSheets.UpdateAsync(crm, [Patch.Replace("/lifecycle",
            """{"phases":[{"phase":"phaseIn","startDate":"2021-01-01"},{"phase":"active","startDate":"2020-01-01"}]}""")]);
        demo.Client.ClearCache();
        var after = await demo.RunAsync();
        var gap = Assert.Single(after.Gaps, g => g.Code == GapCodes.LifecycleOutOfOrder);
        Assert.Equal((crm.Id, GapSeverity.Error), (gap.SubjectId, gap.Severity));
        Assert.Contains("active (2020-01-01) starts before phaseIn (2021-01-01)", gap.Message);
    }

    [Fact]
    public async Task qualitySeal_finds_the_broken_seals_and_the_approvals_older_than_the_limit()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var result = await demo.RunAsync("""{"qualitySeal": {"maxAgeDays": 200}}""");
        var broken = Active(demo).Where(f => f.LxState == "BROKEN_QUALITY_SEAL").Select(f => f.Id).ToHashSet();
        Assert.Contains(IdOf(demo, "Application", "Legacy ERP"), broken);
        Assert.Equal(broken, Found(result, GapCodes.QualitySealBroken));
        var now = DateTimeOffset.UtcNow;
        var stale = Active(demo).Where(f => f.LxState == "APPROVED" && f.UpdatedAt < now.AddDays(-200)).Select(f => f.Id).ToHashSet();
        Assert.NotEmpty(stale);
        Assert.Equal(stale, Found(result, GapCodes.QualitySealStale));
    }

    [Fact]
    public async Task completion_finds_the_fact_sheets_below_the_threshold()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var result = await demo.RunAsync("""{"completion": {"threshold": 0.3}}""");
        var expected = Active(demo).Where(f => Completion.Of(demo.State, f).Completion < 0.3).Select(f => f.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Found(result, GapCodes.LowCompletion));
    }

    [Fact]
    public async Task mandatoryRelations_finds_the_applications_without_an_IT_component()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var result = await demo.RunAsync("""{"mandatoryRelations": {"relations": {"Application": ["itComponents"]}}}""");
        string TypeOf(Guid id) => demo.State.FactSheets.Get(id)!.Type;
        var linked = demo.State.Relations.All.Where(r => r.IsActive && TypeOf(r.FromId) != TypeOf(r.ToId))
            .SelectMany(r => new[] { (r.FromId, r.ToId), (r.ToId, r.FromId) })
            .Where(e => TypeOf(e.Item1) == "Application" && TypeOf(e.Item2) == "ITComponent").Select(e => e.Item1).ToHashSet();
        var expected = Active(demo).Where(f => f.Type == "Application" && !linked.Contains(f.Id)).Select(f => f.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Found(result, GapCodes.MandatoryRelationMissing));
        Assert.All(result.Gaps.Where(g => g.Code == GapCodes.MandatoryRelationMissing), g => Assert.Equal("relApplicationToITComponent", g.Relation));
    }

    [Fact]
    public async Task archivedRelations_finds_none_in_the_demo_because_archiving_archives_the_relations_too()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var result = await demo.RunAsync();
        var archived = demo.State.FactSheets.All.Where(f => !f.IsActive).Select(f => f.Id).ToHashSet();
        Assert.NotEmpty(archived); // the demo has switched-off applications…
        var visible = demo.State.Relations.All.Where(r => r.IsActive && (archived.Contains(r.FromId) || archived.Contains(r.ToId))).ToList();
        Assert.Empty(visible); // …whose relations were archived with them (D22)
        Assert.Empty(Found(result, GapCodes.RelationToArchived));
    }

    [Fact]
    public async Task inactiveSubscribers_finds_every_subscription_of_an_inactive_or_long_absent_user()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var result = await demo.RunAsync();
        var now = DateTimeOffset.UtcNow;
        var expected = demo.State.Subscriptions.All
            .Where(s => demo.State.FactSheets.Get(s.FactSheetId)!.IsActive)
            .Where(s => demo.State.Users.Get(s.UserId) is not { Status: "ACTIVE", PermissionStatus: "ACTIVE", LastLogin: { } last } || last < now.AddMonths(-6))
            .Select(s => (s.FactSheetId, demo.State.Users.Get(s.UserId)!.Email)).ToHashSet();
        var found = result.Gaps.Where(g => g.Code == GapCodes.InactiveSubscriber).Select(g => (g.SubjectId, g.Relation!)).ToHashSet();
        Assert.Equal(expected, found);
        var legacy = result.GapsOf(IdOf(demo, "Application", "Legacy ERP")).Where(g => g.Code == GapCodes.InactiveSubscriber).ToList();
        Assert.Contains(legacy, g => g.Relation == "tom.baker@example.com" && g.Message.Contains("no longer active"));
        Assert.Contains(legacy, g => g.Relation == "carlos.garcia@example.com" && g.Message.Contains("has not logged in since"));
    }

    [Fact]
    public async Task mandatoryTagGroups_finds_the_applications_without_a_tag_of_a_group_made_mandatory()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        Assert.Empty(Found(await demo.RunAsync(), GapCodes.MandatoryTagGroupMissing)); // nothing is mandatory in the demo
        await demo.Client.Tags.UpsertTagGroupAsync("TIME Classification", mandatoryForFactSheetTypes: ["Application"]);
        demo.Client.Tags.Reload();
        demo.Client.ClearCache();
        var result = await demo.RunAsync();
        var group = demo.State.TagGroups.All.Single(g => g.Name == "TIME Classification");
        var tagsOfGroup = demo.State.Tags.All.Where(t => t.TagGroupId == group.Id).Select(t => t.Id).ToHashSet();
        var expected = Active(demo).Where(f => f.Type == "Application" && !f.TagIds.Any(tagsOfGroup.Contains)).Select(f => f.Id).ToHashSet();
        Assert.Contains(IdOf(demo, "Application", "Document Management System"), expected);
        Assert.DoesNotContain(IdOf(demo, "Application", "ERP - Global"), expected);
        Assert.Equal(expected, Found(result, GapCodes.MandatoryTagGroupMissing));
    }

    [Fact]
    public async Task mandatoryRoles_finds_the_fact_sheets_without_a_role_the_workspace_or_the_configuration_makes_mandatory()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        // The demo seed makes no role mandatory (StandardRoles), so the test makes Business Owner mandatory for
        // applications in the workspace (lx.SubscriptionRoles, D72); the configuration adds System Owner.
        Assert.DoesNotContain(demo.State.SubscriptionRoles.All, r => r.MandatoryForFactSheetTypes.Count > 0);
        var businessOwner = await demo.Client.SubscriptionRoles.GetAsync("Business Owner");
        await demo.Client.SubscriptionRoles.UpdateAsync(businessOwner with { MandatoryForFactSheetTypes = ["Application"] });

        var result = await demo.RunAsync("""{"mandatoryRoles": {"roles": {"Application": ["System Owner"]}}}""");
        HashSet<Guid> Without(string roleName)
        {
            var role = demo.State.SubscriptionRoles.All.Single(r => r.Name == roleName).Id;
            var held = demo.State.Subscriptions.All.Where(s => s.Roles.Any(r => r.RoleId == role)).Select(s => s.FactSheetId).ToHashSet();
            return Active(demo).Where(f => f.Type == "Application" && !held.Contains(f.Id)).Select(f => f.Id).ToHashSet();
        }
        HashSet<Guid> FoundFor(string role) =>
            result.Gaps.Where(g => g.Code == GapCodes.MandatoryRoleMissing && g.Relation == role).Select(g => g.SubjectId).ToHashSet();
        Assert.NotEmpty(Without("Business Owner"));
        Assert.Equal(Without("Business Owner"), FoundFor("Business Owner"));
        Assert.DoesNotContain(IdOf(demo, "Application", "ERP - Global"), Without("System Owner"));
        Assert.Equal(Without("System Owner"), FoundFor("System Owner"));
        Assert.All(result.Gaps.Where(g => g.Code == GapCodes.MandatoryRoleMissing), g => Assert.Equal("Application", g.SubjectType));
    }

    [Fact]
    public async Task mandatoryRoles_finds_nothing_when_neither_the_workspace_nor_the_configuration_makes_a_role_mandatory()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var result = await demo.RunAsync();
        Assert.DoesNotContain(result.Gaps, g => g.Code == GapCodes.MandatoryRoleMissing);
    }

    [Fact]
    public async Task The_checkers_send_no_request_once_the_workspace_is_loaded()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var workspace = await demo.LoadAsync();
        var loadRequests = demo.Counter.Count;
        demo.Counter.Reset();
        var checkers = QualityCheckerRegistry.CreateDefault().Create(System.Text.Json.Nodes.JsonNode.Parse(
            """{"mandatoryRoles": {"roles": {"Application": ["System Owner"]}}, "mandatoryRelations": {"relations": {"Application": ["itComponents"]}}}""")!.AsObject(), workspace.Model);
        Assert.Equal(10, checkers.Count);
        var result = QualityRunner.Run(workspace, checkers);
        Assert.True(workspace.FactSheets.Count > 150, $"{workspace.FactSheets.Count} fact sheets");
        Assert.NotEmpty(result.Gaps);
        Assert.Equal([], demo.Counter.Requests);
        Assert.InRange(loadRequests, 1, 60); // a fixed set: auth, data model, preload per type, users, tag groups, workspace
    }
}
