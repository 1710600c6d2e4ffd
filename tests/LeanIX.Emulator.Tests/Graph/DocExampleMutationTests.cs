using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>The mutation examples of graphql.md §3.3–3.5 with the D16 signatures.</summary>
public sealed class DocExampleMutationTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private WireClient _client = null!;
    private Guid _fs, _user;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync("empty");
        var d = new GraphData(_host.Workspace);
        _fs = d.FactSheet("Application", "Demo CRM");
        _user = d.User("jane@example.org", "Jane", "Doe");
        d.User("max@example.org", "Max", "Mustermann");
        await d.CommitAsync();
        _client = new WireClient(_host);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private long Rev => _host.Workspace.State.FactSheets.Get(_fs)!.Rev;

    [Fact]
    public async Task Section_3_3_create_update_delete_subscription()
    {
        var role = StandardRoles.IdOf("System Owner");
        var created = (await _client.GraphQLDataAsync($$"""
            mutation { createSubscription(factSheetId: "{{_fs}}", user: {id: "{{_user}}"}, type: RESPONSIBLE,
                                          roleIds: ["{{role}}"]) { id type user { id email } roles { id name } } }
            """))["createSubscription"]!;
        Assert.Equal("RESPONSIBLE", (string?)created["type"]);
        Assert.Equal("jane@example.org", (string?)created["user"]!["email"]);
        Assert.Equal("System Owner", (string?)created["roles"]![0]!["name"]);
        Assert.Equal(1L, Rev);
        var subId = (string)created["id"]!;

        var updated = (await _client.GraphQLDataAsync($$"""
            mutation { updateSubscription(id: "{{subId}}", user: {email: "jane@example.org"}, type: RESPONSIBLE,
                                          roles: [{id: "{{role}}", comment: "primary"}]) { id type roles { id name comment } } }
            """))["updateSubscription"]!;
        Assert.Equal("primary", (string?)updated["roles"]![0]!["comment"]);

        var deleted = (await _client.GraphQLDataAsync($$"""mutation { deleteSubscription(id: "{{subId}}") { id name } }"""))["deleteSubscription"]!;
        Assert.Equal(_fs.ToString(), (string?)deleted["id"]);
        Assert.Equal("Demo CRM", (string?)deleted["name"]);
        Assert.Empty(_host.Workspace.State.Subscriptions.OwnedBy(_fs));
        Assert.Equal(3L, Rev);
    }

    [Fact]
    public async Task Section_3_4_tag_group_and_tag_mutations()
    {
        var group = (await _client.GraphQLDataAsync("""
            mutation ($name: String!, $mode: TagGroupModeEnum!, $restrictToFactSheetTypes: [FactSheetType!]!, $shortName: String, $description: String) {
              createTagGroup(name: $name, mode: $mode, restrictToFactSheetTypes: $restrictToFactSheetTypes, shortName: $shortName, description: $description) { id mode restrictToFactSheetTypes } }
            """, new JsonObject
        {
            ["name"] = "Hosting", ["mode"] = "SINGLE", ["restrictToFactSheetTypes"] = new JsonArray("Application"), ["shortName"] = "HO", ["description"] = "where"
        }))["createTagGroup"]!;
        Assert.Equal("SINGLE", (string?)group["mode"]);
        var groupId = (string)group["id"]!;

        var updatedGroup = await _client.GraphQLDataAsync("mutation ($id: ID!, $patches: [Patch]!) { updateTagGroup(id: $id, patches: $patches) { id name } }",
            new JsonObject { ["id"] = groupId, ["patches"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/name", ["value"] = "Hosting model" }) });
        Assert.Equal("Hosting model", (string?)updatedGroup["updateTagGroup"]!["name"]);

        var tag = (await _client.GraphQLDataAsync($$"""
            mutation { createTag(name: "Cloud", description: "…", color: "#1a2b3c", tagGroupId: "{{groupId}}", validateOnly: false) { id name color tagGroup { id } } }
            """))["createTag"]!;
        Assert.Equal("Cloud", (string?)tag["name"]);
        Assert.Equal(groupId, (string?)tag["tagGroup"]!["id"]);
        var tagId = (string)tag["id"]!;

        var renamed = await _client.GraphQLDataAsync("mutation ($id: ID!, $patches: [Patch]!) { updateTag(id: $id, patches: $patches) { id name } }",
            new JsonObject { ["id"] = tagId, ["patches"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/name", ["value"] = "Public cloud" }) });
        Assert.Equal("Public cloud", (string?)renamed["updateTag"]!["name"]);

        // D16: a group with tags cannot be deleted.
        var refused = await _client.GraphQLAsync("mutation ($id: ID!) { deleteTagGroup(id: $id) { id } }", new JsonObject { ["id"] = groupId });
        Assert.NotNull(refused["errors"]);
        Assert.Equal("TagGroup", (string?)refused["errors"]![0]!["extensions"]!["entityType"]);

        var deletedTag = await _client.GraphQLDataAsync($$"""mutation { deleteTag(id: "{{tagId}}") { id } }""");
        Assert.Equal(tagId, (string?)deletedTag["deleteTag"]!["id"]);
        var deletedGroup = await _client.GraphQLDataAsync("mutation ($id: ID!) { deleteTagGroup(id: $id) { id } }", new JsonObject { ["id"] = groupId });
        Assert.Equal(groupId, (string?)deletedGroup["deleteTagGroup"]!["id"]);
        Assert.Empty(_host.Workspace.State.Tags.All);
        Assert.Empty(_host.Workspace.State.TagGroups.All);
    }

    [Fact]
    public async Task Section_3_5_document_mutations_and_deleteDocument_returns_null()
    {
        var created = (await _client.GraphQLDataAsync($$"""
            mutation { createDocument(factSheetId: "{{_fs}}", name: "Website", url: "https://example.org", description: "…", documentType: "logo") { id name url factSheetId origin } }
            """))["createDocument"]!;
        Assert.Equal("https://example.org", (string?)created["url"]);
        Assert.Equal(_fs.ToString(), (string?)created["factSheetId"]);
        Assert.Equal("CUSTOM_LINK", (string?)created["origin"]);
        var docId = (string)created["id"]!;

        var updated = await _client.GraphQLDataAsync($$"""mutation ($patches: [Patch]!) { updateDocument(id: "{{docId}}", patches: $patches) { id url } }""",
            new JsonObject { ["patches"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/url", ["value"] = "https://example.com" }) });
        Assert.Equal("https://example.com", (string?)updated["updateDocument"]!["url"]);

        var deleted = await _client.GraphQLAsync($$"""mutation { deleteDocument(id: "{{docId}}") { name } }""");
        Assert.True(deleted.AsObject().ContainsKey("errors") && deleted["errors"] is null); // D77
        Assert.Equal(JsonValueKind.Null, deleted["data"]!["deleteDocument"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.Empty(_host.Workspace.State.Documents.All);
        Assert.Equal(3L, Rev);
    }

    [Fact]
    public async Task Rev_mismatch_on_updateFactSheet_is_rejected()
    {
        var result = await _client.GraphQLAsync($$"""
            mutation { updateFactSheet(id: "{{_fs}}", rev: 7, patches: [{op: replace, path: "/description", value: "x"}]) { factSheet { rev } } }
            """);
        Assert.Equal("[FS_VALIDATION_REV_MISMATCH] Expected rev 7 but current rev is 0", (string?)result["errors"]![0]!["message"]);
        Assert.Equal(0L, Rev);
    }

    [Fact]
    public async Task Relation_patch_creates_a_relation_visible_from_both_ends()
    {
        var data = new GraphData(_host.Workspace);
        var db = data.FactSheet("ITComponent", "DB");
        await data.CommitAsync();
        var result = await _client.GraphQLDataAsync($$"""
            mutation ($patches: [Patch]!) { updateFactSheet(id: "{{_fs}}", patches: $patches) { factSheet { rev ... on Application {
              relApplicationToITComponent { edges { node { id factSheet { id name } costTotalAnnual } } } } } } }
            """, new JsonObject { ["patches"] = new JsonArray(new JsonObject
        {
            ["op"] = "add", ["path"] = "/relApplicationToITComponent/new_1", ["value"] = $$"""{"factSheetId":"{{db}}","costTotalAnnual":1200}"""
        }) });
        var node = result["updateFactSheet"]!["factSheet"]!["relApplicationToITComponent"]!["edges"]![0]!["node"]!;
        Assert.Equal("DB", (string?)node["factSheet"]!["name"]);
        Assert.Equal(1200.0, (double)node["costTotalAnnual"]!);
        var back = await _client.GraphQLDataAsync($$"""
            { factSheet(id: "{{db}}") { ... on ITComponent { relITComponentToApplication { edges { node { id type factSheet { name } } } } } } }
            """);
        var backNode = back["factSheet"]!["relITComponentToApplication"]!["edges"]![0]!["node"]!;
        Assert.Equal((string?)node["id"], (string?)backNode["id"]);
        Assert.Equal("relITComponentToApplication", (string?)backNode["type"]);
        Assert.Equal("Demo CRM", (string?)backNode["factSheet"]!["name"]);
    }

    [Fact]
    public async Task Mutations_appear_in_allLogEvents_and_validateOnly_or_failed_ones_do_not()
    {
        await _client.GraphQLDataAsync($$"""
            mutation { updateFactSheet(id: "{{_fs}}", comment: "note", patches: [{op: replace, path: "/alias", value: "CRM"}]) { factSheet { id } } }
            """);
        await _client.GraphQLDataAsync($$"""
            mutation { updateFactSheet(id: "{{_fs}}", patches: [{op: replace, path: "/alias", value: "preview"}], validateOnly: true) { factSheet { id } } }
            """);
        await _client.GraphQLAsync($$"""
            mutation { a: updateFactSheet(id: "{{_fs}}", patches: [{op: replace, path: "/alias", value: "lost"}]) { factSheet { id } }
                       b: updateFactSheet(id: "{{_fs}}", patches: [{op: replace, path: "/nope", value: "x"}]) { factSheet { id } } }
            """);
        var log = await _client.GraphQLDataAsync($$"""
            { allLogEvents(factSheetId: "{{_fs}}", eventTypes: [FACT_SHEET_FIELD_UPDATED]) { edges { node { eventType path oldValue newValue } } } }
            """);
        var node = log["allLogEvents"]!["edges"]!.AsArray().Single()!["node"]!;
        Assert.Equal("/alias", (string?)node["path"]);
        Assert.Null((string?)node["oldValue"]);
        Assert.Equal("CRM", (string?)node["newValue"]);
        Assert.Equal("CRM", _host.Workspace.State.FactSheets.Get(_fs)!.StringField("alias"));
        Assert.Equal(1L, Rev);
    }
}
