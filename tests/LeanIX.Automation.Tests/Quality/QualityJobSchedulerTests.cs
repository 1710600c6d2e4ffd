using LeanIX.Automation.Quality;
using LeanIX.Automation.Runs;
using LeanIX.Automation.Tests.Infrastructure;
using LeanIX.Emulator.Hosting;
using LeanIX.Quality.Reports;
using MimeKit;

namespace LeanIX.Automation.Tests.Quality;

/// <summary>
/// The host's scheduled quality jobs against a test's own demo workspace, on a fake clock: a job runs when its cron
/// occurrence comes and not before, its mails or files appear, each run lands in the run history, and a failure neither
/// stops the schedule nor goes unrecorded.
/// </summary>
public sealed class QualityJobSchedulerTests
{
    private static readonly DateTimeOffset MondaySeven = QualityJobTestHost.Start.AddHours(1);

    [Fact]
    public async Task The_reminder_runs_when_due_not_before_and_its_mails_reach_the_smtp_server()
    {
        await using var emulator = await EmulatorHost.StartAsync("demo");
        await using var smtp = TestSmtpServer.Start();
        await using var jobs = await QualityJobTestHost.StartAsync(emulator, q => q.Reminder.Enabled = true, o =>
        {
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = smtp.Port;
        });
        var expected = await jobs.ExpectedRecipientsAsync();
        Assert.NotEmpty(expected); // the demo workspace has deliberate gaps

        await jobs.WhenWaitingForAsync(QualityJobKind.Reminder, MondaySeven);
        jobs.Clock.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(59)); // one second early
        Assert.Equal(MondaySeven, jobs.Scheduler.WaitingFor(QualityJobKind.Reminder));
        Assert.Empty(await jobs.RunsOfAsync(QualityJobKind.Reminder));
        Assert.Empty(smtp.Drain());

        jobs.Clock.Advance(TimeSpan.FromSeconds(1));
        var run = await jobs.WhenRunAsync(QualityJobKind.Reminder);
        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Null(run.Error);
        Assert.Equal(QualityJobNames.Trigger, run.Trigger);
        Assert.Equal(MondaySeven, run.StartedAt);
        var mails = smtp.Drain();
        Assert.Equal(expected, mails.Select(m => Assert.Single(m.To.Mailboxes).Address).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.Equal("quality@example.com", Assert.Single(m.From.Mailboxes).Address));
        Assert.All(mails, m => Assert.Contains("/factsheet/", m.HtmlBody));
        Assert.Contains(run.Lines, l => l.Message == $"{expected.Count} mail(s) sent, 0 user(s) skipped (mailed within 7 days)");

