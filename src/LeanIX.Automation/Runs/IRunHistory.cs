namespace LeanIX.Automation.Runs;

/// <summary>The runs of automations with their log lines, newest first: what the menu shows as "last runs".</summary>
public interface IRunHistory
{
    /// <summary>Stores a finished run.</summary>
    Task RecordAsync(AutomationRun run, CancellationToken cancellationToken = default);

    /// <summary>The last <paramref name="max"/> runs, of one automation or of all.</summary>
    Task<IReadOnlyList<AutomationRun>> LastRunsAsync(int max = 50, string? automationId = null, CancellationToken cancellationToken = default);

    /// <summary>One run with its log lines, or null when no run has this id.</summary>
    Task<AutomationRun?> GetAsync(string id, CancellationToken cancellationToken = default);
}
