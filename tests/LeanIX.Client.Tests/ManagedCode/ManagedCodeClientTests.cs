using System.Net;
using LeanIX.Client.ManagedCode;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.ManagedCode;

public class ManagedCodeClientTests
{
    private static ExecutionConfiguration Script(string name = "Notify owner") => new()
    {
        Name = name, Description = "Posts to a channel", Active = true,
        Code = "export function main(event) { return { ok: true }; }",
        Capability = new ManagedCodeCapability(ManagedCodeCapability.Automations)
    };

    private static async Task<EmulatorHost> HostAsync(bool allowDelete = false)
    {
        var options = new EmulatorOptions { ManagedCodeAllowDelete = allowDelete };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
        return await EmulatorHost.StartAsync(options);
    }

    [Fact]
    public async Task Configurations_are_created_listed_by_capability_read_and_updated_with_a_new_version_per_code_change()
    {
        await using var host = await HostAsync();
        using var lx = TestClients.For(host);
        var created = await lx.ManagedCode.CreateConfigurationAsync(Script());
        Assert.Equal(1, created.Version);
        Assert.Equal("JAVASCRIPT", created.Language);
        var hook = await lx.ManagedCode.CreateConfigurationAsync(Script("Hook") with { Capability = new ManagedCodeCapability(ManagedCodeCapability.Webhooks) });

        Assert.Equal(["Hook", "Notify owner"], (await lx.ManagedCode.ListConfigurationsAsync()).Select(c => c.Name));
        Assert.Equal([hook.Id], (await lx.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Webhooks)).Select(c => c.Id));

        var renamed = await lx.ManagedCode.UpdateConfigurationAsync(created with { Name = "Notify owners" });
        Assert.Equal(1, renamed.Version); // same code, same version
        var recoded = await lx.ManagedCode.UpdateConfigurationAsync(renamed with { Code = "export function main() { return null; }", Active = false });
        Assert.Equal(2, recoded.Version);
        Assert.False(recoded.Active);
        Assert.Equal("Notify owners", (await lx.ManagedCode.GetConfigurationAsync(created.Id!.Value)).Name);
        Assert.Empty(await lx.ManagedCode.GetLogEntriesAsync(created.Id.Value));
    }

    [Fact]
    public async Task Bad_configurations_and_unknown_ids_are_refused()
    {
        await using var host = await HostAsync();
        using var lx = TestClients.For(host);
        await Assert.ThrowsAsync<ArgumentException>(() => lx.ManagedCode.CreateConfigurationAsync(Script() with { Capability = null }));
        var badCapability = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() =>
            lx.ManagedCode.CreateConfigurationAsync(Script() with { Capability = new ManagedCodeCapability("REPORTS") }));
        Assert.Equal(HttpStatusCode.BadRequest, badCapability.Status);
        Assert.Contains("'capability.type' must be one of AUTOMATIONS, CALCULATIONS, WEBHOOKS", badCapability.Message);
        var badLanguage = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() =>
            lx.ManagedCode.CreateConfigurationAsync(Script() with { Language = "PYTHON" }));
        Assert.Contains("JAVASCRIPT", badLanguage.Message);

        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.ManagedCode.GetConfigurationAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.ManagedCode.GetLogEntriesAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.ManagedCode.UpdateConfigurationAsync(Script() with { Id = Guid.NewGuid() }));
    }

    [Fact]
    public async Task Deleting_is_not_available_by_default_as_in_LeanIX()
    {
        await using var host = await HostAsync();
        using var lx = TestClients.For(host);
        var created = await lx.ManagedCode.CreateConfigurationAsync(Script());
        var refused = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.ManagedCode.DeleteConfigurationAsync(created.Id!.Value));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.Status);
        Assert.Contains("not available in LeanIX yet", refused.Message);
        Assert.Single(await lx.ManagedCode.ListConfigurationsAsync());
    }

    [Fact]
    public async Task Deleting_all_configurations_needs_confirmation_where_deleting_is_allowed()
    {
        await using var host = await HostAsync(allowDelete: true);
        using var lx = TestClients.For(host);
        await lx.ManagedCode.CreateConfigurationAsync(Script());
        await lx.ManagedCode.CreateConfigurationAsync(Script("Second"));

        Assert.Empty(await lx.ManagedCode.DeleteConfigurationsAsync(_ => false));
        Assert.Equal(2, (await lx.ManagedCode.ListConfigurationsAsync()).Count);
        Assert.Equal(2, (await lx.ManagedCode.DeleteConfigurationsAsync(list => list.Count == 2)).Count);
        Assert.Empty(await lx.ManagedCode.ListConfigurationsAsync());
    }

    [Fact]
    public async Task A_viewer_reads_configurations_but_may_not_change_them()
    {
        await using var host = await RoleHosts.StartAsync();
        using var admin = TestClients.For(host);
        using var viewer = RoleHosts.SecondClient(host);
        var created = await admin.ManagedCode.CreateConfigurationAsync(Script());
        Assert.Equal(created.Id, (await viewer.ManagedCode.GetConfigurationAsync(created.Id!.Value)).Id);
        var refused = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.ManagedCode.UpdateConfigurationAsync(created with { Name = "Mine" }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.ManagedCode.CreateConfigurationAsync(Script("Other")));
    }
}
