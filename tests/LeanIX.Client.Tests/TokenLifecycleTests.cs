using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Client.Tests;

public class TokenLifecycleTests
{
    private const string TokenPath = "/services/mtm/v1/oauth2/token";
    private const string GraphQLPath = "/services/pathfinder/v1/graphql";

    [Fact]
    public async Task A_token_expiring_mid_run_is_renewed_before_the_next_call()
    {
        // One fake clock for the emulator and the client: the hour passes without anyone waiting for it.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await EmulatorHost.StartAsync(DemoWorkspace(), clock);
        await using var provider = ClientServices(host, clock, o => o.TokenRenewalLeadTime = TimeSpan.FromSeconds(60));
        var client = provider.GetRequiredService<LeanIXClient>();
        Assert.NotEmpty(await client.FactSheets.Of("Application").AllAsync());
        clock.Advance(TimeSpan.FromSeconds(3600 - 59)); // inside the renewal lead, not yet expired
        client.ClearCache();
        Assert.NotEmpty(await client.FactSheets.Of("Application").AllAsync());
        Assert.Equal(2, host.Faults.Hits[TokenPath]);
        // Renewed before use: no request was refused and resent (that is the 401 path, tested below).
        Assert.Equal(2, host.Faults.Hits[GraphQLPath]);
    }

    [Fact]
    public async Task A_401_renews_the_token_once_and_retries()
    {
        // The client's clock stands still, so it trusts the token it has; the server's clock moves past the
        // token's expiry, so it answers 401, and the client must renew once and resend.
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await EmulatorHost.StartAsync(DemoWorkspace(), serverClock);
        await using var provider = ClientServices(host, new FakeTimeProvider(serverClock.GetUtcNow()), o => o.TokenRenewalLeadTime = TimeSpan.Zero);
        var client = provider.GetRequiredService<LeanIXClient>();
        await client.Connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }");
        serverClock.Advance(TimeSpan.FromHours(2));
        var data = await client.Connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }");
        Assert.True(data["allFactSheets"]!["totalCount"]!.GetValue<long>() > 0);
        var hits = string.Join(", ", host.Faults.Hits.Select(kv => $"{kv.Key}={kv.Value}"));
        Assert.True(host.Faults.Hits[TokenPath] == 2, hits);
        Assert.True(host.Faults.Hits[GraphQLPath] == 3, hits); // one call, then the rejected one and its retry
    }

    private static EmulatorOptions DemoWorkspace()
    {
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Seed = "demo" });
        return options;
    }

    private static ServiceProvider ClientServices(EmulatorHost host, TimeProvider clock, Action<LeanIXClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddLeanIX(o =>
        {
            o.ApiToken = host.ApiToken; o.Host = host.BaseUrl; o.RetryDelay = TimeSpan.FromMilliseconds(50);
            configure(o);
        });
        return services.BuildServiceProvider();
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
}
