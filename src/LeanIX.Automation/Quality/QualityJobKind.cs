namespace LeanIX.Automation.Quality;

/// <summary>The scheduled quality jobs; each has its own id in the run history.</summary>
public enum QualityJobKind
{
    /// <summary>The reminder mails (<c>QualityIssueReminder</c>).</summary>
    Reminder,

    /// <summary>The completeness report (<c>DataCompletenessPerOrganization</c>).</summary>
    Report
}

/// <summary>How a job appears in the run history (and so in the menu's "last runs").</summary>
public static class QualityJobNames
{
    /// <summary>The run history's automation id of <paramref name="kind"/>.</summary>
    public static string IdOf(QualityJobKind kind) => kind == QualityJobKind.Reminder ? "quality-reminder" : "quality-report";

    /// <summary>The name shown for <paramref name="kind"/>.</summary>
    public static string NameOf(QualityJobKind kind) => kind == QualityJobKind.Reminder ? "Quality reminder mails" : "Data completeness report";

    /// <summary>The trigger recorded for a scheduled run.</summary>
    public const string Trigger = "schedule";
}
