using LeanIX.Client.Authentication;
using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Client.Tests.Robustness;

/// <summary>The renewal lead adapts to short token lifetimes: at most half the lifetime, so one exchange per lifetime.</summary>
public class TokenRenewalTests
{
    private const string TokenPath = "/services/mtm/v1/oauth2/token";
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3600, 60, 3540)] // the configured lead when the lifetime is long
    [InlineData(30, 60, 15)]     // half the lifetime when the lead is longer than that
    [InlineData(120, 60, 60)]    // exactly half
    [InlineData(30, 0, 30)]      // no lead: at expiry
    [InlineData(30, -5, 30)]     // a negative lead counts as none
    [InlineData(0, 60, 0)]       // already expired: due now
    public void The_renewal_moment_is_the_lead_before_expiry_but_never_before_half_the_lifetime(int lifetime, int lead, int renewAfter) =>
        Assert.Equal(Now.AddSeconds(renewAfter), RenewalSchedule.RenewAt(Now, Now.AddSeconds(lifetime), TimeSpan.FromSeconds(lead)));

    [Fact]
    public async Task A_30_second_token_is_exchanged_once_per_lifetime_not_before_every_request()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new EmulatorOptions { TokenLifetimeSeconds = 30 };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
        await using var host = await EmulatorHost.StartAsync(options, clock);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddLeanIX(o => { o.ApiToken = host.ApiToken; o.Host = host.BaseUrl; o.TokenRenewalLeadTime = TimeSpan.FromSeconds(60); });
        await using var provider = services.BuildServiceProvider();
        var connection = provider.GetRequiredService<LeanIXClient>().Connection;

        for (var i = 0; i < 5; i++)
        {
            await connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }");
            clock.Advance(TimeSpan.FromSeconds(2)); // 10 s in all: inside the first half of the lifetime
        }
        Assert.Equal(1, host.Faults.Hits[TokenPath]);

        clock.Advance(TimeSpan.FromSeconds(6)); // 16 s: past half the lifetime
        for (var i = 0; i < 5; i++) await connection.GraphQLAsync("{ allFactSheets(first: 1) { totalCount } }");
        Assert.Equal(2, host.Faults.Hits[TokenPath]);
    }
}
