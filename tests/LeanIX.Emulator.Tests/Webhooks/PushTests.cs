using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>D32, webhooks.md §5: PUSH delivery to a real listener, retries in order, ignoreError, delivery log.</summary>
public class PushTests
{
    private static readonly string[][] CreatedOnly = [["pathfinder", "FACT_SHEET_CREATED"]];

    [Fact]
    public async Task A_GraphQL_change_reaches_the_listener_with_basic_auth_and_JSON()
    {
        await using var receiver = await PushReceiver.StartAsync();
        await using var bed = await WebhookTestBed.StartAsync();
        var id = (string)(await bed.CreateAsync(WebhookTestBed.PushBody(receiver.Url, "push", CreatedOnly)))["id"]!;

        await bed.CreateFactSheetAsync("Application", "Pushed CRM");
        var received = (await receiver.WaitUntilAsync(r => r.Count >= 1)).Single();
        Assert.Equal("POST", received.Method);
        Assert.Equal("Basic ZGVtbzpkZW1v", received.Authorization);
        Assert.Equal("application/json", received.ContentType);
        var payload = JsonNode.Parse(received.Body)!;
        Assert.Equal("FactSheetCreatedEvent", (string?)payload["type"]);
        Assert.Equal("Pushed CRM", (string?)payload["factSheet"]!["name"]);

        var log = await WaitForDeliveriesAsync(bed, id, 1);
        var delivery = log["data"]!.AsArray().Single()!;
        Assert.Equal("Delivery", (string?)log["type"]);
        Assert.Equal("SUCCESS", (string?)delivery["status"]);
        Assert.True((bool)delivery["success"]!);
        Assert.Equal(200, (int)delivery["httpStatus"]!);
        Assert.True((long)delivery["duration"]! >= 0);
        Assert.Equal("thanks", (string?)delivery["responseBody"]);
        Assert.Equal((long)payload["id"]!, (long)delivery["eventId"]!);
        Assert.True((bool)delivery["basicAuth"]!);
        var subscription = (await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}"))["data"]!;
        Assert.Equal(200, (int)subscription["lastDeliveryStatus"]!);
    }

