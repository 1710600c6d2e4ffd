using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Rest;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Wire;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Tests.Rest;

/// <summary>The Pathfinder REST fact-sheet reads (rest-other.md §2, §3; D1, D2, D6, D26, D29).</summary>
public partial class FactSheetEndpointTests
{
    private const string Base = "services/pathfinder/v1/factSheets";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")]
    private static partial Regex D6Timestamp();

    /// <summary>Lists with the raw response so the envelope's key order (D1 + cursor) can be checked.</summary>
    private static async Task<JsonObject> ListAsync(WireClient client, string query)
    {
        using var response = await client.SendAsync(HttpMethod.Get, Base + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {query}: {(int)response.StatusCode} {text}");
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["status", "type", "message", "errors", "total", "data", "cursor"], body.Select(p => p.Key));
        Assert.Equal("OK", (string?)body["status"]);
        Assert.Equal("FactSheet", (string?)body["type"]);
        return body;
    }

    /// <summary>Follows <c>cursor</c> until it is null; returns every page's ids and the totals seen.</summary>
    private static async Task<(List<string> Ids, List<string> Names, HashSet<int> Totals, int Pages)> WalkAsync(WireClient client, string filter, int pageSize)
    {
        var ids = new List<string>();
        var names = new List<string>();
        var totals = new HashSet<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var query = $"?pageSize={pageSize}{filter}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var body = await ListAsync(client, query);
            var data = body["data"]!.AsArray();
            Assert.InRange(data.Count, 1, pageSize);
            ids.AddRange(data.Select(fs => (string)fs!["id"]!));
            names.AddRange(data.Select(fs => (string)fs!["name"]!));
            totals.Add((int)body["total"]!);
            cursor = (string?)body["cursor"];
            // A page shorter than pageSize is the last one, so it must not hand out a cursor.
            if (data.Count < pageSize) Assert.Null(cursor);
            pages++;
            Assert.True(pages < 1000, "the cursor never became null");
        } while (cursor is not null);
        return (ids, names, totals, pages);
    }

    private static async Task<HashSet<string>> StateIdsAsync(EmulatorHost host, Func<FactSheet, bool> predicate)
    {
        using (await host.Workspace.LockAsync())
            return host.Workspace.State.FactSheets.All.Where(predicate).Select(fs => fs.Id.ToString("D")).ToHashSet();
    }

    [Fact]
    public async Task Walking_every_page_of_a_type_yields_each_active_fact_sheet_once_in_name_order()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var expected = await StateIdsAsync(host, fs => fs.Type == "Application" && fs.IsActive);
        Assert.True(expected.Count > 14, "the demo seed should have enough applications for several pages");

        var (ids, names, totals, pages) = await WalkAsync(client, "&type=Application", 7);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(expected.SetEquals(ids));
        Assert.Equal([expected.Count], totals);
        Assert.Equal((expected.Count + 6) / 7, pages);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names); // D9
        var graph = await client.GraphQLDataAsync("{ allFactSheets(factSheetType: Application) { totalCount edges { node { id } } } }");
        Assert.Equal(expected.Count, (int)graph["allFactSheets"]!["totalCount"]!);
        // Same order as GraphQL's default (D9), so REST and GraphQL clients page alike.
        Assert.Equal(graph["allFactSheets"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!), ids);
    }

    [Fact]
    public async Task Without_type_the_list_covers_all_active_fact_sheets_and_defaults_to_pages_of_100()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var expected = await StateIdsAsync(host, fs => fs.IsActive);

        var first = await ListAsync(client, "");
        Assert.Equal(expected.Count, (int)first["total"]!);
        Assert.Equal(Math.Min(100, expected.Count), first["data"]!.AsArray().Count);

        var (ids, _, totals, _) = await WalkAsync(client, "", 25);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(expected.SetEquals(ids));
        Assert.Equal([expected.Count], totals);
    }

    [Fact]
    public async Task A_cursor_stays_valid_when_fact_sheets_are_archived_and_past_the_end_gives_an_empty_last_page()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var total = (await StateIdsAsync(host, fs => fs.Type == "Application" && fs.IsActive)).Count;

        var firstPage = await ListAsync(client, $"?type=Application&pageSize={total - 1}");
        var cursor = (string)firstPage["cursor"]!;
        var last = (await ListAsync(client, $"?type=Application&pageSize={total - 1}&cursor={Uri.EscapeDataString(cursor)}"))["data"]!.AsArray();
        var lastId = (string)Assert.Single(last)!["id"]!;

        // Archive the only fact sheet after the cursor: the keyset cursor then points past the end.
        await client.GraphQLDataAsync($$"""
            mutation { updateFactSheet(id: "{{lastId}}", comment: "gone", patches: [{op: add, path: "/status", value: "ARCHIVED"}]) { factSheet { id } } }
            """);
        var after = await ListAsync(client, $"?type=Application&pageSize={total - 1}&cursor={Uri.EscapeDataString(cursor)}");
        Assert.Empty(after["data"]!.AsArray());
        Assert.Null(after["cursor"]);
        Assert.Equal(total - 1, (int)after["total"]!);
    }

    [Fact]
    public async Task ArchivedOnly_lists_only_archived_fact_sheets_which_stay_readable_by_id()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var archived = await StateIdsAsync(host, fs => !fs.IsActive);
        Assert.NotEmpty(archived);

        var (ids, _, totals, _) = await WalkAsync(client, "&archivedOnly=true", 2);
        Assert.True(archived.SetEquals(ids));
        Assert.Equal([archived.Count], totals);

        var active = await ListAsync(client, "?archivedOnly=false&pageSize=10000");
        Assert.NotEmpty(active["data"]!.AsArray()); // otherwise the next line proves nothing
        Assert.DoesNotContain(active["data"]!.AsArray(), fs => archived.Contains((string)fs!["id"]!));

        var one = await client.GetJsonAsync($"{Base}/{archived.First()}");
        Assert.Equal("ARCHIVED", (string?)one["data"]!["status"]);
    }

    [Fact]
    public async Task A_single_fact_sheet_has_the_REST_shape_with_D26_fields_D29_tags_and_D6_dates()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        FactSheet app;
        using (await host.Workspace.LockAsync())
            app = host.Workspace.State.FactSheets.All
                .Where(fs => fs.Type == "Application" && fs.IsActive && fs.TagIds.Count > 0 && fs.Field("lifecycle") is not null && fs.Field("externalId") is not null)
                .OrderBy(fs => fs.Name, StringComparer.Ordinal).First();

        using var response = await client.SendAsync(HttpMethod.Get, $"{Base}/{app.Id}");
        var body = await RestAssert.OkAsync(response, "FactSheet");
        Assert.Equal(1, (int)body["total"]!);
        var fs = body["data"]!.AsObject();
        foreach (var key in new[] { "id", "name", "displayName", "fullName", "description", "type", "status", "lxState", "level", "rev",
                     "createdAt", "updatedAt", "fields", "tags", "naFields", "relations", "subscriptions", "documents", "milestones", "permissions", "completion" })
            Assert.True(fs.ContainsKey(key), $"missing '{key}'");
        Assert.Equal(app.Id.ToString("D"), (string?)fs["id"]);
        Assert.Equal(app.Name, (string?)fs["name"]);
        Assert.Equal("Application", (string?)fs["type"]);
        Assert.Matches(D6Timestamp(), (string)fs["createdAt"]!);
        Assert.Matches(D6Timestamp(), (string)fs["updatedAt"]!);

        // D26 {name, data} entries with D80 wrappers for every set field except name/description.
        var fields = fs["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => f!["data"]!.AsObject());
        Assert.Equal(app.Fields.Count(kv => kv.Value is not null), fields.Count);
        Assert.DoesNotContain("name", fields.Keys);
        Assert.DoesNotContain("description", fields.Keys);
        Assert.Equal("Lifecycle", (string?)fields["lifecycle"]["type"]);
        Assert.NotEmpty(fields["lifecycle"]["phases"]!.AsArray());
        Assert.Equal("ExternalId", (string?)fields["externalId"]["type"]);
        Assert.Equal((string?)app.Field("externalId")!["externalId"], (string?)fields["externalId"]["externalId"]);
        Assert.All(fields.Values, d => Assert.Contains((string)d["type"]!,
            new[] { "StringValue", "IntegerValue", "DoubleValue", "SingleSelect", "MultipleSelect", "Lifecycle", "ExternalId", "Location", "ProjectStatusProgress" }));

        // D29: REST tag keys with bgColor (not GraphQL's color).
        var tags = fs["tags"]!.AsArray();
        Assert.Equal(app.TagIds.Select(t => t.ToString("D")), tags.Select(t => (string)t!["id"]!));
        Assert.All(tags, t =>
        {
            Assert.Equal(["id", "name", "description", "bgColor", "status", "tagGroup"], t!.AsObject().Select(p => p.Key));
            Assert.Matches("^#[0-9a-fA-F]{6}$", (string)t["bgColor"]!);
        });
        Assert.Contains(tags, t => t!["tagGroup"] is JsonObject g && g.ContainsKey("shortName") && g.ContainsKey("mode"));

        // Naming and completion agree with GraphQL (D10, D22).
        var graph = (await client.GraphQLDataAsync($$"""{ factSheet(id: "{{app.Id}}") { displayName fullName level rev completion { completion percentage } } }"""))["factSheet"]!;
        Assert.Equal((string?)graph["displayName"], (string?)fs["displayName"]);
        Assert.Equal((string?)graph["fullName"], (string?)fs["fullName"]);
        Assert.Equal((int)graph["level"]!, (int)fs["level"]!);
        Assert.Equal((long)graph["rev"]!, (long)fs["rev"]!);
        Assert.Equal((int)graph["completion"]!["percentage"]!, (int)fs["completion"]!["percentage"]!);
        Assert.True((bool)fs["permissions"]!["update"]!);
        Assert.Empty(fs["relations"]!.AsArray()); // none unless relationTypes asks for them
    }

    [Fact]
    public async Task The_relations_endpoint_shows_each_relation_from_the_queried_side()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        Guid appId;
        using (await host.Workspace.LockAsync())
        {
            var state = host.Workspace.State;
            appId = state.FactSheets.All.Where(fs => fs.Type == "Application" && fs.IsActive)
                .Where(fs => FactSheetNames.ActiveRelations(state, fs, "relApplicationToITComponent").Any() &&
                             FactSheetNames.ActiveRelations(state, fs, "relApplicationToUserGroup").Any())
                .OrderBy(fs => fs.Name, StringComparer.Ordinal).First().Id;
        }

        var graph = (await client.GraphQLDataAsync($$"""
            { factSheet(id: "{{appId}}") { ... on Application {
                relApplicationToITComponent { edges { node { id factSheet { id displayName } } } }
                relApplicationToUserGroup { edges { node { id usageType } } } } } }
            """))["factSheet"]!;
        var itcEdges = graph["relApplicationToITComponent"]!["edges"]!.AsArray();

        using var response = await client.SendAsync(HttpMethod.Get, $"{Base}/{appId}/relations?relationTypes=relApplicationToITComponent");
        var body = await RestAssert.OkAsync(response, "FactSheetRelation");
        var relations = body["data"]!.AsArray();
        Assert.NotEmpty(itcEdges); // the comparison below must not pass on two empty lists
        Assert.Equal(itcEdges.Count, (int)body["total"]!);
        Assert.Equal(itcEdges.Select(e => (string)e!["node"]!["id"]!).Order(), relations.Select(r => (string)r!["id"]!).Order());
        Assert.All(relations, r =>
        {
            Assert.Equal("relApplicationToITComponent", (string?)r!["type"]);
            Assert.Equal(appId.ToString("D"), (string?)r["fromId"]);
            Assert.Equal("Application", (string?)r["typeFromFS"]);
            Assert.Equal("ITComponent", (string?)r["typeToFS"]);
            Assert.Equal((string?)r["toId"], (string?)r["factSheet"]!["id"]);
            Assert.Equal("ITComponent", (string?)r["factSheet"]!["type"]);
            var edge = itcEdges.Single(e => (string?)e!["node"]!["id"] == (string?)r["id"])!["node"]!;
            Assert.Equal((string?)edge["factSheet"]!["id"], (string?)r["toId"]);
            Assert.Equal((string?)edge["factSheet"]!["displayName"], (string?)r["displayNameToFS"]);
            Assert.Equal("ACTIVE", (string?)r["status"]);
            Assert.Empty(r["constrainingRelations"]!.AsArray());
            Assert.Empty(r["naFields"]!.AsArray());
            Assert.True(r.AsObject().ContainsKey("activeFrom") && r.AsObject().ContainsKey("activeUntil"));
        });

        // Relation fields are D80 wrappers (usageType is MULTIPLE_SELECT, D25).
        var userGroups = (await client.GetJsonAsync($"{Base}/{appId}/relations?relationTypes=relApplicationToUserGroup"))["data"]!.AsArray();
        var usage = userGroups.Select(r => r!["fields"]!.AsArray().SingleOrDefault(f => (string?)f!["name"] == "usageType")).First(f => f is not null)!;
        Assert.Equal("MultipleSelect", (string?)usage["data"]!["type"]);
        Assert.NotEmpty(usage["data"]!["values"]!.AsArray());

        // Without relationTypes: every active relation of the fact sheet, over all its keys.
        int expected;
        using (await host.Workspace.LockAsync())
            expected = host.Workspace.State.Relations.OwnedBy(appId).Count(r => r.IsActive);
        var all = await client.GetJsonAsync($"{Base}/{appId}/relations");
        Assert.Equal(expected, (int)all["total"]!);
        Assert.Equal(expected, all["data"]!.AsArray().Count);

        // The same relations embedded in the fact sheet when relationTypes is given.
        var embedded = (await client.GetJsonAsync($"{Base}/{appId}?relationTypes=relApplicationToITComponent"))["data"]!["relations"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(relations, embedded));
    }

    [Fact]
    public async Task The_list_embeds_relations_only_of_the_requested_keys()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var body = await ListAsync(client, "?type=Application&pageSize=10000&relationTypes=relApplicationToITComponent,relApplicationToProcess");
        var relations = body["data"]!.AsArray().SelectMany(fs => fs!["relations"]!.AsArray()).ToList();
        Assert.NotEmpty(relations);
        Assert.All(relations, r => Assert.Contains((string)r!["type"]!, new[] { "relApplicationToITComponent", "relApplicationToProcess" }));
        Assert.Contains(relations, r => (string?)r!["type"] == "relApplicationToProcess");
    }

    [Theory]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=10001", "pageSize")]
    [InlineData("?pageSize=ten", "pageSize")]
    [InlineData("?cursor=%25%25not-base64", "cursor")]
    [InlineData("?cursor=aGVsbG8gd29ybGQ%3D", "cursor")] // base64 of "hello world": not a cursor
    [InlineData("?type=Nonsense", "type")]
    [InlineData("?archivedOnly=maybe", "archivedOnly")]
    [InlineData("?relationTypes=relNothing", "relationTypes")]
    public async Task Bad_list_parameters_are_400_with_a_D2_body(string query, string param)
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, Base + query);
        var body = await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, (string?)body["errors"]![0]!["value"]);
    }

    [Fact]
    public async Task An_unknown_type_is_rejected_naming_the_known_types()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, Base + "?type=Applicaton");
        var body = await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "Applicaton");
        Assert.Contains("Application", (string)body["message"]!);
        Assert.Contains("ITComponent", (string)body["message"]!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/relations")]
    public async Task An_unknown_id_is_404(string suffix)
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var id = Guid.NewGuid().ToString("D");
        using var response = await client.SendAsync(HttpMethod.Get, $"{Base}/{id}{suffix}");
        var body = await RestAssert.ErrorAsync(response, HttpStatusCode.NotFound, id);
        Assert.Equal(id, (string?)body["errors"]![0]!["value"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/relations")]
    public async Task A_malformed_id_is_400(string suffix)
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        using var response = await client.SendAsync(HttpMethod.Get, $"{Base}/not-a-uuid{suffix}");
        await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "not-a-uuid");
    }

    [Fact]
    public void A_cursor_survives_an_unescaped_plus_and_base64url()
    {
        // Find names whose cursor has '+' or '/', the characters a careless query string mangles.
        var cursors = Enumerable.Range(0, 200).Select(i => new FactSheetCursor(Guid.NewGuid(), $"name {i} ~~>?"))
            .Where(c => c.Encode().IndexOfAny(['+', '/']) >= 0).ToList();
        Assert.NotEmpty(cursors);
        foreach (var cursor in cursors)
        {
            var text = cursor.Encode();
            Assert.Equal(cursor, FactSheetCursor.Decode(text.Replace('+', ' ')));
            Assert.Equal(cursor, FactSheetCursor.Decode(text.Replace('+', '-').Replace('/', '_').TrimEnd('=')));
        }
    }
}
