using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Tests.Webhooks;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>Issue 9: "memory grows by about 22 KB per mutation while a webhook subscription exists".</summary>
[Collection(LoadCollection.Name)]
public class MutationMemoryTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Memory_per_mutation_stays_small_while_a_subscription_exists()
    {
        var options = new EmulatorOptions { RateLimitPerMinute = 0 };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
        options.Webhooks.EventsInMemory = 100;
        await using var host = await EmulatorHost.StartAsync(options);
        using var client = new WireClient(host);
        await client.AccessTokenAsync();
        using (var created = await client.SendAsync(HttpMethod.Post, WebhookTestBed.Base + "/subscriptions", WebhookTestBed.PullBody("memory")))
            Assert.Equal(200, (int)created.StatusCode);
        var id = (await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "Edited", type: Application}) { factSheet { id } } }"""))
            ["createFactSheet"]!["factSheet"]!["id"]!.GetValue<string>();

        async Task EditAsync(int round)
        {
            // 50 description edits per request: each one is a change record and a webhook event.
            var mutation = "mutation {" + string.Concat(Enumerable.Range(0, 50).Select(i =>
                $$""" e{{i}}: updateFactSheet(id: "{{id}}", patches: [{op: replace, path: "/description", value: "round {{round}} edit {{i}} {{new string('x', 200)}}"}]) { factSheet { rev } }""")) + " }";
            await client.GraphQLDataAsync(mutation);
        }

        for (var r = 0; r < 25; r++) await EditAsync(r); // past every in-memory window (change log, events, history) and JIT
        var before = GC.GetTotalMemory(forceFullCollection: true);
        const int rounds = 30;
        for (var r = 0; r < rounds; r++) await EditAsync(100 + r);
        var perMutation = (GC.GetTotalMemory(forceFullCollection: true) - before) / (rounds * 50.0);
        output.WriteLine($"{perMutation:0} bytes retained per mutation");
        Assert.True(perMutation < 4_096, $"{perMutation:0} bytes retained per mutation");

        // A history longer than memory keeps is still complete: the older part comes from SQLite.
        var log = await client.GraphQLDataAsync($$"""{ allLogEvents(factSheetId: "{{id}}") { totalCount } }""");
        Assert.True(log["allLogEvents"]!["totalCount"]!.GetValue<int>() >= 55 * 50, log.ToJsonString());
    }
}
