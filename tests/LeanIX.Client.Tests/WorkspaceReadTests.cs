using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Client.Tests;

public class WorkspaceReadTests
{
    [Fact]
    public async Task Users_are_found_by_email_name_id_and_role_with_activity()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var users = await client.Users.AllAsync();
        Assert.Equal(host.Workspace.State.Users.All.Count(), users.Count); // every page followed, technical users included

        var john = await client.Users.FindByEmailAsync("JOHN.DOE@example.com");
        Assert.NotNull(john);
        Assert.Equal("John Doe", john.DisplayName);
        Assert.Same(john, await client.Users.FindByIdAsync(john.Id));
        Assert.Contains(john, await client.Users.FindByDisplayNameAsync("john doe"));
        Assert.Contains(john, await client.Users.WithRoleAsync(john.Role));
        Assert.Null(await client.Users.FindByEmailAsync("nobody@example.com"));

        var now = DateTimeOffset.UtcNow;
        var stored = host.Workspace.State.Users.All.ToDictionary(u => u.Id);
        foreach (var user in users)
        {
            var s = stored[user.Id];
            Assert.Equal(s.Status == "ACTIVE" && s.PermissionStatus == "ACTIVE", user.IsActive);
            Assert.Equal(s.LastLogin is { } last && last >= now.AddMonths(-6), user.WasRecentlyActive(now));
        }
        Assert.Contains(users, u => !u.IsActive);
        Assert.Contains(users, u => u.IsActive && !u.WasRecentlyActive(now));

        await client.PreloadAsync(["Application"]);
        var subscriptions = client.Users.SubscriptionsInCache(john);
        Assert.Contains(subscriptions, s => s.FactSheet.Name == "ERP - Global" && s.Subscription.RoleName == "System Owner");
    }

    [Fact]
    public async Task Roles_and_tags_are_found_by_name_or_id()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var owner = await client.SubscriptionRoles.GetAsync("system owner");
        Assert.Equal("System Owner", owner.Name);
        Assert.Equal(owner, await client.SubscriptionRoles.GetAsync(owner.Id.ToString()));
        var unknownRole = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.SubscriptionRoles.GetAsync("Chief Wizard"));
        Assert.Contains("System Owner", unknownRole.Message);

        var company = await client.Tags.GetGroupAsync("Company");
        var holding = await client.Tags.GetAsync("Company", "Holding");
        Assert.Equal(company.Id, holding.Group!.Id);
        Assert.Equal(holding, await client.Tags.GetAsync(null, holding.Id.ToString()));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Tags.GetGroupAsync("Nope"));
    }

    [Fact]
    public async Task RequestAsync_reaches_any_REST_path_and_maps_errors()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var envelope = await client.Connection.RequestAsync("/services/pathfinder/v1/models/dataModel");
        Assert.Equal("OK", envelope!["status"]!.GetValue<string>());
        var ws = await client.Connection.GetWorkspaceAsync();
        var user = await client.Connection.RequestAsync($"services/mtm/v1/workspaces/{ws.WorkspaceId}/users", query: new Dictionary<string, string?> { ["size"] = "1" });
        Assert.Single(user!["data"]!.AsArray());
        var missing = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Connection.RequestAsync($"services/mtm/v1/users/{Guid.NewGuid()}"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.Status);
        var forbidden = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => client.Connection.RequestAsync($"services/mtm/v1/workspaces/{Guid.NewGuid()}/users"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forbidden.Status);
    }

    [Fact]
    public async Task AllFactSheetsAsync_follows_cursors_page_by_page()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var ids = new List<string>();
        await foreach (var node in client.Connection.AllFactSheets("id", "Application").AsPages(pageSizeHint: 7))
            ids.AddRange(node.Values.Select(n => n["id"]!.GetValue<string>()));
        var expected = host.Workspace.State.FactSheets.All.Count(f => f.Type == "Application" && f.IsActive);
        Assert.Equal(expected, ids.Count);
        Assert.Equal(expected, ids.Distinct().Count());
        Assert.True(host.Faults.Hits["/services/pathfinder/v1/graphql"] >= expected / 7);
    }

    [Fact]
    public async Task Named_workspaces_come_from_the_user_config_file()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var path = Path.Combine(Path.GetTempPath(), $"leanix-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, $$"""
            { "workspaces": { "demo": { "apiToken": "{{host.ApiToken}}", "host": "{{host.BaseUrl}}" },
                              "Wrong": { "apiToken": "{{host.ApiToken}}", "host": "{{host.BaseUrl}}" } } }
            """);
        try
        {
            using var client = LeanIXClient.ForWorkspace("demo", path);
            Assert.Equal(host.Workspace.Id, (await client.Connection.ConnectAsync()).WorkspaceId);
            using var wrong = LeanIXClient.ForWorkspace("Wrong", path);
            var e = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => wrong.Connection.ConnectAsync());
            Assert.Contains("'demo'", e.Message);
            var unknown = Assert.Throws<ArgumentException>(() => LeanIXClient.ForWorkspace("Other", path));
            Assert.Contains("demo", unknown.Message);
            Assert.DoesNotContain(host.ApiToken, unknown.Message);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Throws<ArgumentException>(() => WorkspaceConfigFile.Load("demo", path));
    }

    [Fact]
    public async Task AddLeanIX_registers_one_client_through_the_options_pattern()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var services = new ServiceCollection();
        services.AddLeanIX(o => { o.ApiToken = host.ApiToken; o.Host = host.BaseUrl; o.Workspace = "demo"; });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<LeanIXClient>();
        Assert.Same(client, provider.GetRequiredService<LeanIXClient>());
        Assert.Equal("demo", (await client.Connection.ConnectAsync()).WorkspaceName);
    }
}
