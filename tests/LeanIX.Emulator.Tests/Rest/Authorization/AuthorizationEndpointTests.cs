using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Authorization;

/// <summary>admin.md §10, D66 over the wire.</summary>
public class AuthorizationEndpointTests
{
    private const string Base = "services/pathfinder/v1/models";

    [Fact]
    public async Task Access_control_entities_are_created_paged_by_end_cursor_read_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        foreach (var name in new[] { "EMEA", "APAC", "AMER" })
        {
            using var created = await client.SendAsync(HttpMethod.Post, Base + "/accessControlEntities", new JsonObject { ["name"] = name, ["description"] = name + " region" });
            await RestAssert.OkAsync(created, "AccessControlEntity");
        }
        var first = await client.GetJsonAsync(Base + "/accessControlEntities?pageSize=2");
        Assert.Equal(["data", "total", "endCursor"], first.AsObject().Select(p => p.Key));
        Assert.Equal(3, (int)first["total"]!);
        Assert.Equal(["AMER", "APAC"], first["data"]!.AsArray().Select(a => (string)a!["name"]!));
        var second = await client.GetJsonAsync($"{Base}/accessControlEntities?pageSize=2&cursor={Uri.EscapeDataString((string)first["endCursor"]!)}");
        Assert.Equal(["EMEA"], second["data"]!.AsArray().Select(a => (string)a!["name"]!));
        Assert.Null(second["endCursor"]);

        var id = (string)first["data"]![0]!["id"]!;
        Assert.Equal("AMER region", (string?)(await client.GetJsonAsync($"{Base}/accessControlEntities/{id}"))["data"]!["description"]);
        using (var delete = await client.SendAsync(HttpMethod.Delete, $"{Base}/accessControlEntities/{id}"))
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using (var gone = await client.SendAsync(HttpMethod.Get, $"{Base}/accessControlEntities/{id}"))
            await RestAssert.ErrorAsync(gone, HttpStatusCode.NotFound, "does not exist");
    }

    [Fact]
    public async Task Bad_input_duplicates_and_non_admins_are_refused()
    {
        await using var host = await RoleTokens.StartAsync();
        using var admin = new WireClient(host);
        using (var r = await admin.SendAsync(HttpMethod.Post, Base + "/accessControlEntities", new JsonObject { ["name"] = " " }))
            await RestAssert.ErrorAsync(r, HttpStatusCode.BadRequest, "needs a name");
        using (await admin.SendAsync(HttpMethod.Post, Base + "/accessControlEntities", new JsonObject { ["name"] = "APAC" })) { }
        using (var r = await admin.SendAsync(HttpMethod.Post, Base + "/accessControlEntities", new JsonObject { ["name"] = "apac" }))
            await RestAssert.ErrorAsync(r, HttpStatusCode.Conflict, "already exists");
        using (var r = await admin.SendAsync(HttpMethod.Get, Base + "/accessControlEntities?cursor=bogus"))
            await RestAssert.ErrorAsync(r, HttpStatusCode.BadRequest, "Cursor");
        using var viewer = new WireClient(host, RoleTokens.SecondToken);
        using (var r = await viewer.SendAsync(HttpMethod.Post, Base + "/accessControlEntities", new JsonObject { ["name"] = "LATAM" }))
            await RestAssert.ErrorAsync(r, HttpStatusCode.Forbidden, "admins");
        Assert.Equal(1, (int)(await viewer.GetJsonAsync(Base + "/accessControlEntities"))["total"]!);
    }

    [Fact]
    public async Task The_authorization_model_has_the_three_roles_and_viewers_only_read_and_export()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, Base + "/authorization");
        var roles = (await RestAssert.OkAsync(response, "AuthorizationRole"))["data"]!.AsArray();
        Assert.Equal(["ADMIN", "MEMBER", "VIEWER"], roles.Select(r => (string)r!["name"]!));
        var viewer = roles[2]!["permissions"]!.AsArray();
        Assert.Equal(["factSheet", "relation", "field", "tag", "bookmark"], viewer.Select(p => (string)p!["domain"]!));
        Assert.All(viewer, p => Assert.Equal(["READ", "EXPORT"], p!["actions"]!.AsArray().Select(a => (string)a!)));
        Assert.Contains("Application", viewer[0]!["instances"]![0]!["values"]!.AsArray().Select(v => (string)v!));
        using var other = await client.SendAsync(HttpMethod.Get, $"{Base}/authorization?workspaceId={Guid.NewGuid()}");
        await RestAssert.ErrorAsync(other, HttpStatusCode.Forbidden);
    }
}
