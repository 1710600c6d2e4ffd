using System.Net;
using LeanIX.Automation.Storage;
using LeanIX.Automation.Web;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>Repeated failed logins lock the user name or the address out for a while, on the fake clock.</summary>
public sealed class LoginThrottleTests
{
    private static readonly MenuAdminOptions Settings = new() { MaxFailedLogins = 5, FailedLoginWindow = TimeSpan.FromMinutes(15), LockoutDuration = TimeSpan.FromMinutes(10) };

    [Fact]
    public async Task Five_failures_for_one_user_name_lock_it_from_every_address_until_the_lockout_ends()
    {
        var (throttle, clock, folder, database) = NewThrottle();
        try
        {
            for (var i = 0; i < 4; i++) await throttle.RecordFailureAsync("admin", $"10.0.0.{i}");
            Assert.Null(await throttle.LockedUntilAsync("admin", "10.0.9.9"));

            await throttle.RecordFailureAsync(" ADMIN ", "10.0.0.4"); // the same name, however typed
            Assert.Equal(clock.GetUtcNow() + Settings.LockoutDuration, await throttle.LockedUntilAsync("admin", "10.0.9.9"));
            Assert.Null(await throttle.LockedUntilAsync("someone-else", "10.0.9.9"));

            clock.Advance(Settings.LockoutDuration - TimeSpan.FromSeconds(1));
            Assert.NotNull(await throttle.LockedUntilAsync("admin", "10.0.9.9"));
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Null(await throttle.LockedUntilAsync("admin", "10.0.9.9"));
        }
        finally { Delete(folder, database); }
    }

    [Fact]
    public async Task Failures_older_than_the_window_no_longer_count_and_a_success_clears_the_count()
    {
        var (throttle, clock, folder, database) = NewThrottle();
        try
        {
            for (var i = 0; i < 4; i++) await throttle.RecordFailureAsync("admin", "10.0.0.1");
            clock.Advance(Settings.FailedLoginWindow + TimeSpan.FromSeconds(1));
            await throttle.RecordFailureAsync("admin", "10.0.0.1");
            Assert.Null(await throttle.LockedUntilAsync("admin", "10.0.0.1"));

            for (var i = 0; i < 3; i++) await throttle.RecordFailureAsync("admin", "10.0.0.1");
            await throttle.RecordSuccessAsync("admin", "10.0.0.1");
            await throttle.RecordFailureAsync("admin", "10.0.0.1");
            Assert.Null(await throttle.LockedUntilAsync("admin", "10.0.0.1"));
        }
        finally { Delete(folder, database); }
    }

    [Fact]
    public async Task Over_HTTP_an_address_that_failed_too_often_gets_429_even_with_the_right_password_until_the_clock_moves_on()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new MenuHost(services => services.AddSingleton<TimeProvider>(clock));
        using var client = host.NewClient();
        // Different user names, one address (loopback): the address is what gets locked.
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.LogInAsync($"guess-{i}", "wrong");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Wrong user or password.", await wrong.Content.ReadAsStringAsync());
        }

        using (var locked = await client.LogInAsync(MenuHost.AdminUser, host.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            Assert.Contains("Too many failed logins", await locked.Content.ReadAsStringAsync());
            Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            Assert.DoesNotContain(locked.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("LeanIX.Automation.Menu=", StringComparison.Ordinal));
        }

        clock.Advance(new MenuAdminOptions().LockoutDuration + TimeSpan.FromSeconds(1));
        using var allowed = await client.LogInAsync(MenuHost.AdminUser, host.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal("/", allowed.Headers.Location!.OriginalString);
    }

    private static (LoginThrottle Throttle, FakeTimeProvider Clock, string Folder, AutomationDatabase Database) NewThrottle()
    {
        var folder = Directory.CreateTempSubdirectory("leanix-throttle-").FullName;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var database = new AutomationDatabase(Path.Combine(folder, "automation.db"));
        return (new LoginThrottle(database, clock, Options.Create(Settings)), clock, folder, database);
    }

    private static void Delete(string folder, AutomationDatabase database)
    {
        database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* left in temp */ }
    }
}
