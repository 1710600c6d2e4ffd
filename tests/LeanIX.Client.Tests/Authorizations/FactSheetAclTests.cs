using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Authorizations;

/// <summary>D66 over HTTP: fact sheet ACL patches, their event, and reads and writes filtered by the caller's access control entities.</summary>
public class FactSheetAclTests
{
    private const string Query = "query($id: ID!) { allFactSheets(factSheetType: Application) { totalCount edges { node { id name } } } factSheet(id: $id) { id } }";

    [Fact]
    public async Task A_read_acl_hides_the_fact_sheet_from_a_member_without_its_entity_and_the_admin_sees_all()
    {
        await using var host = await RoleHosts.StartAsync(role: "MEMBER");
        using var lx = TestClients.For(host);
        var apac = await CreateAceAsync(lx, "APAC");
        var emea = await CreateAceAsync(lx, "EMEA");
        var hidden = await lx.FactSheets.CreateAsync("Application", "APAC CRM");
        await lx.FactSheets.CreateAsync("Application", "Open ERP");
        var events = new List<ChangeRecord>();
        host.Workspace.Committed += (_, records) => { lock (events) events.AddRange(records); };

        await lx.Authorizations.SetFactSheetAclsAsync(hidden.Id, read: [apac], write: null);

        var change = Assert.Single(events, e => e.EventType == EventTypes.FactSheetAccessControlListUpdated);
        Assert.Equal(hidden.Id, change.FactSheetId);
        var rest = await lx.Connection.RequestAsync($"services/pathfinder/v1/factSheets/{hidden.Id:D}");
        Assert.Equal("APAC", (string?)rest!["data"]!["permittedReadACL"]![0]!["name"]);

        using var member = RoleHosts.SecondClient(host);
        // A MEMBER without access control entities on its permission is not restricted (D66).
        Assert.Equal(2, await CountAsync(member, hidden.Id, expectFound: true));
        await SetAces(host, lx, emea);
        Assert.Equal(1, await CountAsync(member, hidden.Id, expectFound: false));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => member.Connection.RequestAsync($"services/pathfinder/v1/factSheets/{hidden.Id:D}"));
        await SetAces(host, lx, emea, apac);
        Assert.Equal(2, await CountAsync(member, hidden.Id, expectFound: true));
        Assert.Equal(2, await CountAsync(lx, hidden.Id, expectFound: true));
    }

    [Fact]
    public async Task A_write_acl_refuses_a_member_without_its_entity_and_an_unknown_entity_is_refused()
    {
        await using var host = await RoleHosts.StartAsync(role: "MEMBER");
        using var lx = TestClients.For(host);
        var apac = await CreateAceAsync(lx, "APAC");
        var app = await lx.FactSheets.CreateAsync("Application", "CRM");

        var unknown = await Assert.ThrowsAsync<LeanIXBusinessException>(() => lx.Authorizations.SetFactSheetAclsAsync(app.Id, read: [Guid.NewGuid()], write: null));
        Assert.Contains("does not exist", unknown.Message);
        // The {"id"} object form of the value is accepted too.
        await lx.Connection.GraphQLAsync("mutation($id: ID!, $v: String) { updateFactSheet(id: $id, patches: [{op: replace, path: \"/permittedWriteACL\", value: $v}]) { factSheet { id } } }",
            new JsonObject { ["id"] = app.Id.ToString("D"), ["v"] = new JsonArray(new JsonObject { ["id"] = apac.ToString("D") }).ToJsonString() });

        using var member = RoleHosts.SecondClient(host);
        var refused = await Assert.ThrowsAsync<LeanIXBusinessException>(() => RenameAsync(member, app.Id, "CRM 2"));
        Assert.Contains("ACCESS_DENIED", refused.Message);
        await SetAces(host, lx, apac);
        await RenameAsync(member, app.Id, "CRM 2");
        await RenameAsync(lx, app.Id, "CRM 3");

        await lx.Authorizations.SetFactSheetAclsAsync(app.Id, read: null, write: []);
        var rest = await lx.Connection.RequestAsync($"services/pathfinder/v1/factSheets/{app.Id:D}");
        Assert.Empty(rest!["data"]!["permittedWriteACL"]!.AsArray());
    }

    private static async Task<Guid> CreateAceAsync(LeanIXClient lx, string name)
    {
        var body = await lx.Connection.RequestAsync("services/pathfinder/v1/models/accessControlEntities", HttpMethod.Post, new JsonObject { ["name"] = name });
        return Guid.Parse((string)body!["data"]!["id"]!);
    }

    /// <summary>The access control entities on the second token's permission, set as an MTM admin does (comma-separated ids, D66).</summary>
    private static async Task SetAces(EmulatorHost host, LeanIXClient admin, params Guid[] aces)
    {
        var body = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = host.Workspace.ApiTokens[RoleHosts.SecondToken].ToString("D") },
            ["workspace"] = new JsonObject { ["id"] = host.Workspace.Id.ToString("D") },
            ["role"] = "MEMBER", ["status"] = "ACTIVE",
            ["accessControlEntities"] = string.Join(",", aces.Select(a => a.ToString("D")))
        };
        var answer = await admin.Connection.RequestAsync("services/mtm/v1/permissions", HttpMethod.Post, body);
        Assert.Equal(aces.Length, answer!["data"]!["accessControlEntities"]!.AsArray().Count);
    }

    private static async Task<int> CountAsync(LeanIXClient client, Guid id, bool expectFound)
    {
        var data = await client.Connection.GraphQLAsync(Query, new JsonObject { ["id"] = id.ToString("D") });
        Assert.Equal(expectFound, data["factSheet"] is not null);
        var total = (int)data["allFactSheets"]!["totalCount"]!;
        Assert.Equal(total, data["allFactSheets"]!["edges"]!.AsArray().Count);
        return total;
    }

    private static Task RenameAsync(LeanIXClient client, Guid id, string name) =>
        client.Connection.GraphQLAsync("mutation($id: ID!, $n: String) { updateFactSheet(id: $id, patches: [{op: replace, path: \"/name\", value: $n}]) { factSheet { id } } }",
            new JsonObject { ["id"] = id.ToString("D"), ["n"] = name });
}
