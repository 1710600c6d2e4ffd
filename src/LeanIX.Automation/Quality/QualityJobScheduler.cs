using System.Collections.Concurrent;
using LeanIX.Automation.Hosting;
using LeanIX.Quality.Reminders;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Quality;

/// <summary>
/// Runs the enabled quality jobs on their cron expressions (Cronos, through <see cref="ReminderSchedule"/>) on the host's
/// <see cref="TimeProvider"/>. Each job has one loop: wait for the next occurrence, run, wait again. So a job never overlaps
/// itself; a run that outlasts an occurrence skips it (the next one is computed after the run). A failed run is recorded
/// by <see cref="QualityJobRunner"/> and the loop goes on.
/// </summary>
internal sealed partial class QualityJobScheduler(QualityJobRunner runner, WorkspaceConnection workspace, TimeProvider clock,
    IOptions<QualityJobOptions> options, ILogger<QualityJobScheduler> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<QualityJobKind, DateTimeOffset> _waitingFor = new();

    /// <summary>The occurrence <paramref name="kind"/> is waiting for (its timer is set), or null while it runs or when it is off.</summary>
    public DateTimeOffset? WaitingFor(QualityJobKind kind) => _waitingFor.TryGetValue(kind, out var at) ? at : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var jobs = new List<Task>();
        var settings = options.Value;
        if (settings.Reminder.Enabled) jobs.Add(LoopAsync(QualityJobKind.Reminder, settings.Reminder, stoppingToken));
        if (settings.Report.Enabled) jobs.Add(LoopAsync(QualityJobKind.Report, settings.Report, stoppingToken));
        await Task.WhenAll(jobs).ConfigureAwait(false);
    }

    private async Task LoopAsync(QualityJobKind kind, QualityScheduleOptions job, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var schedule = ReminderSchedule.Parse(job.Schedule, job.TimeZone); // validated at start-up
        try
        {
            await workspace.WhenConnectedAsync(stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (schedule.Next(clock.GetUtcNow()) is not { } next)
                {
                    LogNeverAgain(logger, QualityJobNames.NameOf(kind), job.Schedule);
                    return;
                }
                LogNext(logger, QualityJobNames.NameOf(kind), next);
                // The timer is set before the occurrence is published, so whoever sees WaitingFor may move the clock on.
                var delay = next - clock.GetUtcNow();
                var due = delay > TimeSpan.Zero ? Task.Delay(delay, clock, stoppingToken) : Task.CompletedTask;
                _waitingFor[kind] = next;
                await due.ConfigureAwait(false);
                _waitingFor.TryRemove(kind, out _);
                try
                {
                    var run = await runner.RunAsync(kind, stoppingToken).ConfigureAwait(false);
                    LogRan(logger, QualityJobNames.NameOf(kind), run.Status.ToString(), run.FinishedAt - run.StartedAt);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The run itself records its failures; this is the run history failing to store one. The schedule goes on.
                    LogNotRecorded(logger, QualityJobNames.NameOf(kind), e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally { _waitingFor.TryRemove(kind, out _); }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: next run at {At:u}")]
    private static partial void LogNext(ILogger logger, string job, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: run {Status} in {Duration}")]
    private static partial void LogRan(ILogger logger, string job, string status, TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job}: the run could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, string job, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job}: the schedule '{Schedule}' has no further occurrence; the job stops")]
    private static partial void LogNeverAgain(ILogger logger, string job, string schedule);
}
