using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D81: GraphQL <c>User</c> carries status, account role and the workspace permission.</summary>
public class UserMembersTests
{
    [Fact]
    public async Task Subscribed_user_shows_status_account_role_and_workspace_permission()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var data = await client.GraphQLDataAsync("""
            { allFactSheets(first: 200) { edges { node { subscriptions { edges { node {
                user { id email status role permission { id role status } } } } } } } } }
            """);
        var users = data["allFactSheets"]!["edges"]!.AsArray()
            .SelectMany(e => e!["node"]!["subscriptions"]!["edges"]!.AsArray())
            .Select(s => s!["node"]!["user"]!)
            .ToList();
        var john = users.First(u => (string?)u["email"] == DemoNames.JohnDoe);
        var permissionId = LeanIX.Emulator.Wire.Ids.FromName("permission:" + SeedUsers.IdOf(DemoNames.JohnDoe));
        Assert.Equal("ACTIVE", (string?)john["status"]);
        Assert.Equal("ACCOUNTADMIN", (string?)john["role"]);
        Assert.Equal(permissionId.ToString("D"), (string?)john["permission"]!["id"]);
        Assert.Equal("ADMIN", (string?)john["permission"]!["role"]);
        Assert.Equal("ACTIVE", (string?)john["permission"]!["status"]);
        var member = users.First(u => (string?)u["permission"]!["role"] == "MEMBER");
        Assert.Equal("ACCOUNTUSER", (string?)member["role"]);
    }
}
