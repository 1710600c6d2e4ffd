using System.Net;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Hosting;

public class EmulatorHostTests
{
    [Fact]
    public async Task The_in_process_host_listens_on_loopback_and_its_token_works()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var uri = new Uri(host.BaseUrl);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(uri.Host)));
        Assert.NotEqual(0, uri.Port);
        Assert.False(host.BaseUrl.EndsWith('/'));
        Assert.Equal(EmulatorOptions.DefaultApiToken, host.ApiToken);
        Assert.Equal("demo", host.Workspace.Name); // the default workspace keeps its name whatever the seed
        Assert.NotEmpty(host.Workspace.State.SubscriptionRoles.All); // even the empty seed has the standard roles

        using var client = new WireClient(host);
        var body = await client.GetJsonAsync($"services/mtm/v1/workspaces/{host.Workspace.Id}");
        Assert.Equal(host.Workspace.Name, body["data"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_hosts_run_side_by_side_on_different_ports()
    {
        await using var one = await EmulatorHost.StartAsync("empty");
        await using var two = await EmulatorHost.StartAsync("empty");
        Assert.NotEqual(one.BaseUrl, two.BaseUrl);
    }

    [Fact]
    public async Task The_token_lifetime_option_shapes_expires_in()
    {
        await using var host = await EmulatorHost.StartAsync("empty", configure: o => o.TokenLifetimeSeconds = 120);
        using var client = new WireClient(host);
        using var response = await client.RequestTokenAsync();
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(119, body["expires_in"]!.GetValue<int>());
    }
}
