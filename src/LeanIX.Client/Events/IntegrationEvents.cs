namespace LeanIX.Client.Events;

/// <summary>
/// INTEGRATION_RUN_STARTED/FINISHED/ABORTED: an Integration API run. These payloads have no event class name;
/// <see cref="LeanIXEvent.Type"/> is the integration kind (<c>INTEGRATION-API</c>, <c>SERVICENOW</c>; webhooks.md §7).
/// </summary>
public sealed record IntegrationRunEvent : LeanIXEvent
{
    /// <summary>FULL or PARTIAL.</summary>
    public string? Scope { get; init; }

    /// <summary>The connector version.</summary>
    public string? Version { get; init; }

    /// <summary>Run time in seconds.</summary>
    public double? Duration { get; init; }

    /// <summary>STARTED, FINISHED or ABORTED.</summary>
    public string? Progress { get; init; }

    /// <summary>INBOUND or OUTBOUND.</summary>
    public string? Direction { get; init; }

    /// <summary>Errors in the run.</summary>
    public int? ErrorCount { get; init; }

    /// <summary>Warnings in the run.</summary>
    public int? WarningCount { get; init; }

    /// <summary>Processed items.</summary>
    public int? ProcessedCount { get; init; }

    /// <summary>The connector id.</summary>
    public string? ConnectorId { get; init; }

    /// <summary>The connector type.</summary>
    public string? ConnectorType { get; init; }

    /// <summary>The integrated tool.</summary>
    public string? IntegratedTool { get; init; }

    /// <summary>The synchronization run id.</summary>
    public Guid? SynchronizationId { get; init; }
}

/// <summary>
/// CONFIGURATION_CREATED/UPDATED/DELETED/ACTIVATED/DEACTIVATED: an Integration API processor configuration changed
/// (subscribe with <c>["integrations", TAG]</c>); <see cref="LeanIXEvent.Type"/> is the tag (webhooks.md §7).
/// </summary>
public sealed record IntegrationConfigurationEvent : LeanIXEvent
{
    /// <summary>The connector id.</summary>
    public string? ConnectorId { get; init; }

    /// <summary>The connector type.</summary>
    public string? ConnectorType { get; init; }

    /// <summary>The connector version.</summary>
    public string? ConnectorVersion { get; init; }

    /// <summary>full or partial.</summary>
    public string? ProcessingMode { get; init; }

    /// <summary>inbound or outbound.</summary>
    public string? ProcessingDirection { get; init; }

    /// <summary>e.g. <c>Integration API</c>.</summary>
    public string? IntegrationType { get; init; }
}

/// <summary><c>AUTOMATION_TRIGGERED</c>: an automation's webhook step ran (identified by <c>tag: AUTOMATION_WEBHOOK_TAG</c>, webhooks.md §7).</summary>
public sealed record AutomationTriggeredEvent : LeanIXEvent
{
    /// <summary>Always <c>AUTOMATION_WEBHOOK_TAG</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>The fact sheet that triggered the automation.</summary>
    public AutomationFactSheet? FactSheet { get; init; }

    /// <summary>The automation.</summary>
    public AutomationInfo? Automation { get; init; }
}

/// <summary>The fact sheet in an automation event.</summary>
public sealed record AutomationFactSheet
{
    /// <summary>The fact sheet id.</summary>
    public Guid Id { get; init; }

    /// <summary>The fact sheet type.</summary>
    public string? Type { get; init; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; init; }
}

/// <summary>The automation in an automation event.</summary>
public sealed record AutomationInfo
{
    /// <summary>The automation id.</summary>
    public Guid Id { get; init; }

    /// <summary>The automation's page in the LeanIX admin.</summary>
    public string? SourceUrl { get; init; }
}

/// <summary>An event whose type this client does not know; <see cref="Raw"/> holds the payload so nothing is lost.</summary>
public sealed record UnknownEvent : LeanIXEvent
{
    /// <summary>The whole payload.</summary>
    public System.Text.Json.JsonElement Raw { get; init; }
}
