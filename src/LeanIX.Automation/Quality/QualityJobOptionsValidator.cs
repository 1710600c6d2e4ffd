using LeanIX.Automation.Hosting;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Reminders;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Quality;

/// <summary>
/// Checks <c>Automation:Quality</c> at start-up (ValidateOnStart): each enabled job's cron expression and time zone, the
/// report's output directory, that the reminder has somewhere to send, and the quality configuration file. Every failure
/// names the bad key, e.g. <c>Automation:Quality:Reminder:Schedule</c>.
/// </summary>
internal sealed class QualityJobOptionsValidator(IOptions<AutomationOptions> host) : IValidateOptions<QualityJobOptions>
{
    public ValidateOptionsResult Validate(string? name, QualityJobOptions options)
    {
        var failures = new List<string>();
        Check(failures, "Reminder", options.Reminder);
        Check(failures, "Report", options.Report);
        if (options.Report.Enabled && string.IsNullOrWhiteSpace(options.Report.OutputDirectory))
            failures.Add($"{QualityJobOptions.Section}:Report:OutputDirectory: is required when the report is enabled.");
        if (!options.Reminder.Enabled && !options.Report.Enabled) return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        ReminderOptions? reminder = null;
        if (options.ConfigurationPath is { } path)
        {
            try
            {
                var configuration = QualityConfiguration.Parse(File.ReadAllText(path));
                reminder = ReminderOptions.Read(configuration.Reminder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add($"{QualityJobOptions.Section}:ConfigurationPath: cannot read '{path}': {e.Message}");
            }
            catch (QualityConfigurationException e)
            {
                failures.Add($"{QualityJobOptions.Section}:ConfigurationPath: '{path}': {e.Message}");
            }
        }
        if (options.Reminder.Enabled && options.Reminder.DryRunDirectory is null && reminder?.Smtp is null && string.IsNullOrWhiteSpace(host.Value.Smtp.Host))
            failures.Add($"{QualityJobOptions.Section}:Reminder: no SMTP server to send to; set Automation:Smtp:Host (or reminder.smtp in the quality file), or DryRunDirectory to write .eml files.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string job, QualityScheduleOptions options)
    {
        if (!options.Enabled) return;
        try { _ = ReminderSchedule.Parse(options.Schedule ?? "", options.TimeZone ?? ""); }
        catch (QualityConfigurationException e)
        {
            // The library names its own key (reminder.schedule / reminder.timeZone); the host's key is what the user must fix.
            var key = e.Key.EndsWith("timeZone", StringComparison.Ordinal) ? "TimeZone" : "Schedule";
            var problem = e.Message[(e.Message.IndexOf("': ", StringComparison.Ordinal) + 3)..];
            failures.Add($"{QualityJobOptions.Section}:{job}:{key}: {problem}");
        }
    }
}
