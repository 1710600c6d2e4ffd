using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Client.Tests.Robustness;

/// <summary><see cref="LeanIXClientOptions.MaxRetries"/> 0 switches retries off; a negative count is refused when the client is built.</summary>
public class NoRetryTests
{
    private const string GraphQLPath = "/services/pathfinder/v1/graphql";

    [Fact]
    public async Task A_502_with_MaxRetries_0_is_sent_exactly_once()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host, o => o.MaxRetries = 0);
        await client.Connection.ConnectAsync();
        host.Faults.FailNext(GraphQLPath, 502);
        var e = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => client.Connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }"));
        Assert.Equal(System.Net.HttpStatusCode.BadGateway, e.Status);
        Assert.Equal(1, host.Faults.Hits[GraphQLPath]);
        await client.Connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }"); // the pipeline still works
    }

    [Fact]
    public void A_negative_MaxRetries_is_refused_by_the_constructor()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LeanIXClient(new LeanIXClientOptions { ApiToken = "x-token", Host = "http://127.0.0.1:9", MaxRetries = -1 }));
        Assert.Equal("MaxRetries", e.ParamName);
        Assert.Contains("0 (no retries) or more", e.Message);
    }

    [Fact]
    public void A_negative_MaxRetries_is_refused_when_the_registered_client_is_built()
    {
        var services = new ServiceCollection();
        services.AddLeanIX(o => { o.ApiToken = "x-token"; o.Host = "http://127.0.0.1:9"; o.MaxRetries = -3; });
        using var provider = services.BuildServiceProvider();
        Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<LeanIXClient>());
    }
}
