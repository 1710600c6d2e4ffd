using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Xml;

namespace LeanIX.Client;

/// <summary>
/// The Integration API (<c>lx.Integrations</c>, <c>/services/integration-api/v1</c>, admin.md §1): processor configurations
/// and LDIF synchronization runs. Its bodies are bare JSON, not the pathfinder envelope (admin.md §0).
/// </summary>
public sealed class IntegrationsClient
{
    private const string Base = "services/integration-api/v1";
    private readonly LeanIXConnection _connection;

    internal IntegrationsClient(LeanIXConnection connection) => _connection = connection;

    /// <summary>The first wait between status polls; it doubles up to <see cref="MaxPollDelay"/>.</summary>
    internal TimeSpan InitialPollDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between status polls (the seed polls every 2–5 s, admin.md §1.5).</summary>
    internal TimeSpan MaxPollDelay { get; set; } = TimeSpan.FromSeconds(5);

    private static IntegrationsJsonContext Wire => IntegrationsJsonContext.Default;

    // ---- Configurations ------------------------------------------------------------------------------------------

    /// <summary>Every processor configuration of the workspace (seed <c>get_integrations</c>; D37: always a list).</summary>
    public async Task<IReadOnlyList<IntegrationConfiguration>> GetConfigurationsAsync(CancellationToken cancellationToken = default)
    {
        var body = await _connection.RequestAsync($"{Base}/configurations", HttpMethod.Get, cancellationToken: cancellationToken).ConfigureAwait(false);
        // D37: the spec types the answer as one object; accept that too.
        var items = body switch { JsonArray array => array.OfType<JsonObject>(), JsonObject single => [single], _ => [] };
        return items.Select(o => new IntegrationConfiguration(o)).ToList();
    }

    /// <summary>The configuration with exactly this identity, or null.</summary>
    public async Task<IntegrationConfiguration?> GetConfigurationAsync(ConnectorIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var body = await _connection.RequestAsync($"{Base}/configurations", HttpMethod.Get, query: identity.Query(), cancellationToken: cancellationToken).ConfigureAwait(false);
        var items = body switch { JsonArray array => array.OfType<JsonObject>(), JsonObject single => [single], _ => [] };
        return items.Select(o => new IntegrationConfiguration(o)).FirstOrDefault(c => c.Identity == identity);
    }

