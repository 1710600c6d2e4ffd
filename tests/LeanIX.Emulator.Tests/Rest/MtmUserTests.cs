using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Tests.Rest;

public class MtmUserTests
{
    private static async Task<EmulatorHost> StartWithUsersAsync(int count)
    {
        var host = await EmulatorHost.StartAsync("empty");
        await AddUsersAsync(host.Workspace, count);
        return host;
    }

    /// <summary>Adds users u01…uNN; every fifth is INVITED, the rest ACTIVE; last names run backwards.</summary>
    internal static async Task AddUsersAsync(Workspace workspace, int count)
    {
        using (await workspace.LockAsync())
        {
            var tx = workspace.Begin(null);
            for (var i = 1; i <= count; i++)
            {
                var id = Ids.FromName($"test-user:{i}");
                tx.Users.Add(new User
                {
                    Id = id,
                    UserName = $"u{i:00}",
                    Email = $"User{i:00}@Example.com",
                    FirstName = $"First{i:00}",
                    LastName = $"Last{count - i:00}",
                    PermissionId = Ids.FromName($"test-permission:{i}"),
                    PermissionRole = i == 1 ? "ADMIN" : "MEMBER",
                    PermissionStatus = i % 5 == 0 ? "INVITED" : "ACTIVE",
                    LastLogin = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 123, TimeSpan.Zero).AddTicks(4560)
                });
            }
            workspace.Commit(tx);
        }
    }

    private static string UsersPath(EmulatorHost host, string query = "") => $"services/mtm/v1/workspaces/{host.Workspace.Id}/users{query}";

    [Fact]
    public async Task Default_listing_is_page_one_of_thirty_sorted_by_id_without_technical_users()
    {
        await using var host = await StartWithUsersAsync(45);
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, UsersPath(host));
        var body = await RestAssert.OkAsync(response, "User");
        Assert.Equal(45, body["total"]!.GetValue<int>());
        var ids = body["data"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(30, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(body["data"]!.AsArray(), u => Assert.False(u!["technicalUser"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Pages_are_one_indexed_page_zero_is_page_one_and_the_loop_collects_everyone()
    {
        await using var host = await StartWithUsersAsync(45);
        using var client = new WireClient(host);
        var page0 = await client.GetJsonAsync(UsersPath(host, "?page=0&size=10"));
        var page1 = await client.GetJsonAsync(UsersPath(host, "?page=1&size=10"));
        Assert.True(JsonNode.DeepEquals(page0, page1));

        // The D33 client loop: page = 1, 2, … until total users are collected or a page is short.
        var seen = new List<string>();
        for (var page = 1; ; page++)
        {
            var body = await client.GetJsonAsync(UsersPath(host, $"?page={page}&size=20"));
            var data = body["data"]!.AsArray();
            seen.AddRange(data.Select(u => u!["id"]!.GetValue<string>()));
            if (seen.Count >= body["total"]!.GetValue<int>() || data.Count < 20) break;
        }
        Assert.Equal(45, seen.Distinct().Count());

        var beyond = await client.GetJsonAsync(UsersPath(host, "?page=9&size=20"));
        Assert.Empty(beyond["data"]!.AsArray());
        Assert.Equal(45, beyond["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Size_is_clamped_to_one_hundred()
    {
        await using var host = await StartWithUsersAsync(120);
        using var client = new WireClient(host);
        var body = await client.GetJsonAsync(UsersPath(host, "?size=500"));
        Assert.Equal(100, body["data"]!.AsArray().Count);
        Assert.Equal(120, body["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_user_has_exactly_the_d34_and_d86_shape()
    {
        await using var host = await StartWithUsersAsync(1);
        using var client = new WireClient(host);
        var user = Assert.Single((await client.GetJsonAsync(UsersPath(host)))["data"]!.AsArray())!.AsObject();
        Assert.Equal(["id", "userName", "email", "firstName", "lastName", "displayName", "role", "status", "technicalUser", "account", "lastLogin", "active", "links", "permissions"],
            user.Select(p => p.Key));
        Assert.Equal(Ids.FromName("test-user:1").ToString(), user["id"]!.GetValue<string>());
        Assert.Equal("u01", user["userName"]!.GetValue<string>());
        Assert.Equal("First01 Last00", user["displayName"]!.GetValue<string>());
        Assert.Equal("ACCOUNTUSER", user["role"]!.GetValue<string>());
        Assert.Equal("ACTIVE", user["status"]!.GetValue<string>());
        Assert.Equal("2026-01-02T03:04:05.123456Z", user["lastLogin"]!.GetValue<string>());
        Assert.Equal(host.Workspace.AccountId.ToString(), user["account"]!["id"]!.GetValue<string>());
        Assert.Equal(["id", "name"], user["account"]!.AsObject().Select(p => p.Key));
        var permission = Assert.Single(user["permissions"]!.AsArray())!.AsObject();
        Assert.Equal(["id", "workspaceId", "workspace", "role", "status"], permission.Select(p => p.Key));
        Assert.Equal(host.Workspace.Id.ToString(), permission["workspaceId"]!.GetValue<string>());
        Assert.Equal("ADMIN", permission["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Technical_users_are_listed_on_request()
    {
        await using var host = await StartWithUsersAsync(3);
        using var client = new WireClient(host);
        var body = await client.GetJsonAsync(UsersPath(host, "?includeTechnicalUsers=true"));
        Assert.Equal(4, body["total"]!.GetValue<int>());
        var bot = body["data"]!.AsArray().Single(u => u!["technicalUser"]!.GetValue<bool>())!;
        Assert.Equal("emulator-bot", bot["userName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_workspace_id_is_403_on_every_workspace_route()
    {
        await using var host = await StartWithUsersAsync(1);
        using var client = new WireClient(host);
        var other = Guid.NewGuid();
        var user = Ids.FromName("test-user:1");
        foreach (var path in new[]
                 {
                     $"services/mtm/v1/workspaces/{other}", $"services/mtm/v1/workspaces/{other}/users",
                     $"services/mtm/v1/workspaces/{other}/users/{user}", $"services/mtm/v1/workspaces/{other}/permissions",
                     "services/mtm/v1/workspaces/not-a-uuid/users"
                 })
        {
            using var response = await client.SendAsync(HttpMethod.Get, path);
            await RestAssert.ErrorAsync(response, HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Single_user_routes_return_one_user_object_or_404()
    {
        await using var host = await StartWithUsersAsync(3);
        using var client = new WireClient(host);
        var id = Ids.FromName("test-user:2");
        foreach (var path in new[] { $"services/mtm/v1/workspaces/{host.Workspace.Id}/users/{id}", $"services/mtm/v1/users/{id}" })
        {
            using var response = await client.SendAsync(HttpMethod.Get, path);
            var body = await RestAssert.OkAsync(response, "User");
            Assert.Equal(1, body["total"]!.GetValue<int>());
            Assert.Equal(id.ToString(), body["data"]!["id"]!.GetValue<string>());
            Assert.Equal("u02", body["data"]!["userName"]!.GetValue<string>());
        }
        foreach (var path in new[]
                 {
                     $"services/mtm/v1/workspaces/{host.Workspace.Id}/users/{Guid.NewGuid()}", $"services/mtm/v1/users/{Guid.NewGuid()}",
                     "services/mtm/v1/users/not-a-uuid"
                 })
        {
            using var response = await client.SendAsync(HttpMethod.Get, path);
            await RestAssert.ErrorAsync(response, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Account_user_listing_is_scoped_to_the_token_workspace()
    {
        await using var host = await StartWithUsersAsync(12);
        using var client = new WireClient(host);
        var byEmail = await client.GetJsonAsync("services/mtm/v1/users?email=USER03@example.com");
        Assert.Equal("u03", Assert.Single(byEmail["data"]!.AsArray())!["userName"]!.GetValue<string>());
        var paged = await client.GetJsonAsync("services/mtm/v1/users?q=u&page=2&size=5");
        Assert.Equal(12, paged["total"]!.GetValue<int>());
        Assert.Equal(5, paged["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task Workspace_route_returns_the_workspace()
    {
        await using var host = await StartWithUsersAsync(0);
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, $"services/mtm/v1/workspaces/{host.Workspace.Id}");
        var data = (await RestAssert.OkAsync(response, "Workspace"))["data"]!;
        Assert.Equal(host.Workspace.Id.ToString(), data["id"]!.GetValue<string>());
        Assert.Equal("demo", data["name"]!.GetValue<string>());
        Assert.Equal("ACTIVE", data["status"]!.GetValue<string>());
        Assert.NotNull(data["type"]);
        Assert.Equal(host.BaseUrl, data["instance"]!["url"]!.GetValue<string>());

        var list = await client.GetJsonAsync("services/mtm/v1/workspaces");
        Assert.Equal(1, list["total"]!.GetValue<int>());
        Assert.Equal(host.Workspace.Id.ToString(), list["data"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Permissions_list_every_membership_including_technical_users()
    {
        await using var host = await StartWithUsersAsync(4);
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, $"services/mtm/v1/workspaces/{host.Workspace.Id}/permissions");
        var body = await RestAssert.OkAsync(response, "Permission");
        Assert.Equal(5, body["total"]!.GetValue<int>());
        var first = body["data"]![0]!;
        Assert.Equal(host.Workspace.Id.ToString(), first["workspaceId"]!.GetValue<string>());
        Assert.NotNull(first["user"]!["userName"]);
        Assert.NotNull(first["role"]);
    }
}
