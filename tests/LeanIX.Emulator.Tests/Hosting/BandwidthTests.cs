using System.Diagnostics;
using System.Net;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Hosting;

/// <summary>
/// The service model's bandwidth on a real clock over loopback. Bounds are generous above (a shared
/// machine) but tight below: a paced body can never arrive early.
/// </summary>
public class BandwidthTests
{
    [Fact]
    public async Task A_body_arrives_complete_and_no_faster_than_the_rate()
    {
        await using var server = await PacedServer.StartAsync(bandwidthKbps: 1000);
        await server.Http.GetByteArrayAsync("body/10"); // connection and JIT warm-up, outside the timing
        var watch = Stopwatch.StartNew();
        var body = await server.Http.GetByteArrayAsync("body/204800"); // 200 KB at 1000 KB/s: 0.2 s
        watch.Stop();
        Assert.Equal(PacedServer.Body(204_800), body);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.19, 0.6);
    }

    [Fact]
    public async Task Concurrent_requests_each_get_the_full_rate()
    {
        await using var server = await PacedServer.StartAsync(bandwidthKbps: 1000);
        await Task.WhenAll(server.Http.GetByteArrayAsync("body/10"), server.Http.GetByteArrayAsync("body/11")); // two warm connections
        var watch = Stopwatch.StartNew();
        // 300 KB each: 0.29 s if each has the rate, ≥ 0.59 s if they shared one pipe.
        var bodies = await Task.WhenAll(server.Http.GetByteArrayAsync("body/307200"), server.Http.GetByteArrayAsync("body/307200"));
        watch.Stop();
        Assert.All(bodies, b => Assert.Equal(PacedServer.Body(307_200), b));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.29, 0.5);
    }

    [Fact]
    public async Task Zero_means_no_pacing()
    {
        await using var server = await PacedServer.StartAsync(bandwidthKbps: 0);
        Assert.NotEqual(nameof(PacedStream), await server.Http.GetStringAsync("stream"));
        server.Options.BandwidthKbps = 10; // read per request
        Assert.Equal(nameof(PacedStream), await server.Http.GetStringAsync("stream"));
    }

    [Fact]
    public async Task The_emulator_paces_its_answers_after_the_latency()
    {
        var options = new EmulatorOptions { RateLimitPerMinute = 0 };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
        await using var host = await EmulatorHost.StartAsync(options);
        using var client = new WireClient(host);
        await client.AccessTokenAsync();
        const string path = "services/pathfinder/v1/models/dataModel";
        using var unpaced = await client.SendAsync(HttpMethod.Get, path);
        var unpacedBody = await unpaced.Content.ReadAsByteArrayAsync();
        // A rate that makes this body take about 0.25 s, after 100 ms of latency.
        options.BandwidthKbps = Math.Max(1, unpacedBody.Length * 4 / 1024);
        options.LatencyMs = 100;
        var expected = 0.1 + unpacedBody.Length / (options.BandwidthKbps * 1024.0);

        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(HttpMethod.Get, path);
        var body = await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(unpacedBody, body);
        Assert.InRange(watch.Elapsed.TotalSeconds, expected - 0.01, expected + 1.0);
    }
}
