namespace LeanIX.Automation.Runs;

/// <summary>One automation applied to one event.</summary>
/// <param name="Id">The run id.</param>
/// <param name="AutomationId">The automation.</param>
/// <param name="AutomationName">Its name when it ran.</param>
/// <param name="EventSequence">The inbox event, or null for a run outside the inbox.</param>
/// <param name="EventType">The event's type.</param>
/// <param name="FactSheetId">The fact sheet, or null.</param>
/// <param name="Trigger">event, initial-sync or replay.</param>
/// <param name="Status">How it ended.</param>
/// <param name="StartedAt">Start.</param>
/// <param name="FinishedAt">End.</param>
/// <param name="Error">The failure, or null.</param>
/// <param name="Lines">What the handler logged.</param>
public sealed record AutomationRun(string Id, string AutomationId, string AutomationName, long? EventSequence, string? EventType,
    Guid? FactSheetId, string Trigger, RunStatus Status, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string? Error,
    IReadOnlyList<LogLine> Lines);

/// <summary>How a run ended.</summary>
public enum RunStatus
{
    /// <summary>The handler finished.</summary>
    Succeeded,
    /// <summary>The handler threw (the event is retried or dead-lettered).</summary>
    Failed
}
