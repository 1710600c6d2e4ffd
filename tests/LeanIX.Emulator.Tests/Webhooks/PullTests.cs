using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>D27: PULL batches, the committed cursor, autoCommit, long-poll and cursor errors.</summary>
public class PullTests
{
    [Fact]
    public async Task A_new_subscription_starts_at_the_end_of_the_log()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        await bed.CreateFactSheetAsync("Application", "Before");
        var id = await bed.CreatePullAsync();
        var empty = await bed.PullAsync(id);
        Assert.Equal("PullResult", (string?)empty["type"]);
        Assert.Equal(0, (int)empty["total"]!);
        Assert.Empty(empty["data"]!["events"]!.AsArray());
        Assert.Equal(bed.Hub.EndOffset, (long)empty["data"]!["nextCursor"]!["offset"]!);

        await bed.CreateFactSheetAsync("Application", "After");
        var batch = await bed.PullAsync(id);
        var e = Assert.Single(batch["data"]!["events"]!.AsArray())!;
        Assert.Equal("After", (string?)e["event"]!["factSheet"]!["name"]);
    }

    [Fact]
    public async Task The_same_batch_comes_again_until_the_cursor_is_committed_and_nothing_is_lost_across_a_reconnect()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync();
        for (var i = 0; i < 3; i++) await bed.CreateFactSheetAsync("Application", "App " + i);

        var first = await bed.PullAsync(id);
        var again = await bed.PullAsync(id);
        Assert.Equal(first["data"]!.ToJsonString(), again["data"]!.ToJsonString()); // at-least-once
        var events = first["data"]!["events"]!.AsArray();
        Assert.Equal(3, events.Count);
        Assert.Equal(3, (int)first["total"]!);
        var offsets = events.Select(e => (long)e!["cursor"]!["offset"]!).ToList();
        Assert.Equal(offsets.Order(), offsets);
        var next = (long)first["data"]!["nextCursor"]!["offset"]!;
        Assert.Equal(offsets[^1] + 1, next);

        // Commit only the first event, then "reconnect" with a fresh client: it resumes after it.
        var commit = await bed.CommitAsync(id, offsets[0] + 1);
        Assert.Equal("BasicResponse", (string?)commit["type"]);
        await bed.CreateFactSheetAsync("Application", "App 3");
        using var reconnect = new WireClient(bed.Host);
        using var response = await reconnect.SendAsync(HttpMethod.Get, $"{WebhookTestBed.Base}/subscriptions/{id}/events?timeout=0");
        var resumed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var names = resumed["data"]!["events"]!.AsArray().Select(e => (string?)e!["event"]!["factSheet"]!["name"]).ToList();
        Assert.Equal(["App 1", "App 2", "App 3"], names);
    }

    [Fact]
    public async Task AutoCommit_advances_the_cursor_before_answering()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync();
        await bed.CreateFactSheetAsync("Application", "One");
        var batch = await bed.PullAsync(id, autoCommit: true);
        Assert.Single(batch["data"]!["events"]!.AsArray());
        var after = await bed.PullAsync(id, autoCommit: true);
        Assert.Empty(after["data"]!["events"]!.AsArray());
        Assert.Equal((long)batch["data"]!["nextCursor"]!["offset"]!, (long)after["data"]!["nextCursor"]!["offset"]!);
    }

    [Fact]
    public async Task Cursor_below_the_committed_value_or_beyond_the_end_is_400()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync();
        await bed.CreateFactSheetAsync("Application", "One");
        var end = bed.Hub.EndOffset;
        await bed.CommitAsync(id, end);
        await bed.CommitAsync(id, end); // same value is fine
        var below = await bed.CommitAsync(id, end - 1, 400);
        Assert.Contains("below", (string?)below["message"]);
        var beyond = await bed.CommitAsync(id, end + 5, 400);
        Assert.Contains("beyond the end", (string?)beyond["message"]);
        await bed.ExpectAsync(400, HttpMethod.Put, $"/subscriptions/{id}/cursor", new JsonObject { ["position"] = 1 });
    }

    [Fact]
    public async Task Long_poll_answers_when_an_event_arrives()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync();
        var poll = bed.PullAsync(id, timeout: 10);
        await bed.WaitUntilPullingAsync(id);
        Assert.False(poll.IsCompleted); // the fake clock stands still: only an event can end this poll
        await bed.CreateFactSheetAsync("Application", "Late");
        var batch = await poll.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Single(batch["data"]!["events"]!.AsArray());
    }

    [Fact]
    public async Task Long_poll_times_out_with_an_empty_batch_at_the_committed_cursor()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync();
        var poll = bed.PullAsync(id, timeout: 1);
        await bed.WaitUntilPullingAsync(id);
        Assert.False(poll.IsCompleted);
        await Eventually.TrueAsync(() => poll.IsCompleted, "the poll to time out", () => bed.Clock.Advance(TimeSpan.FromSeconds(1)));
        var batch = await poll;
        Assert.Empty(batch["data"]!["events"]!.AsArray());
        Assert.Equal(bed.Hub.EndOffset, (long)batch["data"]!["nextCursor"]!["offset"]!);
    }

    [Fact]
    public async Task Batches_respect_maxBatchSize_but_carry_at_least_one_event()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var body = WebhookTestBed.PullBody("small");
        body["maxBatchSize"] = 1; // 1 KiB: one full fact sheet event already exceeds it
        var id = (string)(await bed.CreateAsync(body))["id"]!;
        await bed.CreateFactSheetAsync("Application", "A");
        await bed.CreateFactSheetAsync("Application", "B");
        var first = await bed.PullAsync(id, autoCommit: true);
        Assert.Single(first["data"]!["events"]!.AsArray());
        var second = await bed.PullAsync(id, autoCommit: true);
        Assert.Equal("B", (string?)second["data"]!["events"]!.AsArray().Single()!["event"]!["factSheet"]!["name"]);
    }

    [Fact]
    public async Task A_batch_holds_at_most_1000_events()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var body = WebhookTestBed.PullBody("bulk", ["pathfinder", "FACT_SHEET_CREATED"]);
        body["maxBatchSize"] = 1_000_000;
        var id = (string)(await bed.CreateAsync(body))["id"]!;
        var mutation = "mutation {" + string.Concat(Enumerable.Range(0, 1001).Select(i =>
            $" a{i}: createFactSheet(input: {{name: \"Bulk {i}\", type: Application}}) {{ factSheet {{ id }} }}")) + " }";
        await bed.Client.GraphQLDataAsync(mutation);

        var first = await bed.PullAsync(id, autoCommit: true);
        var events = first["data"]!["events"]!.AsArray();
        Assert.Equal(1000, events.Count);
        Assert.Equal(1000, (int)first["total"]!);
        Assert.Equal((long)events[^1]!["cursor"]!["offset"]! + 1, (long)first["data"]!["nextCursor"]!["offset"]!);
        var second = await bed.PullAsync(id, autoCommit: true);
        Assert.Equal("Bulk 1000", (string?)second["data"]!["events"]!.AsArray().Single()!["event"]!["factSheet"]!["name"]);
    }

    [Fact]
    public async Task Offsets_skip_events_the_subscription_does_not_match()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync("archived-only", ["pathfinder", "FACT_SHEET_ARCHIVED"]);
        var app = await bed.CreateFactSheetAsync("Application", "Soon archived");
        await bed.UpdateAsync(app, "gone", WebhookTestBed.Patch("replace", "/status", "ARCHIVED"));
        var batch = await bed.PullAsync(id);
        var e = batch["data"]!["events"]!.AsArray().Single()!;
        Assert.Equal("FactSheetArchivedEvent", (string?)e["event"]!["type"]);
        // nextCursor = 1 + last scanned position: the FACT_SHEET_UPDATED after it was scanned too (D27).
        Assert.Equal(bed.Hub.EndOffset, (long)batch["data"]!["nextCursor"]!["offset"]!);
        Assert.True((long)e["cursor"]!["offset"]! > 0);
    }

    [Fact]
    public async Task Payload_modes_shape_the_event()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var wrappedBody = WebhookTestBed.PullBody("wrapped");
        wrappedBody["payloadMode"] = "WRAPPED_EVENT";
        var wrapped = (string)(await bed.CreateAsync(wrappedBody))["id"]!;
        var emptyBody = WebhookTestBed.PullBody("none");
        emptyBody["payloadMode"] = "NO_PAYLOAD";
        var none = (string)(await bed.CreateAsync(emptyBody))["id"]!;
        await bed.CreateFactSheetAsync("Application", "Wrapped");

        var w = (await bed.PullAsync(wrapped))["data"]!["events"]!.AsArray().Single()!["event"]!.AsObject();
        var fixture = Fixtures.Load("events/_wrapped-event.inferred.json").AsObject();
        Assert.NotEmpty(fixture);
        foreach (var (key, _) in fixture) Assert.True(w.ContainsKey(key), $"wrapped event lacks '{key}'");
        Assert.True(Guid.TryParse((string?)w["id"], out _));
        Assert.Equal("FACT_SHEET_CREATED", (string?)w["type"]);
        Assert.Equal("EAM", (string?)w["sourceName"]);
        Assert.Equal(((long)w["payload"]!["id"]!).ToString(), (string?)w["sourceId"]);
        Assert.Equal(bed.Host.BaseUrl, (string?)w["sourceUrl"]);
        Assert.Equal("""["pathfinder","FACT_SHEET_CREATED"]""", w["tags"]!.ToJsonString());
        Assert.Equal((long)w["payload"]!["transactionSequenceNumber"]!, (long)w["sequenceInfo"]!);

        var n = (await bed.PullAsync(none))["data"]!["events"]!.AsArray().Single()!["event"]!;
        Assert.Equal("{}", n.ToJsonString());
    }

    [Fact]
    public async Task A_second_concurrent_pull_is_409_and_a_PUSH_subscription_cannot_be_pulled()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync();
        var waiting = bed.PullAsync(id, timeout: 3);
        await bed.WaitUntilPullingAsync(id);
        var conflict = await bed.ExpectAsync(409, HttpMethod.Get, $"/subscriptions/{id}/events?timeout=0");
        Assert.Equal("ERROR", (string?)conflict["status"]);
        await bed.CreateFactSheetAsync("Application", "Ends the wait");
        Assert.Single((await waiting)["data"]!["events"]!.AsArray());

        var push = (string)(await bed.CreateAsync(WebhookTestBed.PushBody("http://127.0.0.1:9/hook")))["id"]!;
        await bed.ExpectAsync(400, HttpMethod.Get, $"/subscriptions/{push}/events?timeout=0");
        await bed.ExpectAsync(400, HttpMethod.Get, $"/subscriptions/{id}/events?timeout=soon");
        await bed.ExpectAsync(400, HttpMethod.Get, $"/subscriptions/{id}/events?autoCommit=maybe");
    }

    [Fact]
    public async Task EventTags_lists_the_known_tags()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var tags = (await bed.ExpectAsync(200, HttpMethod.Get, "/eventTags"))["data"]!.AsArray().Select(t => (string?)t).ToList();
        Assert.Contains("pathfinder", tags);
        Assert.Contains("RELATION_SWITCH", tags);
        Assert.Contains("COMMENT_CREATED", tags);
    }

    [Fact]
    public async Task Events_are_kept_for_the_retention_period_only()
    {
        var clock = TestClock.Start();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Workspaces = { new WorkspaceConfig { Seed = "demo" } },
            Webhooks = { RetentionDays = 2 }
        }, clock);
        var hub = host.Services.GetRequiredService<WebhookService>().For(host.Workspace);
        using (var client = new WireClient(host))
        {
            using var created = await client.SendAsync(HttpMethod.Post, WebhookTestBed.Base + "/subscriptions", WebhookTestBed.PullBody());
            Assert.Equal(200, (int)created.StatusCode);
            await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "Old", type: Application}) { factSheet { id } } }""");
        }
        Assert.Single(hub.Events);
        clock.Advance(TimeSpan.FromDays(3));
        using (var client = new WireClient(host)) // a fresh token: the old one expired with the clock
            await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "New", type: Application}) { factSheet { id } } }""");
        Assert.Equal("New", (string?)Assert.Single(hub.Events).Payload["factSheet"]!["name"]);
    }
}
