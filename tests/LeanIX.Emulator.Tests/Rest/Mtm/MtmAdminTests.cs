using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Mtm;

/// <summary>admin.md §9, D63: technical users and their changelog, invitations, contacts.</summary>
public class MtmAdminTests
{
    private const string Base = "services/mtm/v1";

    private static JsonObject Invitation(EmulatorHost host, string email, string? role = "MEMBER") => new()
    {
        ["host"] = new JsonObject { ["id"] = host.Workspace.ApiTokens[host.ApiToken].ToString() },
        ["user"] = new JsonObject { ["email"] = email },
        ["workspace"] = new JsonObject { ["id"] = host.Workspace.Id.ToString() },
        ["permission"] = new JsonObject { ["role"] = role },
        ["message"] = "silent-invite"
    };

    [Fact]
    public async Task A_created_technical_user_is_listed_and_its_changelog_names_the_creator()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var created = await client.SendAsync(HttpMethod.Post, Base + "/technicalusers", new JsonObject { ["userName"] = "ci-bot", ["permissionRole"] = "VIEWER" });
        var data = (await RestAssert.OkAsync(created, "TechnicalUser"))["data"]!;
        var id = (string)data["id"]!;
        var token = (string)data["apiTokenData"]!["token"]!;
        Assert.Equal("VIEWER", (string?)data["permissionRole"]);

