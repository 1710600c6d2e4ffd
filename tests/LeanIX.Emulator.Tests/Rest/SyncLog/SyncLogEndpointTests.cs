using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.SyncLog;

/// <summary>The synchronization log over HTTP (admin.md §2, D43–D46): runs, items, lists, refusals.</summary>
public class SyncLogEndpointTests
{
    private const string Runs = "services/synclog/v1/synchronizations";

    private static Task<EmulatorHost> StartAsync(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
        return EmulatorHost.StartAsync(options, clock);
    }

    private static async Task<JsonObject> CreateAsync(WireClient client, JsonObject run)
    {
        using var response = await client.SendAsync(HttpMethod.Post, Runs, run);
        return (await RestAssert.OkAsync(response, "Synchronization"))["data"]!.AsObject();
    }

    private static async Task<JsonArray> AddItemsAsync(WireClient client, string id, params JsonObject[] items)
    {
        using var response = await client.SendAsync(HttpMethod.Post, $"{Runs}/{id}/syncItemBatch", new JsonArray(items));
        var body = await RestAssert.OkAsync(response, "SyncItem");
        Assert.Equal(items.Length, body["total"]!.GetValue<int>());
        return body["data"]!.AsArray();
    }

    [Fact]
    public async Task A_created_run_has_a_uuid_d6_times_its_counters_and_reads_back_the_same()
    {
        var clock = TestClock.Start();
        await using var host = await StartAsync(clock);
        using var client = new WireClient(host);
        var created = await CreateAsync(client, new JsonObject
        {
            ["name"] = "Nightly import", ["topic"] = "LeanIX Automation Platform", ["trigger"] = "FULL_SYNC_JOB", ["scope"] = "FULL",
            ["progress"] = "RUNNING", ["message"] = "started", ["total"] = 10, ["processed"] = 3, ["warnings"] = 1, ["errors"] = 0, ["actions"] = 2
        });
        Assert.True(Guid.TryParse((string?)created["id"], out _));
        Assert.Equal(["id", "name", "topic", "trigger", "scope", "status", "progress", "message", "createdAt", "finishedAt",
            "total", "processed", "warnings", "errors", "actions"], created.Select(p => p.Key));
        Assert.Equal("2026-01-05T09:00:00.000000Z", (string?)created["createdAt"]);
        Assert.Null(created["finishedAt"]);
        Assert.Equal("OK", (string?)created["status"]); // derived: no items yet (D46)
        Assert.Equal(10, created["total"]!.GetValue<int>());
        Assert.Equal(3, created["processed"]!.GetValue<int>());

        var read = await client.GetJsonAsync($"{Runs}/{created["id"]}");
        Assert.True(JsonNode.DeepEquals(created, read["data"]), read.ToJsonString());
    }

