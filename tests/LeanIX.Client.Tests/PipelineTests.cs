using System.Diagnostics;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class PipelineTests
{
    private const string TokenPath = "/services/mtm/v1/oauth2/token";

    [Fact]
    public async Task A_500_followed_by_success_is_retried()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        host.Faults.FailNext(TokenPath, 500);
        using var client = TestClients.For(host);
        var ws = await client.Connection.ConnectAsync();
        Assert.Equal("demo", ws.WorkspaceName);
        Assert.Equal(2, host.Faults.Hits[TokenPath]);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_for_an_idempotent_request()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        host.Faults.AbortNext(TokenPath);
        using var client = TestClients.For(host);
        await client.Connection.ConnectAsync();
        Assert.Equal(2, host.Faults.Hits[TokenPath]);
    }

    [Fact]
    public async Task A_429_waits_as_Retry_After_says()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        host.Faults.FailNext(TokenPath, 429, retryAfter: TimeSpan.FromSeconds(1));
        using var client = TestClients.For(host);
        var watch = Stopwatch.StartNew();
        await client.Connection.ConnectAsync();
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.Elapsed}, before Retry-After");
        Assert.Equal(2, host.Faults.Hits[TokenPath]);
    }

    [Fact]
    public async Task Persistent_5xx_gives_up_after_the_configured_retries()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        host.Faults.FailNext(TokenPath, 503, count: 10);
        using var client = TestClients.For(host, o => o.MaxRetries = 2);
        var e = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => client.Connection.ConnectAsync());
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, e.Status);
        Assert.Equal(3, host.Faults.Hits[TokenPath]);
    }
}
