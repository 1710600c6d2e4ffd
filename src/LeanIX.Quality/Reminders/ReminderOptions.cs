using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Mail;

namespace LeanIX.Quality.Reminders;

/// <summary>
/// How <see cref="QualityIssueReminder"/> works (configuration section <c>reminder</c>): <c>smtp</c> (<see cref="SmtpSettings"/>),
/// <c>from</c>, <c>subject</c>, <c>throttleDays</c> (one mail per user per N days, default 7), <c>stateFile</c> (SQLite),
/// <c>syncTodos</c>, <c>todoDueDays</c>, <c>schedule</c> (cron, for the automation host) and <c>timeZone</c>.
/// </summary>
public sealed record ReminderOptions
{
    /// <summary>The SMTP server; null when mails are only written as files.</summary>
    public SmtpSettings? Smtp { get; init; }

    /// <summary>The sender address.</summary>
    public string From { get; init; } = "leanix-quality@example.com";

    /// <summary>The subject line.</summary>
    public string Subject { get; init; } = "LeanIX: fact sheets that need your attention";

    /// <summary>No more than one mail per user per this many days.</summary>
    public int ThrottleDays { get; init; } = 7;

    /// <summary>The SQLite file that remembers when each user was last sent a mail.</summary>
    public string StateFile { get; init; } = "quality-reminders.db";

    /// <summary>Whether one to-do per fact sheet and gap code is kept in step with the gaps.</summary>
    public bool SyncTodos { get; init; }

    /// <summary>Due date of new to-dos, in days from today; null for none.</summary>
    public int? TodoDueDays { get; init; }

    /// <summary>The cron expression the automation host runs the reminder on (5 fields; see <see cref="ReminderSchedule"/>).</summary>
    public string Schedule { get; init; } = "0 7 * * 1";

    /// <summary>The time zone the schedule is read in (IANA id).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>The parsed <see cref="Schedule"/>.</summary>
    public ReminderSchedule ParsedSchedule => ReminderSchedule.Parse(Schedule, TimeZone);

    /// <summary>Reads the <c>reminder</c> section; an error names the bad key.</summary>
    public static ReminderOptions Read(JsonObject? section)
    {
        if (section is null) return new ReminderOptions();
        string[] known = ["smtp", "from", "subject", "throttleDays", "stateFile", "syncTodos", "todoDueDays", "schedule", "timeZone"];
        foreach (var (key, _) in section)
            if (!known.Contains(key)) throw new QualityConfigurationException($"reminder.{key}", $"unknown setting. Known settings here: {string.Join(", ", known)}.");
        var defaults = new ReminderOptions();
        var options = new ReminderOptions
        {
            Smtp = section["smtp"] is { } smtp ? SmtpSettings.From(smtp as JsonObject ?? throw new QualityConfigurationException("reminder.smtp", "expected an object.")) : null,
            From = Text(section, "from") ?? defaults.From,
            Subject = Text(section, "subject") ?? defaults.Subject,
            ThrottleDays = Number(section, "throttleDays") ?? defaults.ThrottleDays,
            StateFile = Text(section, "stateFile") ?? defaults.StateFile,
            SyncTodos = section["syncTodos"] is { } sync ? (sync is JsonValue v && v.TryGetValue<bool>(out var b) ? b : throw new QualityConfigurationException("reminder.syncTodos", "expected true or false.")) : false,
            TodoDueDays = Number(section, "todoDueDays"),
            Schedule = Text(section, "schedule") ?? defaults.Schedule,
            TimeZone = Text(section, "timeZone") ?? defaults.TimeZone
        };
        if (options.ThrottleDays < 0) throw new QualityConfigurationException("reminder.throttleDays", "must not be negative.");
        if (!MimeKit.MailboxAddress.TryParse(options.From, out _)) throw new QualityConfigurationException("reminder.from", $"'{options.From}' is not an e-mail address.");
        _ = options.ParsedSchedule; // a bad cron expression or time zone fails here, naming its key
        return options;
    }

    internal static string? Text(JsonObject section, string key, string prefix = "reminder") => section[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => throw new QualityConfigurationException($"{prefix}.{key}", $"expected a text, got {other.ToJsonString()}.")
    };

    internal static int? Number(JsonObject section, string key, string prefix = "reminder") => section[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) => i,
        var other => throw new QualityConfigurationException($"{prefix}.{key}", $"expected a whole number, got {other.ToJsonString()}.")
    };
}
