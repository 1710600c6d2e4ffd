using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>
/// An emulator with a second API token whose technical user holds another workspace role (VIEWER by default), so a
/// client test can check what the service refuses to that role.
/// </summary>
internal static class RoleHosts
{
    public const string SecondToken = "LXemuSecondTokenForClientRoleTests0000";

    public static async Task<EmulatorHost> StartAsync(string seed = "empty", string role = "VIEWER")
    {
        var options = new EmulatorOptions();
        var workspace = new WorkspaceConfig { Seed = seed };
        workspace.ApiTokens.AddRange([EmulatorOptions.DefaultApiToken, SecondToken]);
        options.Workspaces.Add(workspace);
        var host = await EmulatorHost.StartAsync(options);
        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.Users.Edit(host.Workspace.ApiTokens[SecondToken])!.PermissionRole = role;
            host.Workspace.Commit(tx);
        }
        return host;
    }

    public static LeanIXClient SecondClient(EmulatorHost host) => TestClients.For(host, o => o.ApiToken = SecondToken);
}
