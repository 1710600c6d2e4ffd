namespace LeanIX.Automation.Quality;

/// <summary>
/// The scheduled data-quality jobs, section <c>Automation:Quality</c>: the reminder mails and the completeness report, each
/// on its own cron expression. Both are off by default, so a host that does not ask for them runs as before.
/// </summary>
public sealed class QualityJobOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Automation:Quality";

    /// <summary>
    /// The quality configuration file (checkers, organisations, <c>reminder</c>; see <c>QualityConfiguration</c>), or null for
    /// the defaults. Read and validated at start-up and again before every run, so an edit applies to the next run.
    /// </summary>
    public string? ConfigurationPath { get; set; }

    /// <summary>The <c>QualityIssueReminder</c> job.</summary>
    public QualityReminderJobOptions Reminder { get; set; } = new();

    /// <summary>The <c>DataCompletenessPerOrganization</c> job.</summary>
    public QualityReportJobOptions Report { get; set; } = new();
}

/// <summary>What every scheduled job has: whether it runs and when.</summary>
public abstract class QualityScheduleOptions
{
    /// <summary>Whether the job runs at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>The cron expression (5 fields, or 6 with seconds; Cronos), read in <see cref="TimeZone"/>.</summary>
    public abstract string Schedule { get; set; }

    /// <summary>The time zone the schedule is read in (IANA id).</summary>
    public string TimeZone { get; set; } = "UTC";
}

/// <summary>The reminder job. Mails go to the quality file's <c>reminder.smtp</c>, else to the host's <c>Automation:Smtp</c>.</summary>
public sealed class QualityReminderJobOptions : QualityScheduleOptions
{
    /// <inheritdoc/>
    public override string Schedule { get; set; } = "0 7 * * 1";

    /// <summary>A dry run: the mails are written as <c>.eml</c> files into this directory instead of being sent (throttling untouched).</summary>
    public string? DryRunDirectory { get; set; }
}

/// <summary>The report job: the Excel, HTML and JSON files, and the KPI point in the metrics service.</summary>
public sealed class QualityReportJobOptions : QualityScheduleOptions
{
    /// <inheritdoc/>
    public override string Schedule { get; set; } = "0 6 * * *";

    /// <summary>Where the three files are written (replaced by each run).</summary>
    public string OutputDirectory { get; set; } = "quality-report";

    /// <summary>Whether each run posts its KPIs to the <c>Data Quality</c> metrics schema.</summary>
    public bool PublishMetrics { get; set; } = true;
}
