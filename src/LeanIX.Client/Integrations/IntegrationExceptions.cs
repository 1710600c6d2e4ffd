namespace LeanIX.Client;

/// <summary>
/// A synchronization run ended FAILED or STOPPED. The message names the run, its state and the service's reasons (the
/// description and the run's error warnings); <see cref="Result"/> holds everything that was read about the run.
/// </summary>
public sealed class IntegrationRunFailedException(string message, IntegrationRunResult result)
    : LeanIXRequestFailedException(message, "Integration API run " + result.RunId.ToString("D"), null, result.Status)
{
    /// <summary>The run as read when it ended.</summary>
    public IntegrationRunResult Result { get; } = result;
}

/// <summary>A run did not end within the wait the caller allowed; the run itself goes on (stop it with <see cref="IntegrationsClient.StopRunAsync"/>).</summary>
public sealed class IntegrationRunTimeoutException(Guid runId, string lastStatus, TimeSpan waited)
    : LeanIXRequestFailedException($"Integration API run {runId:D} is still {lastStatus} after {waited.TotalSeconds:0} s.", "Integration API run " + runId.ToString("D"), null, lastStatus)
{
    /// <summary>The run that is still going.</summary>
    public Guid RunId { get; } = runId;
}

/// <summary><see cref="IntegrationsClient.CreateConfigurationAsync"/> found a configuration with the same identity.</summary>
public sealed class IntegrationConfigurationExistsException(ConnectorIdentity identity)
    : LeanIXRequestFailedException($"A processor configuration {identity.ConnectorType}/{identity.ConnectorId}/{identity.ConnectorVersion}/{identity.ProcessingDirection}/{identity.ProcessingMode} already exists; use CreateOrUpdateConfigurationAsync to replace it.",
        "PUT /services/integration-api/v1/configurations")
{
    /// <summary>The identity that is taken.</summary>
    public ConnectorIdentity Identity { get; } = identity;
}
