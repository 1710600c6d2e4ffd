using LeanIX.Automation.Runs;

namespace LeanIX.Automation.Web;

/// <summary>
/// What the "last runs" table shows: the runs, and which automations still exist. A run links to its own page
/// (<c>/runs/{id}</c>) always, and to its automation only when that automation is configured: scheduled quality jobs
/// and deleted automations have runs in the history but no automation page.
/// </summary>
/// <param name="Runs">The runs, newest first.</param>
/// <param name="AutomationIds">The ids of the configured automations.</param>
public sealed record RunList(IReadOnlyList<AutomationRun> Runs, IReadOnlySet<string> AutomationIds)
{
    /// <summary>The path of a run's page.</summary>
    public static string PathOf(AutomationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return $"/runs/{Uri.EscapeDataString(run.Id)}";
    }

    /// <summary>Whether <paramref name="run"/>'s automation has a page.</summary>
    public bool HasAutomationPage(AutomationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return AutomationIds.Contains(run.AutomationId);
    }

    /// <summary>Why a run has no automation page: a scheduled job, or an automation deleted since.</summary>
    public static string WithoutPageNote(AutomationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Trigger == Quality.QualityJobNames.Trigger ? "scheduled job" : "deleted automation";
    }
}
