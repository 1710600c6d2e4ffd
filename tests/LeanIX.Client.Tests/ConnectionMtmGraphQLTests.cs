using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class ConnectionMtmGraphQLTests
{
    [Fact]
    public async Task The_MTM_GraphQL_endpoint_serves_the_workspace_and_its_users_page_by_page()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var id = host.Workspace.Id;
        var ws = await lx.Connection.MtmGraphQLAsync("query($id: ID!) { workspace(id: $id) { id name } }", new { id });
        Assert.Equal(host.Workspace.Name, (string?)ws["workspace"]!["name"]);

        const string users = "query($ws: ID!, $after: String) { users(workspaceId: $ws, first: 2, after: $after) { totalCount edges { node { email } cursor } pageInfo { hasNextPage endCursor } } }";
        var first = (await lx.Connection.MtmGraphQLAsync(users, new { ws = id }))["users"]!;
        Assert.Equal(2, first["edges"]!.AsArray().Count);
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        var emails = new List<string?>();
        string? after = null;
        do
        {
            var page = (await lx.Connection.MtmGraphQLAsync(users, new { ws = id, after }))["users"]!;
            emails.AddRange(page["edges"]!.AsArray().Select(e => (string?)e!["node"]!["email"]));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        } while (after is not null);
        Assert.Equal((int)first["totalCount"]!, emails.Distinct().Count());
        Assert.Equal(host.Workspace.State.Users.All.Count(), emails.Count);
    }

    [Fact]
    public async Task Unknown_fields_and_other_workspaces_are_GraphQL_errors()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var unknown = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.Connection.MtmGraphQLAsync("{ accounts { id } }"));
        Assert.Contains("accounts", unknown.Message);
        var other = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() =>
            lx.Connection.MtmGraphQLAsync("query($id: ID!) { workspace(id: $id) { name } }", new { id = Guid.NewGuid() }));
        Assert.Contains("not the caller's workspace", other.Message);
    }
}
