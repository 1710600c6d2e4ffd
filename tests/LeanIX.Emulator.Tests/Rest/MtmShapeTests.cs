using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Tests.Rest;

/// <summary>D86: MTM user links and active, permission workspace/user, workspace contract and instance.application, and the writes.</summary>
public class MtmShapeTests
{
    private const string Mtm = "services/mtm/v1";

    private static async Task<EmulatorHost> StartAsync()
    {
        var host = await EmulatorHost.StartAsync("empty");
        await MtmUserTests.AddUsersAsync(host.Workspace, 5); // u05 is INVITED
        return host;
    }

    private static string UserId(int i) => Ids.FromName($"test-user:{i}").ToString();

    [Fact]
    public async Task User_has_links_and_active_and_permissions_name_their_workspace()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);
        var user = (await client.GetJsonAsync($"{Mtm}/users/{UserId(2)}"))["data"]!;
        Assert.True((bool)user["active"]!);
        var links = user["links"]!.AsArray().ToDictionary(l => (string)l!["rel"]!, l => (string)l!["href"]!);
        Assert.Equal($"{host.BaseUrl}/{Mtm}/users/{UserId(2)}", links["self"]);
        Assert.Equal($"{host.BaseUrl}/{Mtm}/users/{UserId(2)}/permissions", links["permissions"]);
        Assert.Equal($$"""{"id":"{{host.Workspace.Id}}","name":"{{host.Workspace.Name}}"}""", user["permissions"]![0]!["workspace"]!.ToJsonString());

        // The workspace listing embeds the user; the user's own list does not.
        var listed = (await client.GetJsonAsync($"{Mtm}/workspaces/{host.Workspace.Id}/permissions"))["data"]!.AsArray()
            .Single(p => (string?)p!["user"]?["id"] == UserId(2))!;
        Assert.Equal(host.Workspace.Name, (string?)listed["workspace"]!["name"]);
        var own = await client.GetJsonAsync($"{Mtm}/users/{UserId(2)}/permissions");
        Assert.Equal("Permission", (string?)own["type"]);
        var permission = Assert.Single(own["data"]!.AsArray())!.AsObject();
        Assert.Equal(Ids.FromName("test-permission:2").ToString(), (string?)permission["id"]);
        Assert.False(permission.ContainsKey("user"));
        Assert.Equal(host.Workspace.Id.ToString(), (string?)permission["workspace"]!["id"]);
        Assert.Equal("MEMBER", (string?)permission["role"]);
    }

    [Fact]
    public async Task Workspace_has_contract_and_instance_application()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);
        var workspace = (await client.GetJsonAsync($"{Mtm}/workspaces/{host.Workspace.Id}"))["data"]!;
        Assert.Equal("EAM", (string?)workspace["instance"]!["application"]!["name"]);
        var contract = workspace["contract"]!;
        Assert.Equal("ACTIVE", (string?)contract["status"]);
        Assert.True((bool)contract["active"]!);
        Assert.Equal(host.Workspace.AccountId.ToString(), (string?)contract["account"]!["id"]);
        Assert.Equal("EAM", (string?)contract["application"]!["name"]);
    }

    [Fact]
    public async Task Put_user_changes_names_and_account_role_and_keeps_the_rest()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);
        var user = (await client.GetJsonAsync($"{Mtm}/users/{UserId(3)}"))["data"]!.AsObject();
        user["firstName"] = "Renamed";
        user["role"] = "ACCOUNTADMIN";
        using var response = await client.SendAsync(HttpMethod.Put, $"{Mtm}/users/{UserId(3)}", user.DeepClone());
        var updated = (await RestAssert.OkAsync(response, "User"))["data"]!;
        Assert.Equal("Renamed", (string?)updated["firstName"]);
        Assert.Equal("Renamed Last02", (string?)updated["displayName"]);
        Assert.Equal("ACCOUNTADMIN", (string?)updated["role"]);
        Assert.Equal("u03", (string?)updated["userName"]);
        var reread = (await client.GetJsonAsync($"{Mtm}/users/{UserId(3)}"))["data"]!;
        Assert.Equal("Renamed", (string?)reread["firstName"]);

        using var bad = await client.SendAsync(HttpMethod.Put, $"{Mtm}/users/{UserId(3)}", new JsonObject { ["role"] = "ROOT" });
        await RestAssert.ErrorAsync(bad, HttpStatusCode.BadRequest);
        using var missing = await client.SendAsync(HttpMethod.Put, $"{Mtm}/users/{Guid.NewGuid()}", new JsonObject { ["firstName"] = "x" });
        await RestAssert.ErrorAsync(missing, HttpStatusCode.NotFound);
    }

    private static JsonObject Permission(EmulatorHost host, int user, string role, string status) => new()
    {
        ["user"] = new JsonObject { ["id"] = UserId(user) },
        ["workspace"] = new JsonObject { ["id"] = host.Workspace.Id.ToString() },
        ["role"] = role,
        ["status"] = status
    };

    [Fact]
    public async Task Post_permission_changes_role_and_status_by_the_admin_rules()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);

        using (var response = await client.SendAsync(HttpMethod.Post, $"{Mtm}/permissions", Permission(host, 2, "VIEWER", "ARCHIVED")))
        {
            var body = await RestAssert.OkAsync(response, "Permission");
            Assert.Equal(0, (int)body["total"]!);
            Assert.Equal(Ids.FromName("test-permission:2").ToString(), (string?)body["data"]!["id"]);
            Assert.Equal("VIEWER", (string?)body["data"]!["role"]);
            Assert.Equal("ARCHIVED", (string?)body["data"]!["status"]);
        }
        // ARCHIVED → ACTIVE is allowed …
        using (var response = await client.SendAsync(HttpMethod.Post, $"{Mtm}/permissions", Permission(host, 2, "VIEWER", "ACTIVE")))
            Assert.Equal("ACTIVE", (string?)(await RestAssert.OkAsync(response, "Permission"))["data"]!["status"]);
        var listed = (await client.GetJsonAsync($"{Mtm}/users/{UserId(2)}/permissions"))["data"]![0]!;
        Assert.Equal("VIEWER", (string?)listed["role"]);

        // … INVITED → ACTIVE is not; a second permission for the same user is not; another workspace is forbidden.
        using (var invited = await client.SendAsync(HttpMethod.Post, $"{Mtm}/permissions", Permission(host, 5, "MEMBER", "ACTIVE")))
            await RestAssert.ErrorAsync(invited, HttpStatusCode.BadRequest);
        Assert.Equal("INVITED", (string?)(await client.GetJsonAsync($"{Mtm}/users/{UserId(5)}/permissions"))["data"]![0]!["status"]);
        var second = Permission(host, 2, "MEMBER", "ACTIVE");
        second["id"] = Guid.NewGuid().ToString();
        using (var duplicate = await client.SendAsync(HttpMethod.Post, $"{Mtm}/permissions", second))
            await RestAssert.ErrorAsync(duplicate, HttpStatusCode.BadRequest);
        var foreign = Permission(host, 2, "MEMBER", "ACTIVE");
        foreign["workspace"] = new JsonObject { ["id"] = Guid.NewGuid().ToString() };
        using (var forbidden = await client.SendAsync(HttpMethod.Post, $"{Mtm}/permissions", foreign))
            await RestAssert.ErrorAsync(forbidden, HttpStatusCode.Forbidden);
    }
}
