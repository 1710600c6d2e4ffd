using LeanIX.Automation.Hosting;
using LeanIX.Automation.Processing;
using LeanIX.Automation.Runs;
using LeanIX.Quality;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Mail;
using LeanIX.Quality.Reminders;
using LeanIX.Quality.Reports;
using LeanIX.Quality.Workspace;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Quality;

/// <summary>
/// Runs one quality job against the host's workspace, as <c>leanix quality remind</c> / <c>report</c> do: the quality
/// configuration read afresh, one preload into a client of its own (so the run sees the workspace as it is now and the
/// host's uncached client stays untouched), the checkers, then the mails or the three report files. Every run, failed or
/// not, is recorded in <see cref="IRunHistory"/> with its log lines.
/// </summary>
internal sealed partial class QualityJobRunner(WorkspaceConnection workspace, IRunHistory runs, TimeProvider clock,
    IOptionsMonitor<QualityJobOptions> options, IOptions<AutomationOptions> host, ILogger<QualityJobRunner> logger)
{
    /// <summary>Runs <paramref name="kind"/> once and records it; returns the recorded run. Throws only on cancellation.</summary>
    public async Task<AutomationRun> RunAsync(QualityJobKind kind, CancellationToken cancellationToken)
    {
        var log = new RunLogger(logger, clock, live: null);
        var started = clock.GetUtcNow();
        string? error = null;
        try
        {
            var settings = options.CurrentValue;
            var configuration = settings.ConfigurationPath is { } path
                ? await QualityConfiguration.LoadAsync(path, cancellationToken).ConfigureAwait(false)
                : new QualityConfiguration();
            await workspace.WhenConnectedAsync(cancellationToken).ConfigureAwait(false);
            using var client = workspace.CreateCachingClient();
            var model = await client.DataModel.GetAsync(cancellationToken).ConfigureAwait(false);
            var checkers = QualityCheckerRegistry.CreateDefault().Create(configuration.Checkers, model);
            var loaded = await QualityWorkspace.LoadAsync(client, configuration.Organizations, clock: clock, cancellationToken: cancellationToken).ConfigureAwait(false);
            var result = QualityRunner.Run(loaded, checkers);
            LogChecked(log, loaded.FactSheets.Count, checkers.Count, result.Gaps.Count, result.GapsByFactSheet.Count);
            if (kind == QualityJobKind.Reminder) await RemindAsync(settings.Reminder, configuration, result, log, cancellationToken).ConfigureAwait(false);
            else await ReportAsync(settings.Report, client, result, log, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // A failed run is recorded and the schedule goes on; the next occurrence tries again.
            error = $"{e.GetType().Name}: {e.Message}";
            LogFailed(log, QualityJobNames.NameOf(kind), e);
        }
        var run = new AutomationRun(Guid.NewGuid().ToString("N"), QualityJobNames.IdOf(kind), QualityJobNames.NameOf(kind), null, null, null,
            QualityJobNames.Trigger, error is null ? RunStatus.Succeeded : RunStatus.Failed, started, clock.GetUtcNow(), error, log.Lines);
        await runs.RecordAsync(run, CancellationToken.None).ConfigureAwait(false);
        return run;
    }

    private async Task RemindAsync(QualityReminderJobOptions job, QualityConfiguration configuration, QualityResult result, ILogger log, CancellationToken cancellationToken)
    {
        var reminder = ReminderOptions.Read(configuration.Reminder);
        var smtp = host.Value.Smtp;
        if (reminder.Smtp is null && !string.IsNullOrWhiteSpace(smtp.Host))
        {
            // The host's SMTP server, unless the quality file names its own; and the host's sender, unless the file sets one.
            reminder = reminder with { Smtp = new SmtpSettings { Host = smtp.Host, Port = smtp.Port, User = smtp.User, Password = smtp.Password, StartTls = smtp.StartTls } };
            if (configuration.Reminder?["from"] is null) reminder = reminder with { From = smtp.From };
        }
        IMailTransport transport = job.DryRunDirectory is { } directory
            ? new EmlDirectoryTransport(directory)
            : new SmtpMailTransport(reminder.Smtp ?? throw new InvalidOperationException(
                "No SMTP server to send to: set Automation:Smtp:Host (or reminder.smtp in the quality file), or Automation:Quality:Reminder:DryRunDirectory."));
        var run = await new QualityIssueReminder(reminder, transport, clock).RunAsync(result, cancellationToken).ConfigureAwait(false);
        foreach (var destination in run.Destinations) LogMailed(log, destination);
        LogReminded(log, run.Sent.Count, transport.Delivers ? "sent" : "written", run.Throttled.Count, reminder.ThrottleDays);
        if (run.Todos is { } todos) LogTodos(log, todos.Created, todos.Kept, todos.Closed);
    }

    private static async Task ReportAsync(QualityReportJobOptions job, LeanIX.Client.LeanIXClient client, QualityResult result, ILogger log, CancellationToken cancellationToken)
    {
        var report = DataCompletenessPerOrganization.Build(result);
        foreach (var path in await ReportOutputs.WriteAsync(report, job.OutputDirectory, cancellationToken).ConfigureAwait(false)) LogWritten(log, path);
        if (job.PublishMetrics)
        {
            var point = await QualityKpiPublisher.PublishAsync(client, report, cancellationToken).ConfigureAwait(false);
            LogPublished(log, QualityKpiPublisher.SchemaName, point.Timestamp);
        }
        LogReported(log, report.Organizations.Count, report.Workspace.FactSheets, report.Workspace.Completeness, report.Gaps.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked {FactSheets} fact sheets with {Checkers} checkers: {Gaps} gaps on {WithGaps} fact sheets")]
    private static partial void LogChecked(ILogger logger, int factSheets, int checkers, int gaps, int withGaps);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail to {Destination}")]
    private static partial void LogMailed(ILogger logger, string destination);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Sent} mail(s) {How}, {Throttled} user(s) skipped (mailed within {Days} days)")]
    private static partial void LogReminded(ILogger logger, int sent, string how, int throttled, int days);

    [LoggerMessage(Level = LogLevel.Information, Message = "To-dos: {Created} created, {Kept} kept, {Closed} closed")]
    private static partial void LogTodos(ILogger logger, int created, int kept, int closed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Path}")]
    private static partial void LogWritten(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "KPIs posted to the '{Schema}' metrics schema at {At:u}")]
    private static partial void LogPublished(ILogger logger, string schema, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Organizations} organisations, {FactSheets} fact sheets, completeness {Completeness:0.#} %, {Gaps} gaps")]
    private static partial void LogReported(ILogger logger, int organizations, int factSheets, double completeness, int gaps);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
