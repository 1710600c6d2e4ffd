using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Todos;

/// <summary>To-dos over HTTP (admin.md §4, D49–D51): create, query, upsert, close, delete and the per-to-do actions.</summary>
public class TodoEndpointTests
{
    private const string Base = "services/todo/v1/to-do";

    private static FactSheet Application(EmulatorHost host, int index = 0) =>
        host.Workspace.State.FactSheets.All.Where(f => f.Type == "Application").OrderBy(f => f.Name).ElementAt(index);

    private static User Person(EmulatorHost host, int index = 0) =>
        host.Workspace.State.Users.All.Where(u => !u.TechnicalUser).OrderBy(u => u.Email).ElementAt(index);

    private static JsonObject NewTodo(FactSheet fs, string title, string category = "ACTION_ITEM", params User[] assignees) => new()
    {
        ["factSheet"] = new JsonObject { ["id"] = fs.Id.ToString() },
        ["title"] = title,
        ["description"] = $"about {title}",
        ["category"] = category,
        ["assignees"] = new JsonArray(assignees.Select(u => (JsonNode)new JsonObject { ["id"] = u.Id.ToString() }).ToArray()),
        ["dueDate"] = "2026-02-01",
        ["externalId"] = $"test:{title}"
    };

    private static async Task<JsonObject> CreateAsync(WireClient client, JsonObject todo)
    {
        using var response = await client.SendAsync(HttpMethod.Post, Base, todo);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["data"], body.Select(p => p.Key)); // D50: one to-do under data
        return body["data"]!.AsObject();
    }

    private static async Task<JsonObject> PostListAsync(WireClient client, string path, JsonNode body)
    {
        using var response = await client.SendAsync(HttpMethod.Post, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var list = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["data", "total"], list.Select(p => p.Key)); // D50
        return list;
    }

    private static async Task<JsonObject> PutAsync(WireClient client, string id, string action, JsonNode? body = null)
    {
        using var response = await client.SendAsync(HttpMethod.Put, $"{Base}/{id}/{action}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!["data"]!.AsObject();
    }

    [Fact]
    public async Task A_created_todo_has_the_read_shape_with_fact_sheet_assignees_creator_and_d6_times()
    {
        var clock = TestClock.Start();
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Seed = "demo" });
        await using var host = await EmulatorHost.StartAsync(options, clock);
        using var client = new WireClient(host);
        var fs = Application(host);
        var user = Person(host);

        var todo = await CreateAsync(client, NewTodo(fs, "Check owner", "ACTION_ITEM", user));
        Assert.True(Guid.TryParse((string?)todo["id"], out _));
        Assert.Equal(host.Workspace.Id.ToString(), (string?)todo["workspaceId"]);
        Assert.Equal(fs.Id.ToString(), (string?)todo["factSheet"]!["id"]);
        Assert.Equal("Application", (string?)todo["factSheet"]!["type"]);
        Assert.Equal(fs.Name, (string?)todo["factSheet"]!["displayName"]);
        Assert.Equal("OPEN", (string?)todo["state"]);
        Assert.Null(todo["resolution"]);
        var assignee = Assert.Single(todo["assignees"]!.AsArray())!;
        Assert.Equal(user.Id.ToString(), (string?)assignee["id"]);
        Assert.Equal(user.Email, (string?)assignee["email"]);
        Assert.Equal(host.Workspace.ApiTokens[host.ApiToken].ToString(), (string?)todo["creator"]!["id"]);
        Assert.Null(todo["owner"]);
        Assert.Equal("2026-02-01", (string?)todo["dueDate"]);
        Assert.Equal("test:Check owner", (string?)todo["externalId"]);
        Assert.Equal("2026-01-05T09:00:00.000000Z", (string?)todo["createdAt"]);
    }

    [Fact]
    public async Task Query_and_GET_filter_by_fact_sheet_state_category_external_id_and_assignee()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var (a, b) = (Application(host, 0), Application(host, 1));
        var (u1, u2) = (Person(host, 0), Person(host, 1));
        var first = await CreateAsync(client, NewTodo(a, "one", "ACTION_ITEM", u1));
        await CreateAsync(client, NewTodo(a, "two", "ANSWER", u2));
        await CreateAsync(client, NewTodo(b, "three", "ACTION_ITEM", u1, u2));
        await PutAsync(client, (string)first["id"]!, "assignToMe");

        static IEnumerable<string?> Titles(JsonObject list) => list["data"]!.AsArray().Select(t => (string?)t!["title"]).Order();
        Assert.Equal(["one", "two"], Titles(await PostListAsync(client, $"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["factSheetIds"] = new JsonArray(a.Id.ToString()) } })));
        Assert.Equal(["one"], Titles(await PostListAsync(client, $"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["states"] = new JsonArray("IN_PROGRESS") } })));
        Assert.Equal(["three", "two"], Titles(await PostListAsync(client, $"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["assigneeIds"] = new JsonArray(u2.Id.ToString()) } })));
        Assert.Equal(["three"], Titles(await PostListAsync(client, $"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["externalIds"] = new JsonArray("test:three"), ["states"] = new JsonArray("OPEN", "IN_PROGRESS") } })));
        Assert.Equal(["one", "three", "two"], Titles(await PostListAsync(client, $"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["states"] = new JsonArray() } })));

        var listed = (await client.GetJsonAsync($"{Base}?factSheetId={a.Id}&category=ANSWER&category=APPROVAL")).AsObject();
        Assert.Equal(["data", "total"], listed.Select(p => p.Key));
        Assert.Equal(["two"], Titles(listed));
        var paged = await client.GetJsonAsync($"{Base}?state=OPEN,IN_PROGRESS&size=2&page=2"); // comma-separated counts as repeated
        Assert.Equal(3, paged["total"]!.GetValue<int>());
        Assert.Single(paged["data"]!.AsArray());
    }

    [Fact]
    public async Task Upsert_patches_what_the_query_matches_and_closing_an_action_item_accepts_it()
    {
        var clock = TestClock.Start();
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Seed = "demo" });
        await using var host = await EmulatorHost.StartAsync(options, clock);
        using var client = new WireClient(host);
        var todo = await CreateAsync(client, NewTodo(Application(host), "fix it"));
        var id = (string)todo["id"]!;
        clock.Advance(TimeSpan.FromMinutes(30));

        var updated = await PostListAsync(client, $"{Base}/upsert", new JsonArray(new JsonObject
        {
            ["query"] = new JsonObject { ["todoIds"] = new JsonArray(id) },
            ["todo"] = new JsonObject { ["title"] = "fix it now", ["state"] = "IN_PROGRESS", ["dueDate"] = null, ["assignees"] = new JsonArray(new JsonObject { ["id"] = Person(host).Id.ToString() }) }
        }));
        var patched = Assert.Single(updated["data"]!.AsArray())!;
        Assert.Equal("fix it now", (string?)patched["title"]);
        Assert.Equal("about fix it", (string?)patched["description"]); // left out, kept
        Assert.Equal("IN_PROGRESS", (string?)patched["state"]);
        Assert.Null(patched["dueDate"]);
        Assert.Single(patched["assignees"]!.AsArray());
        Assert.Equal("2026-01-05T09:30:00.000000Z", (string?)patched["updatedAt"]);

        var closed = await PostListAsync(client, $"{Base}/upsert", new JsonArray(new JsonObject
        {
            ["query"] = new JsonObject { ["todoIds"] = new JsonArray(id) }, ["todo"] = new JsonObject { ["state"] = "CLOSED" }
        }));
        Assert.Equal("ACCEPTED", (string?)closed["data"]![0]!["resolution"]); // D51
        // Closed to-dos are kept and found with states [CLOSED].
        var found = await PostListAsync(client, $"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["states"] = new JsonArray("CLOSED") } });
        Assert.Equal(id, (string?)Assert.Single(found["data"]!.AsArray())!["id"]);

        // An entry whose query matches nothing creates the to-do it carries.
        var inserted = await PostListAsync(client, $"{Base}/upsert", new JsonArray(new JsonObject
        {
            ["query"] = new JsonObject { ["externalIds"] = new JsonArray("test:new") },
            ["todo"] = new JsonObject { ["factSheet"] = new JsonObject { ["id"] = Application(host, 1).Id.ToString() }, ["title"] = "new one", ["externalId"] = "test:new" }
        }));
        Assert.Equal("new one", (string?)inserted["data"]![0]!["title"]);
        Assert.Equal(2, (await client.GetJsonAsync(Base))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Delete_removes_what_the_query_matches_closed_ones_included_and_answers_204()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var a = (string)(await CreateAsync(client, NewTodo(Application(host), "a")))["id"]!;
        var b = (string)(await CreateAsync(client, NewTodo(Application(host), "b")))["id"]!;
        await CreateAsync(client, NewTodo(Application(host), "c"));
        await PostListAsync(client, $"{Base}/upsert", new JsonArray(new JsonObject { ["query"] = new JsonObject { ["todoIds"] = new JsonArray(b) }, ["todo"] = new JsonObject { ["state"] = "CLOSED" } }));

        using var response = await client.SendAsync(HttpMethod.Post, $"{Base}/delete", new JsonObject { ["query"] = new JsonObject { ["todoIds"] = new JsonArray(a, b) } });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var left = await client.GetJsonAsync($"{Base}?state=OPEN&state=CLOSED");
        Assert.Equal(["c"], left["data"]!.AsArray().Select(t => (string?)t!["title"]));
    }

    [Fact]
    public async Task Accept_reject_assignToMe_and_replyAndClose_follow_the_category_rules_and_make_the_caller_owner()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var caller = host.Workspace.ApiTokens[host.ApiToken].ToString();
        var fs = Application(host);
        var link = (string)(await CreateAsync(client, NewTodo(fs, "link", "LINK")))["id"]!;
        var import = (string)(await CreateAsync(client, NewTodo(fs, "import", "IMPORT")))["id"]!;
        var question = (string)(await CreateAsync(client, NewTodo(fs, "question", "ANSWER")))["id"]!;
        var action = (string)(await CreateAsync(client, NewTodo(fs, "action", "ACTION_ITEM")))["id"]!;

        var accepted = await PutAsync(client, link, "accept");
        Assert.Equal(("CLOSED", "ACCEPTED", caller), ((string?)accepted["state"], (string?)accepted["resolution"], (string?)accepted["owner"]!["id"]));
        var rejected = await PutAsync(client, import, "reject", new JsonObject { ["reason"] = "duplicate" });
        Assert.Equal(("CLOSED", "REJECTED"), ((string?)rejected["state"], (string?)rejected["resolution"]));
        var mine = await PutAsync(client, action, "assignToMe");
        Assert.Equal(("IN_PROGRESS", caller), ((string?)mine["state"], (string?)mine["owner"]!["id"]));
        var answered = await PutAsync(client, question, "replyAndClose", new JsonObject { ["reply"] = "42" });
        Assert.Equal(("CLOSED", "42"), ((string?)answered["state"], (string?)answered["reply"]));

        // Wrong category, wrong state, closed, missing reply: 400 with the D2 body.
        foreach (var (id, verb, body, part) in new (string, string, JsonNode?, string)[]
                 {
                     (action, "accept", null, "cannot be accepted"),
                     (action, "reject", null, "cannot be rejected"),
                     (action, "assignToMe", null, "Only an OPEN"),
                     (link, "reject", null, "already closed"),
                     ((string)(await CreateAsync(client, NewTodo(fs, "q2", "ANSWER")))["id"]!, "replyAndClose", new JsonObject(), "reply"),
                     (action, "replyAndClose", new JsonObject { ["reply"] = "x" }, "cannot be answered")
                 })
        {
            using var response = await client.SendAsync(HttpMethod.Put, $"{Base}/{id}/{verb}", body);
            await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, part);
        }
    }

    [Theory]
    [InlineData("{\"title\":\"no fact sheet\"}", "factSheet.id")]
    [InlineData("{\"factSheet\":{\"id\":\"00000000-0000-0000-0000-000000000001\"},\"title\":\"x\"}", "does not exist")]
    [InlineData("{\"factSheet\":{\"id\":\"FS\"},\"title\":\"\"}", "title")]
    [InlineData("{\"factSheet\":{\"id\":\"FS\"},\"title\":\"x\",\"category\":\"CHORE\"}", "category")]
    [InlineData("{\"factSheet\":{\"id\":\"FS\"},\"title\":\"x\",\"dueDate\":\"01.02.2026\"}", "YYYY-MM-DD")]
    [InlineData("{\"factSheet\":{\"id\":\"FS\"},\"title\":\"x\",\"assignees\":[{\"id\":\"00000000-0000-0000-0000-000000000002\"}]}", "not a user")]
    [InlineData("{\"factSheet\":{\"id\":\"FS\"},\"title\":\"x\",\"state\":\"DONE\"}", "state")]
    [InlineData("[]", "JSON object")]
    public async Task Malformed_creates_are_400_with_the_D2_body_and_store_nothing(string body, string part)
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, Base)
        {
            Content = new StringContent(body.Replace("\"FS\"", $"\"{Application(host).Id}\""), System.Text.Encoding.UTF8, "application/json")
        };
        request.Headers.Authorization = new("Bearer", await client.AccessTokenAsync());
        using var response = await client.Http.SendAsync(request);
        await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, part);
        Assert.Equal(0, (await client.GetJsonAsync(Base))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_queries_and_upserts_are_400_and_an_upsert_applies_all_entries_or_none()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var id = (string)(await CreateAsync(client, NewTodo(Application(host), "keep")))["id"]!;
        foreach (var (path, body, part) in new (string, JsonNode, string)[]
                 {
                     ($"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["states"] = new JsonArray("DONE") } }, "states"),
                     ($"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["todoIds"] = new JsonArray("nope") } }, "UUID"),
                     ($"{Base}/query", new JsonObject { ["query"] = new JsonObject { ["factSheetIds"] = "x" } }, "must be a list"),
                     ($"{Base}/delete", new JsonObject { ["query"] = new JsonObject() }, "at least one criterion"),
                     ($"{Base}/upsert", new JsonObject(), "JSON array"),
                     ($"{Base}/upsert", new JsonArray(new JsonObject { ["query"] = new JsonObject(), ["todo"] = new JsonObject { ["state"] = "CLOSED" } }), "at least one criterion"),
                     ($"{Base}/upsert", new JsonArray(
                         new JsonObject { ["query"] = new JsonObject { ["todoIds"] = new JsonArray(id) }, ["todo"] = new JsonObject { ["title"] = "changed" } },
                         new JsonObject { ["query"] = new JsonObject { ["todoIds"] = new JsonArray(id) }, ["todo"] = new JsonObject { ["dueDate"] = "tomorrow" } }), "dueDate")
                 })
        {
            using var response = await client.SendAsync(HttpMethod.Post, path, body);
            await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, part);
        }
        Assert.Equal("keep", (string?)(await client.GetJsonAsync(Base))["data"]![0]!["title"]);
        using (var response = await client.SendAsync(HttpMethod.Get, $"{Base}?state=SOON"))
            await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "state");
    }

    [Fact]
    public async Task Unknown_to_do_ids_are_404_on_every_action()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        foreach (var id in new[] { Guid.NewGuid().ToString(), "not-a-uuid" })
            foreach (var verb in new[] { "accept", "reject", "assignToMe", "replyAndClose" })
            {
                using var response = await client.SendAsync(HttpMethod.Put, $"{Base}/{id}/{verb}", new JsonObject { ["reply"] = "x" });
                await RestAssert.ErrorAsync(response, HttpStatusCode.NotFound, id);
            }
    }

    [Fact]
    public async Task Every_route_needs_a_bearer_and_a_viewer_may_query_but_not_change()
    {
        await using var host = await ViewerToken.StartAsync("demo");
        using var admin = new WireClient(host, ViewerToken.AdminToken);
        var id = (string)(await CreateAsync(admin, NewTodo(Application(host), "t")))["id"]!;

        using var anonymous = new HttpClient { BaseAddress = new Uri(host.BaseUrl + "/") };
        using (var response = await anonymous.GetAsync(Base))
            await RestAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        using (var response = await anonymous.PostAsync($"{Base}/query", new StringContent("{}")))
            await RestAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");

        using var viewer = new WireClient(host, ViewerToken.Token);
        Assert.Equal(1, (await PostListAsync(viewer, $"{Base}/query", new JsonObject { ["query"] = new JsonObject() }))["total"]!.GetValue<int>());
        Assert.Equal(1, (await viewer.GetJsonAsync(Base))["total"]!.GetValue<int>());
        foreach (var (method, path, body) in new (HttpMethod, string, JsonNode?)[]
                 {
                     (HttpMethod.Post, Base, NewTodo(Application(host), "v")),
                     (HttpMethod.Post, $"{Base}/upsert", new JsonArray()),
                     (HttpMethod.Post, $"{Base}/delete", new JsonObject { ["query"] = new JsonObject { ["todoIds"] = new JsonArray(id) } }),
                     (HttpMethod.Put, $"{Base}/{id}/assignToMe", null)
                 })
        {
            using var response = await viewer.SendAsync(method, path, body);
            await RestAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "VIEWER");
        }
    }
}
