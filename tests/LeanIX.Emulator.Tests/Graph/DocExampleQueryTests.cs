using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>The query examples of graphql.md §2 and §5, answered in the documented shapes.</summary>
public sealed class DocExampleQueryTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private WireClient _client = null!;
    private Guid _crm, _erp, _db, _rel, _group, _tag, _user, _sub, _doc;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync("empty");
        var d = new GraphData(_host.Workspace);
        _group = d.TagGroup("Hosting", "MULTIPLE", "Application");
        _tag = d.Tag("Cloud", _group, "#1a2b3c");
        _user = d.User("jane@example.org", "Jane", "Doe");
        _crm = d.FactSheet("Application", "Demo CRM", fs => fs.TagIds = [_tag]);
        _erp = d.FactSheet("Application", "Demo ERP");
        _db = d.FactSheet("ITComponent", "Demo DB");
        _rel = d.Relation("applicationITComponentRelation", _crm, _db, r =>
        {
            r.ActiveFrom = "2024-03-01";
            r.Fields["costTotalAnnual"] = 1200;
        });
        d.Relation("applicationITComponentRelation", _erp, _db, r => r.ActiveUntil = "2023-12-31");
        _sub = d.Subscription(_crm, _user, "RESPONSIBLE", (StandardRoles.IdOf("System Owner"), "main contact"));
        _doc = d.Document(_crm, "Website", "https://example.org");
        d.Change(_crm, EventTypes.FactSheetCreated, userId: _user);
        d.Change(_crm, EventTypes.FactSheetFieldUpdated, "/description", JsonValue.Create("old"), JsonValue.Create("new"), _user);
        await d.CommitAsync();
        _client = new WireClient(_host);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Section_2_1_paged_allFactSheets_example()
    {
        var page1 = (await _client.GraphQLDataAsync("""
            { allFactSheets(first: 2, filter: {facetFilters: [{facetKey: "FactSheetTypes", operator: OR, keys: ["Application"]}]}) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { id name type } } } }
            """))["allFactSheets"]!;
        Assert.Equal(2, (int)page1["totalCount"]!);
        Assert.False((bool)page1["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(["id", "name", "type"], page1["edges"]![0]!["node"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Section_2_2_relation_connection_with_validityFilter_and_relation_fields()
    {
        var data = await _client.GraphQLDataAsync("""
            { allFactSheets(factSheetType: Application) { edges { node { name ... on Application {
                relApplicationToITComponent(validityFilter: {activeFrom: "2024-01-01", activeUntil: "2024-12-31"}) {
                  totalCount
                  edges { node { id activeFrom activeUntil description costTotalAnnual factSheet { id name type displayName } } } } } } } } }
            """);
        var edges = data["allFactSheets"]!["edges"]!.AsArray();
        var crm = edges.Single(e => (string?)e!["node"]!["name"] == "Demo CRM")!["node"]!["relApplicationToITComponent"]!;
        Assert.Equal(1, (int)crm["totalCount"]!);
        var node = crm["edges"]![0]!["node"]!;
        Assert.Equal(_rel.ToString(), (string?)node["id"]);
        Assert.Equal("2024-03-01", (string?)node["activeFrom"]);
        Assert.Null(node["activeUntil"]);
        Assert.Equal(1200.0, (double)node["costTotalAnnual"]!);
        Assert.Equal("Demo DB", (string?)node["factSheet"]!["displayName"]);
        // ERP's relation ended 2023-12-31: outside the validity window.
        var erp = edges.Single(e => (string?)e!["node"]!["name"] == "Demo ERP")!["node"]!["relApplicationToITComponent"]!;
        Assert.Equal(0, (int)erp["totalCount"]!);
        Assert.Empty(erp["edges"]!.AsArray());
    }

    [Fact]
    public async Task Section_2_2_tags_subscriptions_documents_on_a_fact_sheet()
    {
        var fs = (await _client.GraphQLDataAsync($$"""
            { factSheet(id: "{{_crm}}") {
                tags { id name description color status tagGroup { id name shortName description mode mandatory restrictToFactSheetTypes } }
                subscriptions(filter: {userId: "{{_user}}"}) { edges { node { id type createdAt
                  user { id firstName lastName displayName email technicalUser }
                  roles { id name description comment subscriptionType restrictToFactSheetTypes } } } }
                documents { edges { node { id name url origin description documentType factSheetId } } } } }
            """))["factSheet"]!;
        var tag = fs["tags"]!.AsArray().Single()!;
        Assert.Equal("#1a2b3c", (string?)tag["color"]);
        Assert.Equal("ACTIVE", (string?)tag["status"]);
        Assert.Equal("MULTIPLE", (string?)tag["tagGroup"]!["mode"]);
        Assert.Equal("[\"Application\"]", tag["tagGroup"]!["restrictToFactSheetTypes"]!.ToJsonString());
        var sub = fs["subscriptions"]!["edges"]![0]!["node"]!;
        Assert.Equal(_sub.ToString(), (string?)sub["id"]);
        Assert.Equal("RESPONSIBLE", (string?)sub["type"]);
        Assert.Equal("Jane Doe", (string?)sub["user"]!["displayName"]);
        Assert.False((bool)sub["user"]!["technicalUser"]!);
        var role = sub["roles"]![0]!;
        Assert.Equal("System Owner", (string?)role["name"]);
        Assert.Equal("main contact", (string?)role["comment"]);
        Assert.Equal("RESPONSIBLE", (string?)role["subscriptionType"]);
        var doc = fs["documents"]!["edges"]![0]!["node"]!;
        Assert.Equal(_doc.ToString(), (string?)doc["id"]);
        Assert.Equal("CUSTOM_LINK", (string?)doc["origin"]);
        Assert.Equal(_crm.ToString(), (string?)doc["factSheetId"]);

        var none = (await _client.GraphQLDataAsync($$"""{ factSheet(id: "{{_crm}}") { subscriptions(filter: {types: [OBSERVER]}) { totalCount } } }"""))["factSheet"]!;
        Assert.Equal(0, (int)none["subscriptions"]!["totalCount"]!);
    }

    [Fact]
    public async Task Section_2_3_allTags_allTagGroups_allSubscriptionRoles()
    {
        var tags = await _client.GraphQLDataAsync("{ allTags { edges { node { id name description color status tagGroup { id name } } } } }");
        var tag = tags["allTags"]!["edges"]![0]!["node"]!;
        Assert.Equal("Cloud", (string?)tag["name"]);
        Assert.Equal(_group.ToString(), (string?)tag["tagGroup"]!["id"]);

        var groups = await _client.GraphQLDataAsync(
            "{ allTagGroups { edges { node { id name shortName description mode restrictToFactSheetTypes tags { edges { node { id name description color status } } } } } } }");
        var group = groups["allTagGroups"]!["edges"]![0]!["node"]!;
        Assert.Equal("Hosting", (string?)group["name"]);
        Assert.Equal(_tag.ToString(), (string?)group["tags"]!["edges"]![0]!["node"]!["id"]);

        var roles = await _client.GraphQLDataAsync("{ allSubscriptionRoles { edges { node { id name } } } }");
        Assert.Contains(roles["allSubscriptionRoles"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["name"] == "System Owner");
    }

    [Fact]
    public async Task Section_2_3_allLogEvents_with_event_type_filter()
    {
        var all = await _client.GraphQLDataAsync($$"""
            { allLogEvents(factSheetId: "{{_crm}}") { edges { node { id eventType path oldValue newValue message secondsPast createdAt
                user { id firstName lastName displayName email technicalUser } } } } }
            """);
        var events = all["allLogEvents"]!["edges"]!.AsArray();
        Assert.Equal(2, events.Count);
        var update = events.Single(e => (string?)e!["node"]!["eventType"] == "FACT_SHEET_FIELD_UPDATED")!["node"]!;
        Assert.Equal("/description", (string?)update["path"]);
        Assert.Equal("old", (string?)update["oldValue"]);
        Assert.Equal("new", (string?)update["newValue"]);
        Assert.Equal("jane@example.org", (string?)update["user"]!["email"]);
        Assert.True((long)update["secondsPast"]! >= 0);

        var created = await _client.GraphQLDataAsync($$"""{ allLogEvents(factSheetId: "{{_crm}}", eventTypes: [FACT_SHEET_CREATED]) { edges { node { eventType } } } }""");
        Assert.Equal("FACT_SHEET_CREATED", (string?)created["allLogEvents"]!["edges"]!.AsArray().Single()!["node"]!["eventType"]);
    }

    [Fact]
    public async Task Section_5_example_response_shape()
    {
        var result = await _client.GraphQLAsync("""
            { allFactSheets(first: 1, factSheetType: Application) { totalCount pageInfo { hasNextPage endCursor }
                edges { node { id name type ... on Application { relApplicationToITComponent { totalCount edges { node {
                  id activeFrom activeUntil description factSheet { id name type } } } } } } } } }
            """);
        Assert.True(result.AsObject().ContainsKey("errors") && result["errors"] is null); // D77
        var conn = result["data"]!["allFactSheets"]!;
        Assert.Equal(2, (int)conn["totalCount"]!);
        Assert.True((bool)conn["pageInfo"]!["hasNextPage"]!);
        var node = conn["edges"]![0]!["node"]!;
        Assert.Equal("Demo CRM", (string?)node["name"]);
        var relNode = node["relApplicationToITComponent"]!["edges"]![0]!["node"]!;
        Assert.Equal(["id", "activeFrom", "activeUntil", "description", "factSheet"], relNode.AsObject().Select(p => p.Key));
        Assert.Equal(JsonValueKind.Null, relNode["description"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.Equal(_db.ToString(), (string?)relNode["factSheet"]!["id"]);
    }
}