    [Fact]
    public async Task Items_get_ids_and_times_from_the_server_and_an_omitted_status_follows_the_worst_item()
    {
        var clock = TestClock.Start();
        await using var host = await StartAsync(clock);
        using var client = new WireClient(host);
        var derived = await CreateAsync(client, new JsonObject { ["name"] = "derived" });
        var explicitOk = await CreateAsync(client, new JsonObject { ["name"] = "explicit", ["status"] = "OK" });
        var id = (string)derived["id"]!;
        clock.Advance(TimeSpan.FromMinutes(1));

        var items = await AddItemsAsync(client, id,
            new JsonObject { ["status"] = "INFO", ["action"] = "CREATE", ["sourceId"] = "s1", ["targetName"] = "ERP", ["targetType"] = "Application" },
            new JsonObject { ["sourceId"] = "s2", ["message"] = "no change" });
        Assert.Equal(2, items.Count);
        var first = items[0]!.AsObject();
        Assert.Equal(["id", "synchronizationId", "status", "action", "sourceId", "sourceName", "sourceType", "targetId", "targetName",
            "targetType", "message", "createdAt"], first.Select(p => p.Key));
        Assert.True(Guid.TryParse((string?)first["id"], out _));
        Assert.Equal(id, (string?)first["synchronizationId"]);
        Assert.Equal("2026-01-05T09:01:00.000000Z", (string?)first["createdAt"]);
        Assert.Equal("OK", (string?)items[1]!["status"]); // defaults
        Assert.Equal("NONE", (string?)items[1]!["action"]);
        Assert.Equal("INFO", (string?)(await client.GetJsonAsync($"{Runs}/{id}"))["data"]!["status"]);

        await AddItemsAsync(client, id, new JsonObject { ["status"] = "WARNING" });
        Assert.Equal("WARNING", (string?)(await client.GetJsonAsync($"{Runs}/{id}"))["data"]!["status"]);
        await AddItemsAsync(client, id, new JsonObject { ["status"] = "ERROR" });
        Assert.Equal("ERROR", (string?)(await client.GetJsonAsync($"{Runs}/{id}"))["data"]!["status"]);

        // A status the client sent is kept (D46).
        await AddItemsAsync(client, (string)explicitOk["id"]!, new JsonObject { ["status"] = "ERROR" });
        Assert.Equal("OK", (string?)(await client.GetJsonAsync($"{Runs}/{explicitOk["id"]}"))["data"]!["status"]);

        // Items list in the order they were sent, filtered by status, paged.
        var listed = await client.GetJsonAsync($"{Runs}/{id}/syncItems?size=2");
        Assert.Equal(4, listed["total"]!.GetValue<int>());
        Assert.Equal(["s1", "s2"], listed["data"]!.AsArray().Select(i => (string?)i!["sourceId"]));
        var errors = await client.GetJsonAsync($"{Runs}/{id}/syncItems?status=ERROR");
        Assert.Equal(1, errors["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Progress_accepts_the_union_normalises_the_spaced_spelling_and_sets_finishedAt_when_a_run_ends()
    {
        var clock = TestClock.Start();
        await using var host = await StartAsync(clock);
        using var client = new WireClient(host);
        var pending = await CreateAsync(client, new JsonObject { ["progress"] = "ABORTION PENDING" });
        Assert.Equal("ABORTION_PENDING", (string?)pending["progress"]);
        var run = await CreateAsync(client, new JsonObject { ["name"] = "r", ["progress"] = "RUNNING", ["total"] = 5 });
        clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await client.SendAsync(HttpMethod.Put, $"{Runs}/{run["id"]}",
            new JsonObject { ["name"] = "r", ["progress"] = "FAILED", ["total"] = 5, ["processed"] = 5, ["errors"] = 1 });
        var updated = (await RestAssert.OkAsync(response, "Synchronization"))["data"]!;
        Assert.Equal("FAILED", (string?)updated["progress"]);
        Assert.Equal("2026-01-05T09:05:00.000000Z", (string?)updated["finishedAt"]);
        Assert.Equal("2026-01-05T09:00:00.000000Z", (string?)updated["createdAt"]); // kept by a PUT without it
        Assert.Equal(1, updated["errors"]!.GetValue<int>());

        // A sent finishedAt wins.
        using var sent = await client.SendAsync(HttpMethod.Post, Runs, new JsonObject { ["progress"] = "FINISHED", ["finishedAt"] = "2025-12-31T23:00:00Z" });
        Assert.Equal("2025-12-31T23:00:00.000000Z", (string?)(await RestAssert.OkAsync(sent, "Synchronization"))["data"]!["finishedAt"]);
    }

    [Fact]
    public async Task Abortion_is_requested_for_a_running_run_and_refused_for_an_ended_one()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var running = await CreateAsync(client, new JsonObject { ["progress"] = "RUNNING" });
        using (var response = await client.SendAsync(HttpMethod.Post, $"{Runs}/{running["id"]}/requestAbortion"))
            Assert.Equal("ABORTION_PENDING", (string?)(await RestAssert.OkAsync(response, "Synchronization"))["data"]!["progress"]);

        var finished = await CreateAsync(client, new JsonObject { ["progress"] = "FINISHED" });
        using (var response = await client.SendAsync(HttpMethod.Post, $"{Runs}/{finished["id"]}/requestAbortion"))
            await RestAssert.ErrorAsync(response, HttpStatusCode.Conflict, "already ended");
    }

    [Fact]
    public async Task The_list_pages_sorts_newest_first_and_filters_by_topic_trigger_status_and_progress()
    {
        var clock = TestClock.Start();
        await using var host = await StartAsync(clock);
        using var client = new WireClient(host);
        for (var i = 1; i <= 5; i++)
        {
            var run = await CreateAsync(client, new JsonObject
            {
                ["name"] = $"run {i}", ["topic"] = i % 2 == 0 ? "Even" : "Odd", ["trigger"] = i <= 2 ? "FULL_SYNC_MANUAL" : "LEANIX_CHANGES",
                ["progress"] = i == 5 ? "RUNNING" : "FINISHED"
            });
            if (i == 3) await AddItemsAsync(client, (string)run["id"]!, new JsonObject { ["status"] = "ERROR" });
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await client.GetJsonAsync($"{Runs}?page=1&size=2");
        Assert.Equal(5, page["total"]!.GetValue<int>());
        Assert.Equal(["run 5", "run 4"], page["data"]!.AsArray().Select(r => (string?)r!["name"]));
        var page3 = await client.GetJsonAsync($"{Runs}?page=3&size=2");
        Assert.Equal(["run 1"], page3["data"]!.AsArray().Select(r => (string?)r!["name"]));
        var ascending = await client.GetJsonAsync($"{Runs}?sort=name-asc");
        Assert.Equal(["run 1", "run 2", "run 3", "run 4", "run 5"], ascending["data"]!.AsArray().Select(r => (string?)r!["name"]));

        Assert.Equal(["run 3", "run 1"], Names(await client.GetJsonAsync($"{Runs}?topic=Odd&progress=FINISHED")));
        Assert.Equal(["run 2", "run 1"], Names(await client.GetJsonAsync($"{Runs}?trigger=FULL_SYNC_MANUAL")));
        Assert.Equal(["run 3"], Names(await client.GetJsonAsync($"{Runs}?status=ERROR")));

        var topics = await client.GetJsonAsync($"{Runs}/topics");
        Assert.Equal(["Even", "Odd"], topics["data"]!.AsArray().Select(t => (string?)t));
        var triggers = await client.GetJsonAsync($"{Runs}/triggers");
        Assert.Equal(["FULL_SYNC_MANUAL", "LEANIX_CHANGES"], triggers["data"]!.AsArray().Select(t => (string?)t));

        static IEnumerable<string?> Names(JsonNode body) => body["data"]!.AsArray().Select(r => (string?)r!["name"]);
    }

    [Fact]
    public async Task Items_of_every_run_list_newest_first_and_deleting_a_runs_items_answers_204()
    {
        var clock = TestClock.Start();
        await using var host = await StartAsync(clock);
        using var client = new WireClient(host);
        var a = (string)(await CreateAsync(client, new JsonObject { ["name"] = "a" }))["id"]!;
        var b = (string)(await CreateAsync(client, new JsonObject { ["name"] = "b" }))["id"]!;
        await AddItemsAsync(client, a, new JsonObject { ["sourceId"] = "a1", ["status"] = "WARNING" });
        clock.Advance(TimeSpan.FromSeconds(1));
        await AddItemsAsync(client, b, new JsonObject { ["sourceId"] = "b1" }, new JsonObject { ["sourceId"] = "b2", ["status"] = "WARNING" });

        var all = await client.GetJsonAsync($"services/synclog/v1/syncItems?workspaceId={host.Workspace.Id}&size=30&sort=createdAt-desc");
        Assert.Equal(3, all["total"]!.GetValue<int>());
        Assert.Equal("a1", (string?)all["data"]!.AsArray().Last()!["sourceId"]);
        var warnings = await client.GetJsonAsync("services/synclog/v1/syncItems?status=WARNING");
        Assert.Equal(["b2", "a1"], warnings["data"]!.AsArray().Select(i => (string?)i!["sourceId"]));

        using (var response = await client.SendAsync(HttpMethod.Delete, $"{Runs}/{b}/syncItems"))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
        Assert.Equal(0, (await client.GetJsonAsync($"{Runs}/{b}/syncItems"))["total"]!.GetValue<int>());
        Assert.Equal(1, (await client.GetJsonAsync("services/synclog/v1/syncItems"))["total"]!.GetValue<int>());
        Assert.Equal("b", (string?)(await client.GetJsonAsync($"{Runs}/{b}"))["data"]!["name"]); // the run stays
    }

    [Theory]
    [InlineData("{\"progress\":\"DONE\"}", "progress")]
    [InlineData("{\"status\":\"FINE\"}", "status")]
    [InlineData("{\"scope\":\"SOME\"}", "scope")]
    [InlineData("{\"total\":-1}", "total")]
    [InlineData("{\"total\":\"many\"}", "total")]
    [InlineData("{\"createdAt\":\"yesterday\"}", "createdAt")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("{not json", "not valid JSON")]
    public async Task Malformed_runs_are_400_with_the_D2_body(string body, string messagePart)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, Runs) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", await client.AccessTokenAsync());
        using var response = await client.Http.SendAsync(request);
        await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, messagePart);
        Assert.Equal(0, (await client.GetJsonAsync(Runs))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Malformed_batches_and_list_parameters_are_400_and_store_nothing()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var id = (string)(await CreateAsync(client, new JsonObject { ["name"] = "r" }))["id"]!;
        var tooMany = new JsonArray(Enumerable.Range(0, 1001).Select(_ => (JsonNode)new JsonObject()).ToArray());
        using (var response = await client.SendAsync(HttpMethod.Post, $"{Runs}/{id}/syncItemBatch", tooMany))
            await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "at most 1000");
        using (var response = await client.SendAsync(HttpMethod.Post, $"{Runs}/{id}/syncItemBatch", new JsonObject()))
            await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "JSON array");
        using (var response = await client.SendAsync(HttpMethod.Post, $"{Runs}/{id}/syncItemBatch",
                   new JsonArray(new JsonObject { ["sourceId"] = "ok" }, new JsonObject { ["action"] = "MERGE" })))
            await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "action");
        Assert.Equal(0, (await client.GetJsonAsync($"{Runs}/{id}/syncItems"))["total"]!.GetValue<int>()); // all or nothing

        foreach (var query in new[] { "?sort=colour-desc", "?sort=createdAt-sideways", "?page=x", "?size=0", "?status=GREEN", "?progress=DONE" })
        {
            using var response = await client.SendAsync(HttpMethod.Get, Runs + query);
            await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest);
        }
        using (var response = await client.SendAsync(HttpMethod.Put, $"{Runs}/{id}", new JsonObject { ["id"] = Guid.NewGuid().ToString() }))
            await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "path's synchronization id");
    }

    [Fact]
    public async Task Unknown_or_malformed_run_ids_are_404_on_every_run_route()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        foreach (var id in new[] { Guid.NewGuid().ToString(), "not-a-uuid" })
        {
            foreach (var (method, path, body) in new (HttpMethod, string, JsonNode?)[]
                     {
                         (HttpMethod.Get, $"{Runs}/{id}", null),
                         (HttpMethod.Put, $"{Runs}/{id}", new JsonObject { ["name"] = "x" }),
                         (HttpMethod.Get, $"{Runs}/{id}/syncItems", null),
                         (HttpMethod.Delete, $"{Runs}/{id}/syncItems", null),
                         (HttpMethod.Post, $"{Runs}/{id}/syncItemBatch", new JsonArray()),
                         (HttpMethod.Post, $"{Runs}/{id}/requestAbortion", null)
                     })
            {
                using var response = await client.SendAsync(method, path, body);
                await RestAssert.ErrorAsync(response, HttpStatusCode.NotFound, id);
            }
        }
    }

    [Fact]
    public async Task Every_route_needs_a_bearer_and_a_viewer_may_read_but_not_write()
    {
        await using var host = await ViewerToken.StartAsync();
        using var admin = new WireClient(host, ViewerToken.AdminToken);
        var id = (string)(await CreateAsync(admin, new JsonObject { ["name"] = "r" }))["id"]!;

        using var anonymous = new HttpClient { BaseAddress = new Uri(host.BaseUrl + "/") };
        foreach (var path in new[] { Runs, $"{Runs}/{id}", $"{Runs}/topics", $"{Runs}/{id}/syncItems", "services/synclog/v1/syncItems" })
        {
            using var response = await anonymous.GetAsync(path);
            await RestAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        }

        using var viewer = new WireClient(host, ViewerToken.Token);
        Assert.Equal(1, (await viewer.GetJsonAsync(Runs))["total"]!.GetValue<int>());
        foreach (var (method, path, body) in new (HttpMethod, string, JsonNode?)[]
                 {
                     (HttpMethod.Post, Runs, new JsonObject()),
                     (HttpMethod.Put, $"{Runs}/{id}", new JsonObject()),
                     (HttpMethod.Post, $"{Runs}/{id}/syncItemBatch", new JsonArray()),
                     (HttpMethod.Delete, $"{Runs}/{id}/syncItems", null),
                     (HttpMethod.Post, $"{Runs}/{id}/requestAbortion", null)
                 })
        {
            using var response = await viewer.SendAsync(method, path, body);
            await RestAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "VIEWER");
        }

        using (var response = await admin.SendAsync(HttpMethod.Get, $"services/synclog/v1/syncItems?workspaceId={Guid.NewGuid()}"))
            await RestAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "does not grant access");
    }

    [Fact]
    public async Task Runs_and_items_survive_a_restart_on_the_same_data_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"synclog-{Guid.NewGuid():N}.db");
        try
        {
            string id;
            await using (var host = await EmulatorHost.StartAsync(new EmulatorOptions { DataFile = file }))
            {
                using var client = new WireClient(host);
                id = (string)(await CreateAsync(client, new JsonObject { ["name"] = "kept", ["topic"] = "T" }))["id"]!;
                await AddItemsAsync(client, id, new JsonObject { ["sourceId"] = "x", ["status"] = "WARNING" });
            }
            await using (var host = await EmulatorHost.StartAsync(new EmulatorOptions { DataFile = file }))
            {
                using var client = new WireClient(host);
                var run = (await client.GetJsonAsync($"{Runs}/{id}"))["data"]!;
                Assert.Equal("kept", (string?)run["name"]);
                Assert.Equal("WARNING", (string?)run["status"]);
                Assert.Equal("x", (string?)(await client.GetJsonAsync($"{Runs}/{id}/syncItems"))["data"]![0]!["sourceId"]);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*")) File.Delete(f);
        }
    }
}
