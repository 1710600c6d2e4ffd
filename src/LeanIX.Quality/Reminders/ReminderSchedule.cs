using Cronos;
using LeanIX.Quality.Configuration;

namespace LeanIX.Quality.Reminders;

/// <summary>When the reminder runs: a cron expression (5 fields, or 6 with seconds) in a time zone, parsed with Cronos.</summary>
public sealed class ReminderSchedule
{
    private readonly CronExpression _cron;
    private readonly TimeZoneInfo _zone;

    private ReminderSchedule(string expression, CronExpression cron, TimeZoneInfo zone)
    {
        Expression = expression;
        _cron = cron;
        _zone = zone;
    }

    /// <summary>The expression as configured.</summary>
    public string Expression { get; }

    /// <summary>Parses <paramref name="expression"/>; a bad one raises <see cref="QualityConfigurationException"/> for <c>reminder.schedule</c>.</summary>
    public static ReminderSchedule Parse(string expression, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(expression);
        TimeZoneInfo zone;
        try { zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new QualityConfigurationException("reminder.timeZone", $"'{timeZone}' is not a known time zone.");
        }
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            var cron = CronExpression.Parse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return new ReminderSchedule(expression, cron, zone);
        }
        catch (CronFormatException e)
        {
            throw new QualityConfigurationException("reminder.schedule", $"'{expression}' is not a cron expression: {e.Message}");
        }
    }

    /// <summary>The next run strictly after <paramref name="after"/>, or null when the expression never fires again.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => _cron.GetNextOccurrence(after, _zone);
}
