using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeanIX.Client.Wire;

namespace LeanIX.Client.ManagedCode;

/// <summary>
/// Managed code execution (<c>lx.ManagedCode</c>, <c>/services/managed-code-execution/v1</c>, admin.md §8.3, D58): execution
/// configurations and their execution logs. The service answers <c>{"data": …}</c>. LeanIX does not yet delete
/// configurations (the seed: "not available in LeanIX yet"); such a delete fails with the service's 405.
/// </summary>
public sealed class ManagedCodeClient
{
    private const string Base = "services/managed-code-execution/v1/executionConfigurations";
    private readonly LeanIXConnection _connection;

    internal ManagedCodeClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>Every configuration, or those of one capability (<see cref="ManagedCodeCapability"/> constants).</summary>
    public async Task<IReadOnlyList<ExecutionConfiguration>> ListConfigurationsAsync(string? capability = null, CancellationToken cancellationToken = default)
    {
        var envelope = await _connection.SendAsync(HttpMethod.Get, Base, Wire.EnvelopeWire, null,
            new Dictionary<string, string?> { ["capability"] = capability }, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ListExecutionConfiguration, $"GET /{Base}");
    }

    /// <summary>One configuration.</summary>
    /// <exception cref="LeanIXNotFoundException">There is none with this id.</exception>
    public async Task<ExecutionConfiguration> GetConfigurationAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var envelope = await _connection.SendAsync(HttpMethod.Get, $"{Base}/{IdArgument.NotEmpty(id, "configuration")}", Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ExecutionConfiguration, $"GET /{Base}/{{id}}");
    }

    /// <summary>Creates a configuration; name, code and capability are required.</summary>
    public async Task<ExecutionConfiguration> CreateConfigurationAsync(ExecutionConfiguration configuration, CancellationToken cancellationToken = default)
    {
        Validate(configuration);
        if (configuration.Capability is null) throw new ArgumentException("A new configuration needs a capability.", nameof(configuration));
        return await WriteAsync(HttpMethod.Post, Base, configuration with { Id = null, Version = null, CreatedAt = null, UpdatedAt = null }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Replaces a loaded configuration; a changed code becomes a new version.</summary>
    public async Task<ExecutionConfiguration> UpdateConfigurationAsync(ExecutionConfiguration configuration, CancellationToken cancellationToken = default)
    {
        Validate(configuration);
        var id = configuration.Id ?? throw new ArgumentException("Only a configuration with an id can be updated; create it first.", nameof(configuration));
        return await WriteAsync(HttpMethod.Put, $"{Base}/{IdArgument.NotEmpty(id, "configuration")}", configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a configuration with its logs, where the service allows it (LeanIX does not yet: 405).</summary>
    public async Task DeleteConfigurationAsync(Guid id, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/{IdArgument.NotEmpty(id, "configuration")}", null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Deletes every configuration (or those of one capability) once <paramref name="confirm"/>, asked with the list, answers
    /// true; otherwise nothing is deleted. Returns the configurations deleted.
    /// </summary>
    public async Task<IReadOnlyList<ExecutionConfiguration>> DeleteConfigurationsAsync(Func<IReadOnlyList<ExecutionConfiguration>, bool> confirm,
        string? capability = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirm);
        var all = await ListConfigurationsAsync(capability, cancellationToken).ConfigureAwait(false);
        if (all.Count == 0 || !confirm(all)) return [];
        foreach (var configuration in all) await DeleteConfigurationAsync(configuration.Id!.Value, cancellationToken).ConfigureAwait(false);
        return all;
    }

    /// <summary>The executions of a configuration, newest first.</summary>
    public async Task<IReadOnlyList<ExecutionLogEntry>> GetLogEntriesAsync(Guid configurationId, CancellationToken cancellationToken = default)
    {
        var path = $"{Base}/{IdArgument.NotEmpty(configurationId, "configuration")}/executionLogs";
        var envelope = await _connection.SendAsync(HttpMethod.Get, path, Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ListExecutionLogEntry, $"GET /{Base}/{{id}}/executionLogs");
    }

    /// <summary>One execution of a configuration.</summary>
    /// <exception cref="LeanIXNotFoundException">The configuration or the log entry does not exist.</exception>
    public async Task<ExecutionLogEntry> GetLogEntryAsync(Guid configurationId, Guid logId, CancellationToken cancellationToken = default)
    {
        var path = $"{Base}/{IdArgument.NotEmpty(configurationId, "configuration")}/executionLogs/{IdArgument.NotEmpty(logId, "log entry")}";
        var envelope = await _connection.SendAsync(HttpMethod.Get, path, Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ExecutionLogEntry, $"GET /{Base}/{{id}}/executionLogs/{{logId}}");
    }

    private async Task<ExecutionConfiguration> WriteAsync(HttpMethod method, string path, ExecutionConfiguration configuration, CancellationToken cancellationToken)
    {
        var envelope = await _connection.SendAsync(method, path, Wire.EnvelopeWire, LeanIXConnection.Serialize(configuration, Wire.ExecutionConfiguration),
            null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ExecutionConfiguration, $"{method} /{Base}");
    }

    private static T DataOf<T>(EnvelopeWire envelope, JsonTypeInfo<T> type, string operation) =>
        envelope.Data is { ValueKind: not JsonValueKind.Null } data
            ? LeanIXConnection.Read(data, type, operation)
            : throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);

    private static void Validate(ExecutionConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration.Name)) throw new ArgumentException("A configuration needs a name.", nameof(configuration));
        if (string.IsNullOrWhiteSpace(configuration.Code)) throw new ArgumentException("A configuration needs its code.", nameof(configuration));
    }

}
