using LeanIX.Emulator.Hosting;

namespace LeanIX.Emulator.Tests;

public class SmokeTests
{
    [Fact]
    public async Task Emulator_starts_on_a_loopback_port_with_its_workspace()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        Assert.StartsWith("http://127.0.0.1:", host.BaseUrl);
        Assert.Equal("demo", host.Workspace.Name);
        Assert.False(string.IsNullOrEmpty(host.ApiToken));
        Assert.NotEmpty(host.Workspace.State.SubscriptionRoles.All);
    }
}
