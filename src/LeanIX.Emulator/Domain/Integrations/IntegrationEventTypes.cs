namespace LeanIX.Emulator.Domain.Integrations;

/// <summary>
/// Integration API run events (webhooks.md §7, D75). Their change records carry the whole payload in
/// <see cref="ChangeRecord.NewValue"/> (fixture INTEGRATION_RUN_FINISHED.json), since a run is not a stored entity.
/// </summary>
public static class IntegrationEventTypes
{
    public const string RunStarted = "INTEGRATION_RUN_STARTED";
    public const string RunFinished = "INTEGRATION_RUN_FINISHED";
    public const string RunAborted = "INTEGRATION_RUN_ABORTED";

    /// <summary>The change record's entity type.</summary>
    public const string EntityType = "IntegrationRun";

    public static bool IsRunEvent(string eventType) => eventType is RunStarted or RunFinished or RunAborted;
}
