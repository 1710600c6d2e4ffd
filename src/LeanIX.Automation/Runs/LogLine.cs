namespace LeanIX.Automation.Runs;

/// <summary>One line of a run's or an initial sync's log, as the menu and the live log stream show it.</summary>
/// <param name="At">When it was written.</param>
/// <param name="Level">Information, Warning or Error.</param>
/// <param name="Message">The text (plain; encode it when showing it in HTML).</param>
public sealed record LogLine(DateTimeOffset At, LogLevel Level, string Message);