        var list = await client.GetJsonAsync(Base + "/technicalusers?queryUserName=ci-");
        Assert.Equal(1, (int)list["total"]!);
        Assert.Null(list["data"]![0]!["apiTokenData"]!["token"]);
        var all = await client.GetJsonAsync(Base + "/technicalusers");
        var names = all["data"]!.AsArray().Select(u => (string)u!["userName"]!).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names); // userName-ASC
        Assert.Contains("emulator-bot", names);

        var log = await client.GetJsonAsync($"{Base}/technicalusers/{id}/changelog");
        Assert.Equal(["APITOKEN_CREATE", "USER_CREATE"], log["data"]!.AsArray().Select(e => (string)e!["type"]!).Order());
        Assert.All(log["data"]!.AsArray(), e => Assert.Equal(host.Workspace.ApiTokens[host.ApiToken].ToString(), (string?)e!["actor"]!["id"]));

        // The new token works, with the role given.
        using var bot = new WireClient(host.BaseUrl, token);
        using var viewerCreate = await bot.SendAsync(HttpMethod.Post, Base + "/technicalusers", new JsonObject { ["userName"] = "x" });
        await RestAssert.ErrorAsync(viewerCreate, HttpStatusCode.Forbidden, "Only workspace admins");
    }

    [Fact]
    public async Task Technical_user_errors_are_d2_bodies()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using (var r = await client.SendAsync(HttpMethod.Get, $"{Base}/technicalusers/{Guid.NewGuid()}/changelog"))
            await RestAssert.ErrorAsync(r, HttpStatusCode.NotFound, "does not exist");
        using (var r = await client.SendAsync(HttpMethod.Get, $"{Base}/technicalusers/{host.Workspace.ApiTokens[host.ApiToken]}/changelog?sort=name-ASC"))
            await RestAssert.ErrorAsync(r, HttpStatusCode.BadRequest, "createdAt");
        using (var r = await client.SendAsync(HttpMethod.Post, Base + "/technicalusers", new JsonObject { ["userName"] = "" }))
            await RestAssert.ErrorAsync(r, HttpStatusCode.BadRequest, "userName");
        using (var r = await client.SendAsync(HttpMethod.Post, Base + "/technicalusers", new JsonObject { ["userName"] = "b", ["permissionRole"] = "OWNER" }))
            await RestAssert.ErrorAsync(r, HttpStatusCode.BadRequest, "permissionRole");
    }

    [Fact]
    public async Task An_invitation_creates_an_invited_user_and_leaves_an_active_one_unchanged()
    {
        await using var host = await RoleTokens.StartAsync();
        using var client = new WireClient(host);
        using (var invited = await client.SendAsync(HttpMethod.Post, Base + "/idm/invite?silent=true", Invitation(host, "new.person@example.com", "VIEWER")))
        {
            var user = (await RestAssert.OkAsync(invited, "User"))["data"]!;
            Assert.Equal("new.person@example.com", (string?)user["email"]);
            Assert.Equal("INVITED", (string?)user["permissions"]![0]!["status"]);
            Assert.Equal("VIEWER", (string?)user["permissions"]![0]!["role"]);
        }
        var admin = host.Workspace.State.Users.Get(host.Workspace.ApiTokens[host.ApiToken])!;
        using (var again = await client.SendAsync(HttpMethod.Post, Base + "/idm/invite", Invitation(host, admin.Email, "VIEWER")))
            Assert.Equal("ADMIN", (string?)(await RestAssert.OkAsync(again, "User"))["data"]!["permissions"]![0]!["role"]);

        using (var bad = await client.SendAsync(HttpMethod.Post, Base + "/idm/invite", Invitation(host, "not an address")))
            await RestAssert.ErrorAsync(bad, HttpStatusCode.BadRequest, "e-mail");
        using (var badRole = await client.SendAsync(HttpMethod.Post, Base + "/idm/invite", Invitation(host, "a@b.c", "CONTACT")))
            await RestAssert.ErrorAsync(badRole, HttpStatusCode.BadRequest, "cannot be invited");
        using (var badSilent = await client.SendAsync(HttpMethod.Post, Base + "/idm/invite?silent=maybe", Invitation(host, "a@b.c")))
            await RestAssert.ErrorAsync(badSilent, HttpStatusCode.BadRequest, "silent");
        using var viewer = new WireClient(host, RoleTokens.SecondToken);
        using (var refused = await viewer.SendAsync(HttpMethod.Post, Base + "/idm/invite", Invitation(host, "b@b.c")))
            await RestAssert.ErrorAsync(refused, HttpStatusCode.Forbidden, "admins");
    }

    [Fact]
    public async Task Only_account_admins_create_users_and_subscribing_an_unknown_email_makes_a_contact()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var contact = new JsonObject { ["email"] = "jane.contact@example.com", ["firstName"] = "Jane", ["lastName"] = "Contact" };
        using (var refused = await client.SendAsync(HttpMethod.Post, Base + "/users", contact))
            await RestAssert.ErrorAsync(refused, HttpStatusCode.Forbidden, "account admins");

        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.Users.Edit(host.Workspace.ApiTokens[host.ApiToken])!.Role = "ACCOUNTADMIN";
            host.Workspace.Commit(tx);
        }
        using var accountAdmin = new WireClient(host); // a new token carries the new role
        using (var created = await accountAdmin.SendAsync(HttpMethod.Post, Base + "/users", contact))
        {
            var user = (await RestAssert.OkAsync(created, "User"))["data"]!;
            Assert.Equal("Jane Contact", (string?)user["displayName"]);
            Assert.Equal("CONTACT", (string?)user["permissions"]![0]!["role"]);
        }
        using (var duplicate = await accountAdmin.SendAsync(HttpMethod.Post, Base + "/users", contact))
            await RestAssert.ErrorAsync(duplicate, HttpStatusCode.Conflict, "already exists");

        // D63 amends D14: an unknown e-mail in createSubscription becomes an ACTIVE CONTACT.
        var fs = (string)(await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "CRM", type: Application}) { factSheet { id } } }"""))
            ["createFactSheet"]!["factSheet"]!["id"]!;
        await client.GraphQLDataAsync($$"""mutation { createSubscription(factSheetId: "{{fs}}", user: {email: "walk.in@example.com"}, type: OBSERVER) { id } }""");
        var walkIn = Assert.Single(host.Workspace.State.Users.All, u => u.Email == "walk.in@example.com");
        Assert.Equal(("CONTACT", "ACTIVE"), (walkIn.PermissionRole, walkIn.PermissionStatus));
        var bad = await client.GraphQLAsync($$"""mutation { createSubscription(factSheetId: "{{fs}}", user: {email: "no address"}, type: OBSERVER) { id } }""");
        Assert.Contains("not an e-mail address", (string?)bad["errors"]![0]!["message"]);
    }
}
