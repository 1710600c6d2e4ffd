using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Emulator.Tests.Rest;

/// <summary>An emulator with a second API token whose technical user is a VIEWER (for D66 permission checks).</summary>
public static class ViewerToken
{
    public const string AdminToken = "LXtest-admin-token-0000000000000000000";
    public const string Token = "LXtest-viewer-token-000000000000000000";

    public static async Task<EmulatorHost> StartAsync(string seed = "empty", FakeTimeProvider? clock = null)
    {
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Seed = seed, ApiTokens = [AdminToken, Token] });
        var host = await EmulatorHost.StartAsync(options, clock);
        var workspace = host.Workspace;
        using (await workspace.LockAsync())
        {
            var tx = workspace.Begin(null);
            tx.Users.Edit(workspace.ApiTokens[Token])!.PermissionRole = "VIEWER";
            workspace.Commit(tx);
        }
        return host;
    }
}
