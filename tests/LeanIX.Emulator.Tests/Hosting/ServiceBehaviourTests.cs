using System.Diagnostics;
using System.Net;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Tests.Rest;

namespace LeanIX.Emulator.Tests.Hosting;

public class ServiceBehaviourTests
{
    private const string DataModelPath = "services/pathfinder/v1/models/dataModel";

    private static EmulatorOptions Options(int rateLimit, int latencyMs = 0, params string[] apiTokens)
    {
        var options = new EmulatorOptions { RateLimitPerMinute = rateLimit, LatencyMs = latencyMs };
        var workspace = new WorkspaceConfig { Seed = "empty" };
        workspace.ApiTokens.AddRange(apiTokens);
        options.Workspaces.Add(workspace);
        return options;
    }

    [Fact]
    public async Task Latency_delays_every_response()
    {
        await using var host = await EmulatorHost.StartAsync(Options(0, latencyMs: 300));
        using var client = new WireClient(host);
        await client.AccessTokenAsync();
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(HttpMethod.Get, DataModelPath);
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.ElapsedMilliseconds >= 280, $"answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Over_the_limit_a_user_gets_429_with_retry_after_until_the_window_ends()
    {
        var clock = TestClock.Start();
        await using var host = await EmulatorHost.StartAsync(Options(3), clock);
        using var client = new WireClient(host);
        await client.AccessTokenAsync(); // counted against the IP, not the user
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.SendAsync(HttpMethod.Get, DataModelPath);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var limited = await client.SendAsync(HttpMethod.Get, DataModelPath))
        {
            var body = await RestAssert.ErrorAsync(limited, HttpStatusCode.TooManyRequests, "USER_INTERVAL_REQUEST_LIMIT_EXCEEDED");
            Assert.Equal("60", Assert.Single(limited.Headers.GetValues("Retry-After")));
            Assert.Equal("USER_INTERVAL_REQUEST_LIMIT_EXCEEDED", body["errors"]![0]!["value"]!.GetValue<string>());
        }

        clock.Advance(TimeSpan.FromSeconds(45));
        using (var still = await client.SendAsync(HttpMethod.Get, DataModelPath))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, still.StatusCode);
            Assert.Equal("15", Assert.Single(still.Headers.GetValues("Retry-After")));
        }

        clock.Advance(TimeSpan.FromSeconds(15));
        using var again = await client.SendAsync(HttpMethod.Get, DataModelPath);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Each_user_has_its_own_budget()
    {
        await using var host = await EmulatorHost.StartAsync(Options(2, 0, "token-of-user-a", "token-of-user-b"), TestClock.Start());
        using var a = new WireClient(host, "token-of-user-a");
        using var b = new WireClient(host, "token-of-user-b");
        await a.AccessTokenAsync();
        await b.AccessTokenAsync();
        for (var i = 0; i < 2; i++)
        {
            using var ok = await a.SendAsync(HttpMethod.Get, DataModelPath);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await a.SendAsync(HttpMethod.Get, DataModelPath);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        using var other = await b.SendAsync(HttpMethod.Get, DataModelPath);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_principal_are_limited_by_remote_address()
    {
        await using var host = await EmulatorHost.StartAsync(Options(2), TestClock.Start());
        using var client = new WireClient(host);
        for (var i = 0; i < 2; i++)
        {
            using var ok = await client.RequestTokenAsync();
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await client.RequestTokenAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task Zero_switches_the_limit_off()
    {
        await using var host = await EmulatorHost.StartAsync(Options(0), TestClock.Start());
        using var client = new WireClient(host);
        for (var i = 0; i < 40; i++)
        {
            using var ok = await client.SendAsync(HttpMethod.Get, DataModelPath);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
    }

    [Fact]
    public void The_limiter_counts_per_key_in_fixed_windows()
    {
        var clock = TestClock.Start();
        var limiter = new FixedWindowLimiter(clock);
        Assert.True(limiter.TryAcquire("a", 1, out _));
        Assert.False(limiter.TryAcquire("a", 1, out var wait));
        Assert.Equal(TimeSpan.FromMinutes(1), wait);
        Assert.True(limiter.TryAcquire("b", 1, out _));
        clock.Advance(TimeSpan.FromSeconds(59.5));
        Assert.False(limiter.TryAcquire("a", 1, out wait));
        Assert.Equal(TimeSpan.FromSeconds(0.5), wait);
        clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.True(limiter.TryAcquire("a", 1, out _));
    }
}