    [Fact]
    public async Task A_failing_target_is_retried_in_order_until_it_succeeds()
    {
        await using var receiver = await PushReceiver.StartAsync();
        for (var i = 0; i < 3; i++) receiver.Script.Enqueue(500);
        await using var bed = await WebhookTestBed.StartAsync();
        var id = (string)(await bed.CreateAsync(WebhookTestBed.PushBody(receiver.Url, "retry", CreatedOnly)))["id"]!;

        await bed.CreateFactSheetAsync("Application", "First");
        await bed.CreateFactSheetAsync("Application", "Second");
        var received = await bed.RetryUntilAsync(receiver, r => r.Count(x => x.AnsweredStatus == 200) >= 2);
        var names = received.Select(r => ((string?)JsonNode.Parse(r.Body)!["factSheet"]!["name"], r.AnsweredStatus)).ToList();
        Assert.Equal([("First", 500), ("First", 500), ("First", 500), ("First", 200), ("Second", 200)], names);

        var log = await WaitForDeliveriesAsync(bed, id, 5);
        var statuses = log["data"]!.AsArray().Select(d => (int)d!["httpStatus"]!).ToList();
        Assert.Equal([200, 200, 500, 500, 500], statuses); // newest first
        Assert.Equal("refused with 500", (string?)log["data"]![4]!["responseBody"]);
        var status = (await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/status"))["data"]!;
        Assert.Equal(0, (int)status["errorCount"]!);
        Assert.Equal(0, (int)status["pendingEvents"]!);
    }

    [Fact]
    public async Task IgnoreError_logs_the_failure_and_moves_on()
    {
        await using var receiver = await PushReceiver.StartAsync();
        receiver.Script.Enqueue(503);
        await using var bed = await WebhookTestBed.StartAsync();
        var body = WebhookTestBed.PushBody(receiver.Url, "ignore", CreatedOnly);
        body["ignoreError"] = true;
        var id = (string)(await bed.CreateAsync(body))["id"]!;

        await bed.CreateFactSheetAsync("Application", "Lost");
        await bed.CreateFactSheetAsync("Application", "Kept");
        await receiver.WaitUntilAsync(r => r.Count >= 2);
        var log = await WaitForDeliveriesAsync(bed, id, 2);
        Assert.Equal(["SUCCESS", "IGNORED_FAILURE"], log["data"]!.AsArray().Select(d => (string?)d!["status"]));

        // Several retry intervals later nothing is due, so no retry of "Lost" can follow.
        bed.Clock.Advance(WebhookTestBed.RetryInterval * 3);
        Assert.Empty(bed.Hub.DuePushSubscriptions());
        Assert.Equal([("Lost", 503), ("Kept", 200)],
            receiver.Received.Select(r => ((string?)JsonNode.Parse(r.Body)!["factSheet"]!["name"], r.AnsweredStatus)));
    }

    [Fact]
    public async Task A_wrong_credential_fails_with_401_until_the_subscription_is_repaired()
    {
        await using var receiver = await PushReceiver.StartAsync(expectedAuthorization: "Basic cmlnaHQ6cmlnaHQ=");
        await using var bed = await WebhookTestBed.StartAsync();
        var body = WebhookTestBed.PushBody(receiver.Url, "wrong-credential", CreatedOnly);
        var id = (string)(await bed.CreateAsync(body))["id"]!;
        await bed.CreateFactSheetAsync("Application", "Guarded");
        await bed.RetryUntilAsync(receiver, r => r.Count >= 2); // first attempt and at least one retry
        var status = (await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/status"))["data"]!;
        Assert.Equal(401, (int)status["lastDeliveryStatus"]!);
        Assert.True((int)status["errorCount"]! >= 1);
        Assert.Equal(1, (int)status["pendingEvents"]!);

        body["authorizationHeader"] = "Basic cmlnaHQ6cmlnaHQ=";
        await bed.ExpectAsync(200, HttpMethod.Put, $"/subscriptions/{id}", body);
        await bed.RetryUntilAsync(receiver, r => r.Any(x => x.AnsweredStatus == 200));
        Assert.Equal("Guarded", (string?)JsonNode.Parse(receiver.Received.Last().Body)!["factSheet"]!["name"]);
    }

    [Fact]
    public async Task An_unreachable_target_is_logged_with_status_0()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        await using var bed = await WebhookTestBed.StartAsync();
        var id = (string)(await bed.CreateAsync(WebhookTestBed.PushBody($"http://127.0.0.1:{port}/hook", "unreachable", CreatedOnly)))["id"]!;
        await bed.CreateFactSheetAsync("Application", "Nowhere");
        var log = await WaitForDeliveriesAsync(bed, id, 1);
        var delivery = log["data"]![0]!;
        Assert.Equal(0, (int)delivery["httpStatus"]!);
        Assert.False((bool)delivery["success"]!);
        Assert.False(string.IsNullOrEmpty((string?)delivery["error"]));
    }

    [Fact]
    public async Task Delivery_log_pages_are_1_indexed_newest_first_and_size_is_clamped()
    {
        await using var receiver = await PushReceiver.StartAsync();
        await using var bed = await WebhookTestBed.StartAsync();
        var id = (string)(await bed.CreateAsync(WebhookTestBed.PushBody(receiver.Url, "paging", CreatedOnly)))["id"]!;
        for (var i = 0; i < 5; i++) await bed.CreateFactSheetAsync("Application", "Paged " + i);
        await WaitForDeliveriesAsync(bed, id, 5);

        var first = await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/deliveries?page=1&size=2");
        Assert.Equal(5, (int)first["total"]!);
        Assert.Equal(2, first["data"]!.AsArray().Count);
        var third = await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/deliveries?page=3&size=2");
        Assert.Single(third["data"]!.AsArray());
        var desc = (await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/deliveries"))["data"]!.AsArray().Select(d => (long)d!["eventId"]!).ToList();
        Assert.Equal(desc.OrderDescending(), desc);
        var asc = (await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/deliveries?sort=createdAt-asc&size=500"))["data"]!.AsArray().Select(d => (long)d!["eventId"]!).ToList();
        Assert.Equal(desc.Order(), asc);
        var pageZero = await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/deliveries?page=0&size=2");
        Assert.Equal(first["data"]!.ToJsonString(), pageZero["data"]!.ToJsonString());
        await bed.ExpectAsync(400, HttpMethod.Get, $"/subscriptions/{id}/deliveries?sort=name");
        await bed.ExpectAsync(400, HttpMethod.Get, $"/subscriptions/{id}/deliveries?size=abc");
    }

    [Fact]
    public async Task Inactive_push_subscriptions_deliver_nothing()
    {
        await using var receiver = await PushReceiver.StartAsync();
        await using var bed = await WebhookTestBed.StartAsync();
        var body = WebhookTestBed.PushBody(receiver.Url, "paused", CreatedOnly);
        body["active"] = false;
        var paused = Guid.Parse((string)(await bed.CreateAsync(body))["id"]!);
        // An active subscription to a second receiver marks when the dispatcher has done its pass.
        await using var marker = await PushReceiver.StartAsync();
        await bed.CreateAsync(WebhookTestBed.PushBody(marker.Url, "marker", CreatedOnly));
        await bed.CreateFactSheetAsync("Application", "Quiet");
        await marker.WaitUntilAsync(r => r.Count >= 1);

        bed.Clock.Advance(WebhookTestBed.RetryInterval * 3);
        Assert.Null(bed.Hub.NextPush(paused));
        Assert.Empty(bed.Hub.DuePushSubscriptions());
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task A_PULL_subscription_switched_to_PUSH_does_not_push_its_unread_backlog()
    {
        await using var receiver = await PushReceiver.StartAsync();
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync("switch", CreatedOnly);
        await bed.CreateFactSheetAsync("Application", "Backlog");
        await bed.ExpectAsync(200, HttpMethod.Put, $"/subscriptions/{id}", WebhookTestBed.PushBody(receiver.Url, "switch", CreatedOnly));
        await bed.CreateFactSheetAsync("Application", "Fresh");
        await receiver.WaitUntilAsync(r => r.Count >= 1);
        await WaitForDeliveriesAsync(bed, id, 1);
        bed.Clock.Advance(WebhookTestBed.RetryInterval);
        Assert.Empty(bed.Hub.DuePushSubscriptions()); // the backlog is not pending for PUSH
        Assert.Equal(["Fresh"], receiver.Received.Select(r => (string?)JsonNode.Parse(r.Body)!["factSheet"]!["name"]));
    }

    [Fact]
    public async Task WRAPPED_EVENT_mode_pushes_the_whole_event()
    {
        await using var receiver = await PushReceiver.StartAsync();
        await using var bed = await WebhookTestBed.StartAsync();
        var body = WebhookTestBed.PushBody(receiver.Url, "wrapped", CreatedOnly);
        body["payloadMode"] = "WRAPPED_EVENT";
        await bed.CreateAsync(body);
        await bed.CreateFactSheetAsync("Application", "Wrapped push");
        var received = (await receiver.WaitUntilAsync(r => r.Count >= 1))[0];
        var wrapped = JsonNode.Parse(received.Body)!;
        Assert.Equal("FACT_SHEET_CREATED", (string?)wrapped["type"]);
        Assert.Equal("Wrapped push", (string?)wrapped["payload"]!["factSheet"]!["name"]);
    }

    [Fact]
    public async Task A_target_failing_for_more_than_ten_days_deactivates_the_subscription()
    {
        await using var receiver = await PushReceiver.StartAsync();
        for (var i = 0; i < 1000; i++) receiver.Script.Enqueue(500);
        var clock = TestClock.Start();
        var options = new Emulator.Hosting.EmulatorOptions { Workspaces = { new Emulator.Hosting.WorkspaceConfig { Seed = "demo" } } };
        options.Webhooks.PushRetryInterval = WebhookTestBed.RetryInterval;
        await using var host = await Emulator.Hosting.EmulatorHost.StartAsync(options, clock);
        string id;
        using (var client = new Infrastructure.WireClient(host))
        {
            using var created = await client.SendAsync(HttpMethod.Post, WebhookTestBed.Base + "/subscriptions", WebhookTestBed.PushBody(receiver.Url, "doomed", CreatedOnly));
            id = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["data"]!["id"]!;
            await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "Never arrives", type: Application}) { factSheet { id } } }""");
        }
        var hub = host.Services.GetRequiredService<Emulator.Webhooks.WebhookService>().For(host.Workspace);
        // Wait until the failure is logged (its retry time is set) before moving the clock.
        await Eventually.TrueAsync(() => hub.Deliveries(Guid.Parse(id), 1, 10, true).Total >= 1, "the first failed delivery");
        clock.Advance(TimeSpan.FromDays(11)); // the next retry is due and the first failure is 11 days old
        await receiver.WaitUntilAsync(r => r.Count >= 2);
        using var fresh = new Infrastructure.WireClient(host);
        JsonNode subscription;
        var deadline = DateTime.UtcNow.AddSeconds(5);
        do subscription = (await fresh.GetJsonAsync($"{WebhookTestBed.Base}/subscriptions/{id}"))["data"]!;
        while ((bool)subscription["active"]! && DateTime.UtcNow < deadline);
        Assert.False((bool)subscription["active"]!);
        var count = receiver.Received.Count;
        clock.Advance(WebhookTestBed.RetryInterval * 3);
        Assert.Empty(hub.DuePushSubscriptions());
        Assert.Equal(count, receiver.Received.Count);
    }

    private static async Task<JsonNode> WaitForDeliveriesAsync(WebhookTestBed bed, string id, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var log = await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/deliveries?size=100");
            if ((int)log["total"]! >= count || DateTime.UtcNow > deadline) return log;
            await Task.Delay(25);
        }
    }
}