    /// <summary>
    /// Stores a new configuration (seed <c>create_integration</c>). The service's PUT is an upsert, so the check for an
    /// existing one is made here first (admin.md §1.5).
    /// </summary>
    /// <exception cref="IntegrationConfigurationExistsException">A configuration with the same identity exists.</exception>
    public async Task CreateConfigurationAsync(IntegrationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (await GetConfigurationAsync(configuration.Identity, cancellationToken).ConfigureAwait(false) is not null)
            throw new IntegrationConfigurationExistsException(configuration.Identity);
        await CreateOrUpdateConfigurationAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores or replaces the configuration with the same identity (seed <c>create_or_update_integration</c>; PUT, 204).</summary>
    public async Task CreateOrUpdateConfigurationAsync(IntegrationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        await _connection.RequestAsync($"{Base}/configurations", HttpMethod.Put, configuration.Json, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the configuration with this identity (seed <c>delete_integration</c>).</summary>
    /// <exception cref="LeanIXNotFoundException">No configuration has this identity.</exception>
    public async Task DeleteConfigurationAsync(ConnectorIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await _connection.RequestAsync($"{Base}/configurations", HttpMethod.Delete, query: identity.Query(), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    // ---- Runs ----------------------------------------------------------------------------------------------------

    /// <summary>
    /// Runs an LDIF (seed <c>run_integration(ldif, wait)</c>): creates and starts the run in one call
    /// (<c>POST /synchronizationRuns?start=true</c>). With <paramref name="wait"/>, polls the status with a growing pause
    /// (0.5 s doubling to 5 s) until the run ends, then reads its warnings, statistics and result LDIF.
    /// <paramref name="test"/> processes everything and writes nothing.
    /// </summary>
    /// <exception cref="IntegrationRunFailedException">The run ended FAILED or STOPPED (only when waiting).</exception>
    /// <exception cref="IntegrationRunTimeoutException">The run had not ended after <paramref name="maxWait"/> (default one hour).</exception>
    public Task<IntegrationRunResult> RunAsync(Ldif ldif, bool wait = true, bool test = false, TimeSpan? maxWait = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ldif);
        return RunAsync(ldif.ToJson(), wait, test, maxWait, cancellationToken);
    }

    /// <summary>Runs an LDIF given as JSON; see <see cref="RunAsync(Ldif, bool, bool, TimeSpan?, CancellationToken)"/>.</summary>
    public async Task<IntegrationRunResult> RunAsync(JsonObject ldif, bool wait = true, bool test = false, TimeSpan? maxWait = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ldif);
        if (maxWait is { } limit) ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(maxWait));
        var runId = await StartRunAsync(ldif, test, cancellationToken).ConfigureAwait(false);
        if (!wait)
            return new IntegrationRunResult { RunId = runId, Status = IntegrationRunStatus.Pending };
        var clock = _connection.Clock;
        var started = clock.GetTimestamp();
        var delay = InitialPollDelay;
        var status = await GetRunStatusAsync(runId, cancellationToken).ConfigureAwait(false);
        while (!IntegrationRunStatus.IsEnded(status.Status))
        {
            var waited = clock.GetElapsedTime(started);
            if (waited >= (maxWait ?? TimeSpan.FromHours(1))) throw new IntegrationRunTimeoutException(runId, status.Status ?? "unknown", waited);
            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollDelay.Ticks));
            status = await GetRunStatusAsync(runId, cancellationToken).ConfigureAwait(false);
        }
        var result = new IntegrationRunResult
        {
            RunId = runId,
            Status = status.Status!,
            Description = status.Description,
            Warnings = await GetRunWarningsAsync(runId, cancellationToken).ConfigureAwait(false),
            Statistics = await GetRunStatisticsAsync(runId, cancellationToken).ConfigureAwait(false),
        };
        if (result.Status != IntegrationRunStatus.Finished) throw new IntegrationRunFailedException(FailureMessage(result), result);
        var results = await GetRunResultsAsync(runId, cancellationToken).ConfigureAwait(false);
        return result with { ResultsJson = results, Results = results is null ? null : Ldif.FromJson(results) };
    }

