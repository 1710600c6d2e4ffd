using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Tests.Webhooks;
using LeanIX.Emulator.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>
/// Issue 9: "memory grows by about 22 KB per mutation while a webhook subscription exists". Only the latest
/// events stay in memory; a reader behind them still gets every event, from SQLite.
/// </summary>
public class BoundedEventMemoryTests
{
    [Fact]
    public async Task Only_the_latest_events_stay_in_memory_and_older_ones_are_still_pulled_in_order()
    {
        var options = new EmulatorOptions { RateLimitPerMinute = 0 };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
        options.Webhooks.EventsInMemory = 5;
        await using var host = await EmulatorHost.StartAsync(options);
        using var client = new WireClient(host);
        await client.AccessTokenAsync();
        using (var created = await client.SendAsync(HttpMethod.Post, WebhookTestBed.Base + "/subscriptions", WebhookTestBed.PullBody("bounded")))
            Assert.Equal(200, (int)created.StatusCode);
        var id = (string)(await client.GetJsonAsync(WebhookTestBed.Base + "/subscriptions"))["data"]![0]!["id"]!;

        var mutation = "mutation {" + string.Concat(Enumerable.Range(0, 12).Select(i =>
            $" a{i}: createFactSheet(input: {{name: \"Event {i:00}\", type: Application}}) {{ factSheet {{ id }} }}")) + " }";
        await client.GraphQLDataAsync(mutation);

        var hub = host.Services.GetRequiredService<WebhookService>().For(host.Workspace);
        Assert.Equal(5, hub.Events.Count);

        var batch = await client.GetJsonAsync($"{WebhookTestBed.Base}/subscriptions/{id}/events?timeout=0");
        var names = batch["data"]!["events"]!.AsArray().Select(e => (string?)e!["event"]!["factSheet"]!["name"]).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"Event {i:00}"), names);
    }
}
