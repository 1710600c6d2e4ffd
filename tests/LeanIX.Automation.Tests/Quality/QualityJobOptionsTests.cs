using LeanIX.Automation.Quality;
using LeanIX.Automation.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Tests.Quality;

/// <summary>A bad <c>Automation:Quality</c> stops the host at start-up with a message naming the key to fix.</summary>
public sealed class QualityJobOptionsTests
{
    [Theory]
    [InlineData("Reminder", "Schedule", "0 7 * *", "Automation:Quality:Reminder:Schedule: '0 7 * *' is not a cron expression")]
    [InlineData("Report", "Schedule", "every monday", "Automation:Quality:Report:Schedule: 'every monday' is not a cron expression")]
    [InlineData("Report", "TimeZone", "Mars/Olympus", "Automation:Quality:Report:TimeZone: 'Mars/Olympus' is not a known time zone")]
    public async Task A_bad_schedule_stops_the_start_naming_its_key(string job, string key, string value, string message)
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            [$"Automation:Quality:{job}:Enabled"] = "true",
            [$"Automation:Quality:{job}:{key}"] = value,
            ["Automation:Quality:Reminder:DryRunDirectory"] = Path.GetTempPath()
        }));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task A_reminder_with_nowhere_to_send_stops_the_start()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Automation:Quality:Reminder:Enabled"] = "true"
        }));
        Assert.Contains("Automation:Quality:Reminder: no SMTP server", e.Message);
    }

    [Fact]
    public async Task A_bad_quality_file_stops_the_start_naming_the_file_and_its_key()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lx-quality-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "reminder": { "throttleDays": "weekly" } }""");
        try
        {
            var e = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
            {
                ["Automation:Quality:Report:Enabled"] = "true",
                ["Automation:Quality:ConfigurationPath"] = file
            }));
            Assert.Contains("Automation:Quality:ConfigurationPath", e.Message);
            Assert.Contains("reminder.throttleDays", e.Message);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task Disabled_jobs_are_not_validated_and_do_not_run()
    {
        // The defaults: both jobs off, so even a nonsense schedule is no reason to refuse the start.
        await using var host = await AutomationTestHost.StartAsync(null, AutomationTestHost.NewDatabasePath(), services: s =>
            s.Configure<QualityJobOptions>(o => o.Reminder.Schedule = "nonsense"));
        var scheduler = host.Services.GetRequiredService<QualityJobScheduler>();
        Assert.Null(scheduler.WaitingFor(QualityJobKind.Reminder));
        Assert.Null(scheduler.WaitingFor(QualityJobKind.Report));
    }

    private static async Task StartAsync(Dictionary<string, string?> settings)
    {
        // Configuration as appsettings.json or the environment would give it; the host never gets as far as connecting.
        await using var host = await AutomationTestHost.StartAsync(null, AutomationTestHost.NewDatabasePath(), services: s =>
            s.AddSingleton<IConfigureOptions<QualityJobOptions>>(
                new ConfigureNamedOptions<QualityJobOptions>(Options.DefaultName, o =>
                    new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
                        .GetSection(QualityJobOptions.Section).Bind(o))));
    }
}
