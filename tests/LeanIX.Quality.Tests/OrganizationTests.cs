using LeanIX.Emulator.Hosting;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Organizations;
using LeanIX.Quality.Tests.Infrastructure;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Tests;

/// <summary>Organisations over the demo's UserGroups (v3) and over a v4 workspace's Organization type.</summary>
public class OrganizationTests
{
    [Fact]
    public async Task The_demo_tree_has_the_holding_at_the_root_with_its_companies_applications_and_users()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var workspace = await demo.LoadAsync();
        Assert.Equal("UserGroup", OrganizationHierarchy.DetectType(workspace.Model));
        var expectedUnits = demo.State.FactSheets.All.Count(f => f.IsActive && f.Type == "UserGroup");
        Assert.Equal(expectedUnits, workspace.Organizations.Count);

        var holding = workspace.Organizations.Single(o => o.Name == "Acme Holding SE");
        Assert.Null(holding.Parent);
        Assert.Contains(holding.Children, c => c.Name == "Acme Germany GmbH");
        Assert.All(holding.Children, c => Assert.Same(holding, c.Parent));
        Assert.Contains(holding.ResponsibleFor, f => f.Name == "ERP - Global");
        Assert.Equal("priya.sharma@example.com", Assert.Single(holding.Users).Email);

        var germany = holding.Children.Single(c => c.Name == "Acme Germany GmbH");
        Assert.Contains(germany.ResponsibleFor, f => f.Name == "ERP - Global");
        var rolledUp = holding.ResponsibleForRolledUp();
        Assert.Equal(rolledUp.Count, rolledUp.DistinctBy(f => f.Id).Count());
        Assert.True(holding.SelfAndDescendants().Count() > holding.Children.Count);
        Assert.All(holding.SelfAndDescendants().SelectMany(o => o.ResponsibleFor), f => Assert.Contains(rolledUp, r => r.Id == f.Id));
    }

    [Fact]
    public async Task Responsibility_can_be_limited_to_owner_usage_and_a_wrong_relation_is_refused_by_name()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var owners = await QualityWorkspace.LoadAsync(demo.Client, new OrganizationOptions { UsageTypes = ["owner"] });
        var germany = owners.Organizations.Single(o => o.Name == "Acme Germany GmbH");
        Assert.DoesNotContain(germany.ResponsibleFor, f => f.Name == "ERP - Global"); // Germany only uses it
        Assert.Contains(owners.Organizations.Single(o => o.Name == "Acme Holding SE").ResponsibleFor, f => f.Name == "ERP - Global");

        var e = await Assert.ThrowsAsync<QualityConfigurationException>(() =>
            QualityWorkspace.LoadAsync(demo.Client, new OrganizationOptions { ResponsibilityRelations = ["relUserGroupToNothing"] }));
        Assert.Equal("organizations.responsibilityRelations", e.Key);
        Assert.Contains("relUserGroupToApplication", e.Message);
    }

    [Fact]
    public async Task A_v4_workspace_uses_the_Organization_type()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v4");
        using var lx = new LeanIX.Client.LeanIXClient(new LeanIX.Client.LeanIXClientOptions { ApiToken = host.ApiToken, Host = host.BaseUrl });
        var parent = await lx.FactSheets.CreateAsync("Organization", "Acme");
        var child = await lx.FactSheets.CreateAsync("Organization", "Acme Sales", [LeanIX.Client.Patch.Replace("/relToParent/new_1", new System.Text.Json.Nodes.JsonObject { ["factSheetId"] = parent.Id.ToString() })]);
        var app = await lx.FactSheets.CreateAsync("Application", "Shop");
        var model = await lx.DataModel.GetAsync();
        var toApp = model.Type("Organization").Relations.Values.First(r => r.TargetType == "Application").Key;
        await lx.FactSheets.UpdateAsync(child, [LeanIX.Client.Patch.Replace($"/{toApp}/new_1", new System.Text.Json.Nodes.JsonObject { ["factSheetId"] = app.Id.ToString() })]);
        lx.ClearCache();

        var workspace = await QualityWorkspace.LoadAsync(lx);
        Assert.Equal("Organization", OrganizationHierarchy.DetectType(workspace.Model));
        var root = Assert.Single(workspace.Organizations, o => o.Parent is null);
        Assert.Equal("Acme", root.Name);
        Assert.Equal("Acme Sales", Assert.Single(root.Children).Name);
        Assert.Equal("Shop", Assert.Single(root.ResponsibleForRolledUp()).Name);
        Assert.Empty(root.ResponsibleFor);
    }
}
