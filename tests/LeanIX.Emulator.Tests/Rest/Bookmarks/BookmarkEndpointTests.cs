using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Tests.Webhooks;

namespace LeanIX.Emulator.Tests.Rest.Bookmarks;

public class BookmarkEndpointTests
{
    private const string Base = "services/pathfinder/v1/bookmarks";

    internal static JsonObject Diagram(string name, params Guid[] factSheets) => new()
    {
        ["name"] = name,
        ["type"] = "VISUALIZER",
        ["description"] = "flows",
        ["state"] = new JsonObject
        {
            ["graphXml"] = "<mxGraphModel><root>" + string.Concat(factSheets.Select(id => $"<object factSheetId=\"{id}\"/>")) + "</root></mxGraphModel>",
            ["viewport"] = new JsonObject { ["scale"] = 1 }
        }
    };

    private static JsonObject Report(string name) => new()
    {
        ["name"] = name, ["type"] = "REPORTING", ["groupKey"] = "landscape", ["state"] = new JsonObject { ["reportId"] = "net.leanix.landscape" }
    };

    private static async Task<JsonObject> CreateAsync(WireClient client, JsonObject body)
    {
        using var response = await client.SendAsync(HttpMethod.Post, Base, body);
        return (JsonObject)(await RestAssert.OkAsync(response, "Bookmark"))["data"]!;
    }

    [Fact]
    public async Task A_created_diagram_is_listed_by_type_read_with_a_view_counted_replaced_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var fs = Guid.NewGuid();
        var created = await CreateAsync(client, Diagram("Data flows", fs));
        var id = (string)created["id"]!;
        Assert.Equal("VISUALIZER", (string?)created["type"]);
        Assert.Equal(host.Workspace.ApiTokens[host.ApiToken].ToString(), (string?)created["userId"]);
        Assert.Equal("PUBLISHED", (string?)created["sharing"]);
        Assert.Equal([fs.ToString()], created["referencedFactSheetIds"]!.AsArray().Select(n => (string)n!));
        Assert.False((bool)created["readonly"]!);
        Assert.Equal(0, (long)created["views"]!);
        await CreateAsync(client, Report("Landscape"));

        var diagrams = await client.GetJsonAsync(Base + "?bookmarkType=VISUALIZER");
        Assert.Equal(1, (int)diagrams["total"]!);
        Assert.Equal("Data flows", (string?)diagrams["data"]![0]!["name"]);
        var reports = await client.GetJsonAsync(Base + "?bookmarkType=REPORTING&groupKey=landscape");
        Assert.Equal("Landscape", (string?)reports["data"]![0]!["name"]);
        Assert.Equal(0, (int)(await client.GetJsonAsync(Base + "?bookmarkType=REPORTING&groupKey=other"))["total"]!);

        Assert.Equal(1, (long)(await client.GetJsonAsync($"{Base}/{id}"))["data"]!["views"]!);
        Assert.Equal(2, (long)(await client.GetJsonAsync($"{Base}/{id}"))["data"]!["views"]!);
        Assert.Equal(2, (long)(await client.GetJsonAsync($"{Base}/{id}?markAsViewed=false"))["data"]!["views"]!);

        var replacement = Diagram("Data flows v2");
        replacement["id"] = id;
        using (var put = await client.SendAsync(HttpMethod.Put, $"{Base}/{id}", replacement))
        {
            var updated = (await RestAssert.OkAsync(put, "Bookmark"))["data"]!;
            Assert.Equal("Data flows v2", (string?)updated["name"]);
            Assert.Empty(updated["referencedFactSheetIds"]!.AsArray());
            Assert.Equal(2, (long)updated["views"]!);
            Assert.Equal((string?)created["createdAt"], (string?)updated["createdAt"]);
        }

        using (var delete = await client.SendAsync(HttpMethod.Delete, $"{Base}/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
            Assert.Empty(await delete.Content.ReadAsByteArrayAsync());
        }
        using var gone = await client.SendAsync(HttpMethod.Get, $"{Base}/{id}");
        await RestAssert.ErrorAsync(gone, HttpStatusCode.NotFound, "does not exist");
    }

