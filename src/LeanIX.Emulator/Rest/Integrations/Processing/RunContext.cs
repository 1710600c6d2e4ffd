using System.Text.Json.Nodes;
using LeanIX.Emulator.Rest.Integrations.Expressions;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// What lasts for a whole run: the run, its configuration, the entities processors touched (for the deletion scope of
/// full mode), the external id index and the run variables (configuration defaults, then <c>variables[]</c> of processors).
/// </summary>
public sealed class RunContext(SyncRun run, JsonObject configuration)
{
    public SyncRun Run { get; } = run;
    public JsonObject Configuration { get; } = configuration;
    public ExternalIdIndex ExternalIds { get; } = new();
    public HashSet<Guid> TouchedFactSheets { get; } = [];
    public HashSet<Guid> TouchedRelations { get; } = [];
    public HashSet<(Guid FactSheetId, Guid TagId)> TouchedTags { get; } = [];

    public Dictionary<string, object?> Variables { get; } =
        (configuration["variables"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => ExpressionValues.FromJson(kv.Value), StringComparer.Ordinal);

    public RunStatistics Statistics => Run.Statistics;

    public void Warn(RunWarning warning) => Run.Warn(warning);

    /// <summary>Adds a value to a run variable: variables collect lists (admin.md §1.4 list helpers work on them).</summary>
    public void AddVariable(string key, object? value)
    {
        if (!Variables.TryGetValue(key, out var current) || current is not List<object?> list)
            Variables[key] = list = current is null ? [] : [current];
        list.Add(value);
    }
}
