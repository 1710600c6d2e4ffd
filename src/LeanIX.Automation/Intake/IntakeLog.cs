namespace LeanIX.Automation.Intake;

/// <summary>The PUSH endpoint's logger, made once (not per request: <c>CreateLogger</c> looks it up under a lock).</summary>
internal sealed class IntakeLog(ILoggerFactory loggers)
{
    /// <summary>The logger of category <c>LeanIX.Automation.Intake</c>.</summary>
    public ILogger Logger { get; } = loggers.CreateLogger("LeanIX.Automation.Intake");
}
