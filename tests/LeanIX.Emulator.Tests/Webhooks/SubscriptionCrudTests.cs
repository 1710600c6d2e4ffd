using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>webhooks.md §1–3, D1, D32: subscription CRUD through the wire.</summary>
public class SubscriptionCrudTests
{
    [Fact]
    public async Task Create_answers_200_with_the_Subscription_envelope_and_server_fields()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var envelope = await bed.ExpectAsync(200, HttpMethod.Post, "/subscriptions", WebhookTestBed.PushBody("https://hooks.example.org/leanix", "demo-fs-updates",
            ["pathfinder", "FACT_SHEET_CREATED"], ["pathfinder", "FACT_SHEET_UPDATED"]));
        Assert.Equal("OK", (string?)envelope["status"]);
        Assert.Equal("Subscription", (string?)envelope["type"]);
        Assert.Equal(1, (int)envelope["total"]!);
        var s = envelope["data"]!;
        Assert.True(Guid.TryParse((string?)s["id"], out _));
        Assert.Equal("demo-fs-updates", (string?)s["identifier"]);
        Assert.Equal("PUSH", (string?)s["deliveryType"]);
        Assert.Equal(bed.Host.Workspace.Id.ToString(), (string?)s["workspaceId"]);
        Assert.NotNull((string?)s["userId"]);
        Assert.EndsWith("Z", (string?)s["createdAt"]);
        Assert.Equal("https://hooks.example.org/leanix", (string?)s["targetUrl"]);
        Assert.Equal("POST", (string?)s["targetMethod"]);
        Assert.Equal("Basic ZGVtbzpkZW1v", (string?)s["authorizationHeader"]);
        Assert.Equal("DEFAULT", (string?)s["payloadMode"]);
        Assert.Equal("WORKSPACE", (string?)s["workspaceConstraint"]);
        Assert.Equal(512, (int)s["maxBatchSize"]!);
        Assert.True((bool)s["active"]!);
        Assert.False((bool)s["ignoreError"]!);
        Assert.Equal(0, (int)s["errorCount"]!);
        Assert.Equal("""[["pathfinder","FACT_SHEET_CREATED"],["pathfinder","FACT_SHEET_UPDATED"]]""", s["tagSets"]!.ToJsonString());
    }

    [Fact]
    public async Task List_get_update_delete_and_lookup_by_identifier()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var a = await bed.CreatePullAsync("alpha");
        bed.Clock.Advance(TimeSpan.FromSeconds(1)); // the list is ordered by createdAt; the fake clock stands still otherwise
        var b = await bed.CreatePullAsync("beta");

        var all = await bed.ExpectAsync(200, HttpMethod.Get, "/subscriptions");
        Assert.Equal(2, (int)all["total"]!);
        Assert.Equal([a, b], all["data"]!.AsArray().Select(s => (string)s!["id"]!));

        var byIdentifier = await bed.ExpectAsync(200, HttpMethod.Get, "/subscriptions?identifier=beta&workspaceId=" + bed.Host.Workspace.Id);
        Assert.Equal(b, (string?)byIdentifier["data"]!.AsArray().Single()!["id"]);
        Assert.Empty((await bed.ExpectAsync(200, HttpMethod.Get, "/subscriptions?identifier=gamma"))["data"]!.AsArray());

        var got = await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{a}");
        Assert.Equal("alpha", (string?)got["data"]!["identifier"]);

        // PUT replaces the whole object; id and createdAt stay.
        var put = WebhookTestBed.PushBody("http://127.0.0.1:9/hook", "alpha-push", ["pathfinder", "FACT_SHEET_ARCHIVED"]);
        put["active"] = false;
        put["payloadMode"] = "WRAPPED_EVENT";
        put["callback"] = "delivery.active = false;";
        var updated = (await bed.ExpectAsync(200, HttpMethod.Put, $"/subscriptions/{a}", put))["data"]!;
        Assert.Equal(a, (string?)updated["id"]);
        Assert.Equal((string?)got["data"]!["createdAt"], (string?)updated["createdAt"]);
        Assert.Equal("alpha-push", (string?)updated["identifier"]);
        Assert.Equal("PUSH", (string?)updated["deliveryType"]);
        Assert.False((bool)updated["active"]!);
        Assert.Equal("WRAPPED_EVENT", (string?)updated["payloadMode"]);
        Assert.Equal("delivery.active = false;", (string?)updated["callback"]);

        var deleted = await bed.ExpectAsync(200, HttpMethod.Delete, $"/subscriptions/{a}");
        Assert.Equal("Subscription", (string?)deleted["type"]);
        Assert.Equal(a, (string?)deleted["data"]!["id"]);
        await bed.ExpectAsync(404, HttpMethod.Get, $"/subscriptions/{a}");
        Assert.Equal(1, (int)(await bed.ExpectAsync(200, HttpMethod.Get, "/subscriptions"))["total"]!);
    }

    [Fact]
    public async Task Unknown_or_malformed_ids_are_404_with_the_D2_body()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var missing = Guid.NewGuid();
        var error = await bed.ExpectAsync(404, HttpMethod.Get, $"/subscriptions/{missing}");
        Assert.Equal("ERROR", (string?)error["status"]);
        Assert.Equal("ErrorResponse", (string?)error["type"]);
        await bed.ExpectAsync(404, HttpMethod.Get, "/subscriptions/not-a-uuid");
        await bed.ExpectAsync(404, HttpMethod.Put, $"/subscriptions/{missing}", WebhookTestBed.PullBody());
        await bed.ExpectAsync(404, HttpMethod.Delete, $"/subscriptions/{missing}");
        await bed.ExpectAsync(404, HttpMethod.Get, $"/subscriptions/{missing}/status");
        await bed.ExpectAsync(404, HttpMethod.Get, $"/subscriptions/{missing}/deliveries");
        await bed.ExpectAsync(404, HttpMethod.Get, $"/subscriptions/{missing}/events?timeout=0");
        await bed.ExpectAsync(404, HttpMethod.Put, $"/subscriptions/{missing}/cursor", new JsonObject { ["offset"] = 0 });
    }

    [Fact]
    public async Task Status_reports_activity_errors_and_pending_events()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync();
        await bed.CreateFactSheetAsync("Application", "Status App");
        var status = await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/status");
        var data = status["data"]!;
        Assert.True((bool)data["active"]!);
        Assert.Equal(0, (int)data["errorCount"]!);
        Assert.Equal(1, (int)data["pendingEvents"]!);
        Assert.Null(data["lastDeliveryStatus"]);

        var all = await bed.ExpectAsync(200, HttpMethod.Get, "/subscriptions/status");
        Assert.Equal(1, (int)all["total"]!);
    }

    [Fact]
    public async Task Requests_without_a_bearer_are_401()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        using var response = await bed.Client.Http.GetAsync(WebhookTestBed.Base + "/subscriptions");
        Assert.Equal(401, (int)response.StatusCode);
    }
}
