using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class RestPagingTests
{
    [Fact]
    public async Task Cursor_style_paging_walks_the_pathfinder_fact_sheet_list()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var ids = new List<string>();
        await foreach (var fs in client.Connection.CursorPages("services/pathfinder/v1/factSheets", new Dictionary<string, string?> { ["type"] = "Application" }, pageSize: 9))
            ids.Add(fs.GetProperty("id").GetString()!);
        var expected = host.Workspace.State.FactSheets.All.Count(f => f.Type == "Application" && f.IsActive);
        Assert.Equal(expected, ids.Count);
        Assert.Equal(expected, ids.Distinct().Count());
    }

    [Fact]
    public async Task Page_style_paging_collects_every_user_across_pages()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var ws = await client.Connection.GetWorkspaceAsync();
        var users = new List<string>();
        await foreach (var user in client.Connection.Pages($"services/mtm/v1/workspaces/{ws.WorkspaceId}/users",
                           new Dictionary<string, string?> { ["includeTechnicalUsers"] = "true" }, pageSize: 4))
            users.Add(user.GetProperty("id").GetString()!);
        Assert.Equal(host.Workspace.State.Users.All.Count(), users.Distinct().Count());
        Assert.True(host.Faults.Hits.Keys.Count(k => k.EndsWith("/users")) == 1);
    }
}
