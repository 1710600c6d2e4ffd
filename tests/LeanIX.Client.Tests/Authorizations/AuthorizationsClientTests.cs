using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Authorizations;

/// <summary>admin.md §10, D66 on the client.</summary>
public class AuthorizationsClientTests
{
    [Fact]
    public async Task Access_control_entities_are_listed_across_pages_and_the_model_is_read()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        Assert.Empty(await lx.Authorizations.ListAccessControlEntitiesAsync());
        for (var i = 0; i < 105; i++)
            await lx.Connection.RequestAsync("services/pathfinder/v1/models/accessControlEntities", HttpMethod.Post, new JsonObject { ["name"] = $"VW{i:000}" });
        var aces = await lx.Authorizations.ListAccessControlEntitiesAsync();
        Assert.Equal(105, aces.Count);
        Assert.Equal(aces.Select(a => a.Name).Order(StringComparer.Ordinal), aces.Select(a => a.Name));

        var model = await lx.Authorizations.GetAuthorizationModelAsync();
        Assert.Equal(["ADMIN", "MEMBER", "VIEWER"], model.Select(r => r.Name));
        var adminFactSheets = model[0].Permissions.Single(p => p.Domain == "factSheet");
        Assert.Contains("DELETE", adminFactSheets.Actions);
        Assert.Contains("Application", adminFactSheets.Instances);
    }

    [Fact]
    public async Task A_viewer_lists_but_cannot_create_access_control_entities()
    {
        await using var host = await RoleHosts.StartAsync();
        using var viewer = RoleHosts.SecondClient(host);
        Assert.Empty(await viewer.Authorizations.ListAccessControlEntitiesAsync());
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() =>
            viewer.Connection.RequestAsync("services/pathfinder/v1/models/accessControlEntities", HttpMethod.Post, new JsonObject { ["name"] = "X" }));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() =>
            viewer.Connection.RequestAsync($"services/pathfinder/v1/models/accessControlEntities/{Guid.NewGuid()}"));
    }
}