    /// <summary>Creates and starts a run; returns its id (D38: read from an object, or from element 0 of an array).</summary>
    public async Task<Guid> StartRunAsync(JsonObject ldif, bool test = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ldif);
        var query = new Dictionary<string, string?> { ["start"] = "true" };
        if (test) query["test"] = "true";
        var body = await _connection.RequestAsync($"{Base}/synchronizationRuns", HttpMethod.Post, ldif, query, cancellationToken).ConfigureAwait(false);
        var operation = $"POST /{Base}/synchronizationRuns";
        return body switch
        {
            JsonObject o => Read(o, Wire.RunIdWire, operation).Id,
            JsonArray { Count: > 0 } a => Read(a, Wire.ListRunIdWire, operation)[0].Id,
            _ => throw new LeanIXRequestFailedException($"{operation}: the answer carries no run id.", operation)
        };
    }

    /// <summary>The run's state (<c>GET …/{id}/status</c>).</summary>
    /// <exception cref="LeanIXNotFoundException">No run has this id.</exception>
    public async Task<(string? Status, string? Description)> GetRunStatusAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        var operation = $"GET /{Base}/synchronizationRuns/{{id}}/status";
        var body = await _connection.RequestAsync($"{Base}/synchronizationRuns/{runId:D}/status", cancellationToken: cancellationToken).ConfigureAwait(false);
        var wire = Read(body, Wire.RunStatusWire, operation);
        return (wire.Status, wire.Description);
    }

    /// <summary>Every warning and error of a run, read in pages of 100 (<c>offset</c>/<c>limit</c>, IAPI-SPEC).</summary>
    public async Task<IReadOnlyList<IntegrationRunWarning>> GetRunWarningsAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        const int limit = 100;
        var operation = $"GET /{Base}/synchronizationRuns/{{id}}/warnings";
        var all = new List<IntegrationRunWarning>();
        while (true)
        {
            var query = new Dictionary<string, string?> { ["offset"] = all.Count.ToString(), ["limit"] = limit.ToString() };
            var body = await _connection.RequestAsync($"{Base}/synchronizationRuns/{runId:D}/warnings", query: query, cancellationToken: cancellationToken).ConfigureAwait(false);
            var page = body is null ? [] : Read(body, Wire.ListRunWarningWire, operation);
            all.AddRange(page.Select(w => new IntegrationRunWarning(w.Processor?.Name, w.Processor?.Index, w.Content, w.Message ?? "", w.Detail,
                w.Category, string.Equals(w.Status, "ERROR", StringComparison.OrdinalIgnoreCase))));
            if (page.Count < limit) return all;
        }
    }

    /// <summary>The run's counters (D39 <c>/stats</c>), or null when the service has none.</summary>
    public async Task<IntegrationRunStatistics?> GetRunStatisticsAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        var body = await _connection.RequestAsync($"{Base}/synchronizationRuns/{runId:D}/stats", cancellationToken: cancellationToken).ConfigureAwait(false);
        if (body is not JsonObject) return null;
        var s = Read(body, Wire.RunStatsWire, $"GET /{Base}/synchronizationRuns/{{id}}/stats");
        TimeSpan? duration = null;
        try { if (s.Duration is { } d) duration = XmlConvert.ToTimeSpan(d); }
        catch (FormatException) { /* an unknown duration format is not worth failing a finished run */ }
        return new IntegrationRunStatistics(s.ProcessedContentCount, s.ProcessorCount, duration, s.CreatedCount, s.UpdatedCount, s.DeletedCount, s.WarningCount, s.ErrorCount);
    }

    /// <summary>The run's result LDIF, or null while there is none (204).</summary>
    public async Task<JsonObject?> GetRunResultsAsync(Guid runId, CancellationToken cancellationToken = default) =>
        await _connection.RequestAsync($"{Base}/synchronizationRuns/{runId:D}/results", cancellationToken: cancellationToken).ConfigureAwait(false) as JsonObject;

    /// <summary>Stops a PENDING or IN_PROGRESS run; any other state is refused by the service (400).</summary>
    public async Task StopRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        await _connection.RequestAsync($"{Base}/synchronizationRuns/{runId:D}/stop", HttpMethod.Post, cancellationToken: cancellationToken).ConfigureAwait(false);

    private static string FailureMessage(IntegrationRunResult result)
    {
        var reasons = new List<string>();
        if (!string.IsNullOrEmpty(result.Description)) reasons.Add(result.Description);
        var errors = result.Errors.ToList();
        reasons.AddRange(errors.Take(5).Select(e => e.ContentId is null ? e.Message : $"{e.ContentId}: {e.Message}"));
        if (errors.Count > 5) reasons.Add($"and {errors.Count - 5} more errors");
        return $"Integration API run {result.RunId:D} ended {result.Status}" + (reasons.Count == 0 ? "." : ": " + string.Join("; ", reasons));
    }

    private static T Read<T>(JsonNode? node, JsonTypeInfo<T> type, string operation)
    {
        if (node is null) throw new LeanIXRequestFailedException($"{operation}: the response is empty.", operation);
        try
        {
            return node.Deserialize(type) ?? throw new LeanIXRequestFailedException($"{operation}: the response is empty.", operation);
        }
        catch (JsonException e)
        {
            throw new LeanIXRequestFailedException($"{operation}: the response is not the expected JSON ({e.Message}).", operation, inner: e);
        }
    }
}
