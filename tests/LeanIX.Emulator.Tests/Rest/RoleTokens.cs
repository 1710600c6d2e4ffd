using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Rest;

/// <summary>
/// A workspace with two API tokens: the first (the host's default) is an ADMIN's, the second a technical user whose
/// workspace role is changed to <c>role</c> before any token exchange, so permission checks can be tested over HTTP.
/// </summary>
public static class RoleTokens
{
    public const string SecondToken = "LXemuSecondTokenForRoleTests0000000000";

    public static async Task<EmulatorHost> StartAsync(string seed = "empty", string role = "VIEWER")
    {
        var options = new EmulatorOptions();
        var workspace = new WorkspaceConfig { Seed = seed };
        workspace.ApiTokens.AddRange([EmulatorOptions.DefaultApiToken, SecondToken]);
        options.Workspaces.Add(workspace);
        var host = await EmulatorHost.StartAsync(options);
        await SetRoleAsync(host.Workspace, SecondToken, role);
        return host;
    }

    public static Guid UserOf(EmulatorHost host, string token = SecondToken) => host.Workspace.ApiTokens[token];

    public static async Task SetRoleAsync(Workspace workspace, string token, string role)
    {
        using (await workspace.LockAsync())
        {
            var tx = workspace.Begin(null);
            tx.Users.Edit(workspace.ApiTokens[token])!.PermissionRole = role;
            workspace.Commit(tx);
        }
    }
}