    [Theory]
    [InlineData("name", null, "needs a name")]
    [InlineData("name", "  ", "needs a name")]
    [InlineData("type", "MAP", "type 'MAP' is invalid")]
    [InlineData("state", null, "needs a state")]
    [InlineData("sharing", "EVERYONE", "Sharing 'EVERYONE' is invalid")]
    public async Task Bad_bookmarks_are_refused_with_400(string member, string? value, string message)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var body = Report("Valid");
        if (value is null) body.Remove(member);
        else body[member] = value;
        using var response = await client.SendAsync(HttpMethod.Post, Base, body);
        await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task Listing_needs_a_bookmark_type_and_unknown_users_and_ids_are_errors()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using (var noType = await client.SendAsync(HttpMethod.Get, Base))
            await RestAssert.ErrorAsync(noType, HttpStatusCode.BadRequest, "'bookmarkType' is required");
        var body = Report("Shared");
        body["permittedReadUserIds"] = new JsonArray(Guid.NewGuid().ToString());
        using (var unknownUser = await client.SendAsync(HttpMethod.Post, Base, body))
            await RestAssert.ErrorAsync(unknownUser, HttpStatusCode.BadRequest, "does not exist");
        using (var put = await client.SendAsync(HttpMethod.Put, $"{Base}/{Guid.NewGuid()}", Report("x")))
            await RestAssert.ErrorAsync(put, HttpStatusCode.NotFound);
        using (var delete = await client.SendAsync(HttpMethod.Delete, $"{Base}/not-an-id"))
            await RestAssert.ErrorAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_viewer_reads_unrestricted_bookmarks_but_changes_none_and_private_ones_stay_hidden()
    {
        await using var host = await RoleTokens.StartAsync();
        using var admin = new WireClient(host);
        using var viewer = new WireClient(host, RoleTokens.SecondToken);
        var open = await CreateAsync(admin, Report("Open"));
        var restricted = Report("Restricted");
        restricted["permittedReadUserIds"] = new JsonArray(host.Workspace.ApiTokens[host.ApiToken].ToString());
        var hidden = await CreateAsync(admin, restricted);
        Assert.Equal("SHARED", (string?)hidden["sharing"]);

        var seen = await viewer.GetJsonAsync(Base + "?bookmarkType=REPORTING");
        Assert.Equal(["Open"], seen["data"]!.AsArray().Select(b => (string)b!["name"]!));
        Assert.True((bool)seen["data"]![0]!["readonly"]!);
        using (var get = await viewer.SendAsync(HttpMethod.Get, $"{Base}/{hidden["id"]}"))
            await RestAssert.ErrorAsync(get, HttpStatusCode.Forbidden, "not shared");
        using (var create = await viewer.SendAsync(HttpMethod.Post, Base, Report("Mine")))
            await RestAssert.ErrorAsync(create, HttpStatusCode.Forbidden, "VIEWER");
        using (var delete = await viewer.SendAsync(HttpMethod.Delete, $"{Base}/{open["id"]}"))
            await RestAssert.ErrorAsync(delete, HttpStatusCode.Forbidden, "VIEWER");
    }

    [Fact]
    public async Task Bookmarks_survive_a_restart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bookmarks-{Guid.NewGuid():N}.db");
        try
        {
            string id;
            var options = () => new EmulatorOptions { DataFile = file, Workspaces = { new WorkspaceConfig { Seed = "empty" } } };
            await using (var host = await EmulatorHost.StartAsync(options()))
            {
                using var client = new WireClient(host);
                id = (string)(await CreateAsync(client, Diagram("Kept")))["id"]!;
            }
            await using (var host = await EmulatorHost.StartAsync(options()))
            {
                using var client = new WireClient(host);
                Assert.Equal("Kept", (string?)(await client.GetJsonAsync($"{Base}/{id}"))["data"]!["name"]);
            }
        }
        finally
        {
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*")) File.Delete(f);
        }
    }

    [Fact]
    public async Task Changes_emit_bookmark_events_with_the_bookmark_snapshot()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var sub = await bed.CreatePullAsync("bookmarks", ["BOOKMARK_CREATED"], ["BOOKMARK_UPDATED"], ["BOOKMARK_DELETED"]);
        var created = await CreateAsync(bed.Client, Diagram("Evented"));
        var id = (string)created["id"]!;
        using (await bed.Client.SendAsync(HttpMethod.Put, $"{Base}/{id}", Diagram("Evented 2"))) { }
        using (await bed.Client.SendAsync(HttpMethod.Get, $"{Base}/{id}")) { } // a view is no change
        using (await bed.Client.SendAsync(HttpMethod.Delete, $"{Base}/{id}")) { }

        var events = (await bed.PullAsync(sub))["data"]!["events"]!.AsArray().Select(e => e!["event"]!).ToList();
        Assert.Equal(["BookmarkCreatedEvent", "BookmarkUpdatedEvent", "BookmarkDeletedEvent"], events.Select(e => (string)e!["type"]!));
        Assert.All(events, e =>
        {
            Assert.Equal(id, (string?)e!["bookmark"]!["id"]);
            Assert.Equal("VISUALIZER", (string?)e["bookmark"]!["type"]);
            Assert.Equal(bed.Host.Workspace.Id.ToString(), (string?)e["workspaceId"]);
        });
        Assert.Equal("Evented 2", (string?)events[2]!["bookmark"]!["name"]);
    }
}
