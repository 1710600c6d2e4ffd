using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>
/// Runs the whole <see cref="Corpus"/> against one emulator: no 5xx anywhere (token endpoint included),
/// every error in its service's shape, memory bounded, and a write beside it completes within a second.
/// </summary>
[Collection(LoadCollection.Name)]
public class HostileCorpusTests
{
    private const long MemoryBoundBytes = 512L * 1024 * 1024; // issue 9's target per request, for the whole corpus here

    [Fact]
    public async Task Every_hostile_request_gets_a_non_5xx_answer_in_its_error_shape_while_writes_go_on()
    {
        await using var host = await EmulatorHost.StartAsync("demo", configure: o => o.RateLimitPerMinute = 0);
        using var client = new WireClient(host);
        var bearer = await client.AccessTokenAsync();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var latencies = new List<long>();
        var writer = Task.Run(async () =>
        {
            using var writes = new WireClient(host);
            await writes.AccessTokenAsync();
            for (var i = 0; !stop.IsCancellationRequested && i < 200; i++)
            {
                var watch = Stopwatch.StartNew();
                await writes.GraphQLDataAsync($$"""mutation { createFactSheet(input: {name: "Beside the corpus {{i}}", type: Application}) { factSheet { id } } }""");
                lock (latencies) latencies.Add(watch.ElapsedMilliseconds);
            }
        });

        var failures = new List<string>();
        foreach (var entry in Corpus.All())
        {
            using var request = new HttpRequestMessage(entry.Method, entry.Path);
            if (entry.Body is not null)
            {
                request.Content = new ByteArrayContent(entry.Body);
                if (entry.ContentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(entry.ContentType);
            }
            if (entry.Bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            else if (entry.Path.Contains("oauth2")) request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("apitoken:" + host.ApiToken)));
            using var response = await client.Http.SendAsync(request);
            try
            {
                await Shapes.NoServerErrorAsync(response, entry.Name);
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or System.Text.Json.JsonException)
            {
                failures.Add(e.Message);
            }
        }
        stop.Cancel();
        await writer;

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.NotEmpty(latencies);
        Assert.True(latencies.Skip(1).DefaultIfEmpty().Max() < 1000, $"write latencies: {string.Join(", ", latencies)} ms");
        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.True(grown < MemoryBoundBytes, $"memory grew by {grown / 1024 / 1024} MiB");
    }
}
