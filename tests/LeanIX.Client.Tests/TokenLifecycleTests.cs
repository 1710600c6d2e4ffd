using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Client.Tests;

public class TokenLifecycleTests
{
    private const string TokenPath = "/services/mtm/v1/oauth2/token";
    private const string GraphQLPath = "/services/pathfinder/v1/graphql";

    [Fact]
    public async Task A_token_expiring_mid_run_is_renewed_before_the_next_call()
    {
        // exp is whole seconds after a floored iat: a 3 s token lives 2–3 s and is renewed 1 s early.
        await using var host = await EmulatorHost.StartAsync("demo", configure: o => o.TokenLifetimeSeconds = 3);
        using var client = TestClients.For(host, o => o.TokenRenewalLeadTime = TimeSpan.FromSeconds(1));
        Assert.NotEmpty(await client.FactSheets.Of("Application").AllAsync());
        await Task.Delay(TimeSpan.FromSeconds(3.2));
        client.ClearCache();
        Assert.NotEmpty(await client.FactSheets.Of("Application").AllAsync());
        Assert.True(host.Faults.Hits[TokenPath] >= 2, "the expired token was not renewed");
        // Renewed before use: no request was refused and resent (that is the 401 path, tested below).
        Assert.Equal(2, host.Faults.Hits[GraphQLPath]);
    }

    [Fact]
    public async Task A_401_renews_the_token_once_and_retries()
    {
        // exp is whole seconds after a floored iat, so a 3 s token lives at least 2 s: long enough for the first call.
        await using var host = await EmulatorHost.StartAsync("demo", configure: o => o.TokenLifetimeSeconds = 3);
        var services = new ServiceCollection();
        // The client's clock stands still, so it trusts the token it has; the server's 401 must make it renew.
        services.AddSingleton<TimeProvider>(new FrozenClock(DateTimeOffset.UtcNow));
        services.AddLeanIX(o =>
        {
            o.ApiToken = host.ApiToken; o.Host = host.BaseUrl; o.RetryDelay = TimeSpan.FromMilliseconds(50);
            o.TokenRenewalLeadTime = TimeSpan.Zero;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<LeanIXClient>();
        await client.Connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }");
        await Task.Delay(TimeSpan.FromSeconds(3.1));
        var data = await client.Connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }");
        Assert.True(data["allFactSheets"]!["totalCount"]!.GetValue<long>() > 0);
        var hits = string.Join(", ", host.Faults.Hits.Select(kv => $"{kv.Key}={kv.Value}"));
        Assert.True(host.Faults.Hits[TokenPath] == 2, hits);
        Assert.True(host.Faults.Hits[GraphQLPath] == 3, hits); // one call, then the rejected one and its retry
    }

    [Fact]
    public async Task A_mutation_is_not_sent_twice_after_a_500()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        await client.Connection.ConnectAsync();
        host.Faults.FailNext(GraphQLPath, 500);
        var e = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => client.Connection.GraphQLAsync(
            "mutation { createFactSheet(input: {name: \"Once\", type: Application}) { factSheet { id } } }"));
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, e.Status);
        Assert.Equal(1, host.Faults.Hits[GraphQLPath]);
    }

    [Fact]
    public async Task A_query_is_retried_after_a_500()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        await client.Connection.ConnectAsync();
        host.Faults.FailNext(GraphQLPath, 502);
        await client.Connection.GraphQLAsync("query Count { allFactSheets(first: 1) { totalCount } }");
        Assert.Equal(2, host.Faults.Hits[GraphQLPath]);
    }

    [Fact]
    public async Task The_emulators_rate_limit_is_waited_out()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host);
        await client.Connection.ConnectAsync();
        host.Faults.FailNext(GraphQLPath, 429, count: 2, retryAfter: TimeSpan.FromSeconds(1));
        await client.Connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }");
        Assert.Equal(3, host.Faults.Hits[GraphQLPath]);
    }

    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