        // The next occurrence is next Monday; the menu's "last runs" lists the run under the job's name.
        await jobs.WhenWaitingForAsync(QualityJobKind.Reminder, MondaySeven.AddDays(7));
        var lastRuns = await jobs.Host.Runs.LastRunsAsync();
        Assert.Contains(lastRuns, r => r.Id == run.Id && r.AutomationName == QualityJobNames.NameOf(QualityJobKind.Reminder));
    }

    [Fact]
    public async Task A_second_reminder_within_the_throttle_period_mails_nobody()
    {
        await using var emulator = await EmulatorHost.StartAsync("demo");
        await using var smtp = TestSmtpServer.Start();
        await using var jobs = await QualityJobTestHost.StartAsync(emulator, q =>
        {
            q.Reminder.Enabled = true;
            q.Reminder.Schedule = "0 7 * * *"; // daily, with the default throttle of 7 days
        }, o =>
        {
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = smtp.Port;
        });
        await jobs.WhenWaitingForAsync(QualityJobKind.Reminder, MondaySeven);
        jobs.Clock.Advance(TimeSpan.FromHours(1));
        await jobs.WhenRunAsync(QualityJobKind.Reminder);
        var first = smtp.Drain();
        Assert.NotEmpty(first);

        await jobs.WhenWaitingForAsync(QualityJobKind.Reminder, MondaySeven.AddDays(1));
        jobs.Clock.Advance(TimeSpan.FromDays(1));
        var second = await jobs.WhenRunAsync(QualityJobKind.Reminder, count: 2);
        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Empty(smtp.Drain());
        Assert.Contains(second.Lines, l => l.Message == $"0 mail(s) sent, {first.Count} user(s) skipped (mailed within 7 days)");
    }

    [Fact]
    public async Task A_dry_run_writes_eml_files_instead_of_sending()
    {
        await using var emulator = await EmulatorHost.StartAsync("demo");
        var output = Path.Combine(QualityJobTestHost.NewDirectory(), "mails");
        await using var jobs = await QualityJobTestHost.StartAsync(emulator, q =>
        {
            q.Reminder.Enabled = true;
            q.Reminder.DryRunDirectory = output;
        });
        var expected = await jobs.ExpectedRecipientsAsync();

        await jobs.WhenWaitingForAsync(QualityJobKind.Reminder, MondaySeven);
        jobs.Clock.Advance(TimeSpan.FromHours(1));
        var run = await jobs.WhenRunAsync(QualityJobKind.Reminder);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        var files = Directory.GetFiles(output, "*.eml");
        var recipients = new List<string>();
        foreach (var file in files) recipients.Add(Assert.Single((await MimeMessage.LoadAsync(file)).To.Mailboxes).Address);
        Assert.Equal(expected, recipients.Order(StringComparer.Ordinal));
        Assert.Contains(run.Lines, l => l.Message == $"{expected.Count} mail(s) written, 0 user(s) skipped (mailed within 7 days)");
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    [Fact]
    public async Task A_report_run_writes_its_three_files_and_posts_the_kpis()
    {
        await using var emulator = await EmulatorHost.StartAsync("demo");
        var output = Path.Combine(QualityJobTestHost.NewDirectory(), "report");
        await using var jobs = await QualityJobTestHost.StartAsync(emulator, q =>
        {
            q.Report.Enabled = true;
            q.Report.Schedule = "30 6 * * *";
            q.Report.OutputDirectory = output;
        });
        Assert.Null(jobs.Scheduler.WaitingFor(QualityJobKind.Reminder)); // off by default

        var due = QualityJobTestHost.Start.AddMinutes(30);
        await jobs.WhenWaitingForAsync(QualityJobKind.Report, due);
        jobs.Clock.Advance(TimeSpan.FromMinutes(30));
        var run = await jobs.WhenRunAsync(QualityJobKind.Report);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        foreach (var name in new[] { ReportOutputs.Excel, ReportOutputs.Html, ReportOutputs.Json })
        {
            var path = Path.Combine(output, name);
            Assert.True(new FileInfo(path).Length > 0, $"{name} written");
            Assert.Contains(run.Lines, l => l.Message == $"Wrote {path}");
        }
        Assert.Contains("\"workspace\"", await File.ReadAllTextAsync(Path.Combine(output, ReportOutputs.Json)), StringComparison.OrdinalIgnoreCase);
        using var lx = jobs.Host.NewClient();
        var schema = Assert.Single(await lx.Metrics.GetSchemasAsync(), s => s.Name == QualityKpiPublisher.SchemaName);
        Assert.Contains(await lx.Metrics.GetPointsAsync(schema.Uuid!, due.AddHours(-1), due.AddHours(1)), p => p.Timestamp == due);
        await jobs.WhenWaitingForAsync(QualityJobKind.Report, due.AddDays(1));
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    [Fact]
    public async Task A_failing_run_is_recorded_and_the_schedule_goes_on()
    {
        await using var emulator = await EmulatorHost.StartAsync("demo");
        // Valid JSON, but a type the workspace does not have: only the run (which knows the data model) can tell.
        await using var jobs = await QualityJobTestHost.StartAsync(emulator, q =>
        {
            q.Report.Enabled = true;
            q.Report.Schedule = "0 * * * *";
            q.Report.OutputDirectory = Path.Combine(Path.GetTempPath(), $"lx-quality-never-{Guid.NewGuid():N}");
        }, qualityFileJson: """{ "checkers": { "missingDescription": { "types": ["NoSuchType"] } } }""");

        await jobs.WhenWaitingForAsync(QualityJobKind.Report, MondaySeven);
        jobs.Clock.Advance(TimeSpan.FromHours(1));
        var run = await jobs.WhenRunAsync(QualityJobKind.Report);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("checkers.missingDescription.types", run.Error);
        Assert.Contains(run.Lines, l => l.Level == LogLevel.Error);
        await jobs.WhenWaitingForAsync(QualityJobKind.Report, MondaySeven.AddHours(1));
    }
}
