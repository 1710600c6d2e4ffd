using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain.Integrations;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// One synchronization run (admin.md §1.5): the LDIF, the configuration it matched at creation (D40), its state,
/// warnings, statistics and, for outbound runs, the result LDIF. Runs live in memory for the emulator's lifetime.
/// State changes happen under <see cref="Gate"/> so <c>stop</c> and the processing task agree on the outcome.
/// </summary>
public sealed class SyncRun
{
    private readonly List<RunWarning> _warnings = [];
    private readonly List<RunWrite> _writes = [];

    public SyncRun(Guid id, Workspace workspace, Guid userId, JsonObject ldif, ProcessorConfiguration configuration, DateTimeOffset createdAt)
    {
        Id = id;
        Workspace = workspace;
        UserId = userId;
        Ldif = ldif;
        Configuration = configuration;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }
    public Workspace Workspace { get; }
    public Guid UserId { get; }
    public JsonObject Ldif { get; }
    public ProcessorConfiguration Configuration { get; }
    public DateTimeOffset CreatedAt { get; }
    public object Gate { get; } = new();

    public string Status { get; set; } = RunStatus.Created;
    public string? Description { get; set; }
    public bool Test { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public RunStatistics Statistics { get; } = new();

    /// <summary>The result LDIF of an outbound run; null until it finished (then <c>/results</c> answers 204).</summary>
    public JsonObject? Results { get; set; }

    /// <summary>Set by <c>stop</c>; the processing loop checks it between content items.</summary>
    public CancellationTokenSource Stop { get; } = new();

    public IReadOnlyList<RunWarning> Warnings
    {
        get { lock (_warnings) return _warnings.ToList(); }
    }

    public void Warn(RunWarning warning)
    {
        lock (_warnings) _warnings.Add(warning);
        if (warning.IsError) Statistics.ErrorCount++;
        else Statistics.WarningCount++;
    }

    /// <summary>The entities the run wrote, in order (its synclog items, D75).</summary>
    public IReadOnlyList<RunWrite> Writes
    {
        get { lock (_writes) return _writes.ToList(); }
    }

    public void Wrote(RunWrite write)
    {
        lock (_writes) _writes.Add(write);
    }

    public JsonObject StatusJson()
    {
        lock (Gate)
        {
            var json = new JsonObject { ["id"] = Id.ToString("D"), ["status"] = Status };
            if (Description is not null) json["description"] = Description;
            return json;
        }
    }
}
