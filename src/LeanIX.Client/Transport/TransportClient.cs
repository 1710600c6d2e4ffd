namespace LeanIX.Client.Transport;

/// <summary>
/// Moves configuration from this workspace (the source) to another (<c>lx.Transport</c>, admin.md Appendix A rows
/// 146–154): <see cref="PlanAsync(string, TransportSelection, LeanIXClient, bool, CancellationToken)"/> compares and returns
/// a dry-run plan, <see cref="ApplyAsync"/> carries it out after writing a backup, <see cref="RestoreAsync(string, LeanIXClient, TransportApplyOptions?, CancellationToken)"/>
/// puts a backup back. Elements are matched by natural key, never by id; references are remapped into the target's ids and
/// an unresolvable one is a conflict; nothing is deleted unless asked; a second plan after an apply has no changes.
/// </summary>
public sealed class TransportClient : IDisposable
{
    private readonly LeanIXClient _source;
    private readonly Dictionary<string, ITransportKind> _kinds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LeanIXClient> _namedTargets = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    internal TransportClient(LeanIXClient source)
    {
        _source = source;
        foreach (var kind in TransportKinds.BuiltIn) _kinds[kind.Name] = kind;
    }

    /// <summary>The kinds this client can move, by name.</summary>
    public IReadOnlyCollection<ITransportKind> Kinds => _kinds.Values;

    /// <summary>Adds (or replaces) a kind.</summary>
    public void Register(ITransportKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind.Name);
        _kinds[kind.Name] = kind;
    }

    /// <summary>A kind by name; an unknown one raises <see cref="ArgumentException"/> listing the known kinds.</summary>
    public ITransportKind Kind(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _kinds.TryGetValue(name, out var kind) ? kind
            : throw new ArgumentException($"Unknown transport kind '{name}'. Known kinds: {string.Join(", ", _kinds.Keys.Order(StringComparer.Ordinal))}.", nameof(name));
    }

    /// <summary>Plans moving the selected elements of <paramref name="kind"/> to the workspace of <paramref name="target"/> (its own token).</summary>
    public Task<TransportPlan> PlanAsync(string kind, TransportSelection selection, LeanIXClient target, bool deleteMissing = false,
        CancellationToken cancellationToken = default) =>
        TransportPlanner.PlanAsync(Kind(kind), selection, _source, target, deleteMissing, cancellationToken);

    /// <summary>Plans moving to the workspace named <paramref name="targetWorkspace"/> in the user config file (<see cref="WorkspaceConfigFile"/>).</summary>
    public Task<TransportPlan> PlanAsync(string kind, TransportSelection selection, string targetWorkspace, bool deleteMissing = false,
        string? configPath = null, CancellationToken cancellationToken = default) =>
        PlanAsync(kind, selection, TargetNamed(targetWorkspace, configPath), deleteMissing, cancellationToken);

    /// <summary>
    /// Carries out a plan: re-reads the target and skips (as failed) items that changed since the plan, writes a backup of
    /// what it will change, then creates, updates and deletes in the plan's order. Conflicts and unchanged items are left
    /// alone; a refused item is reported and the others go on.
    /// </summary>
    public Task<TransportResult> ApplyAsync(TransportPlan plan, TransportApplyOptions? options = null, CancellationToken cancellationToken = default) =>
        TransportApplier.ApplyAsync(plan, options ?? new TransportApplyOptions(), _source.Connection.Clock, cancellationToken);

    /// <summary>Reads a backup file.</summary>
    public static TransportBackup ReadBackup(string path) => TransportBackup.Read(path);

    /// <summary>
    /// Plans putting a backup back into <paramref name="target"/>: elements an apply created are deleted, changed or
    /// deleted ones get their former fields. The target must be the backup's workspace.
    /// </summary>
    public Task<TransportPlan> PlanRestoreAsync(TransportBackup backup, LeanIXClient target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(backup);
        return TransportPlanner.PlanRestoreAsync(Kind(backup.Kind), backup, target, cancellationToken);
    }

    /// <summary>Puts the backup file <paramref name="backupFile"/> back into <paramref name="target"/> (itself backed up first).</summary>
    public async Task<TransportResult> RestoreAsync(string backupFile, LeanIXClient target, TransportApplyOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var plan = await PlanRestoreAsync(ReadBackup(backupFile), target, cancellationToken).ConfigureAwait(false);
        return await ApplyAsync(plan, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts a backup back into the workspace it was taken from, named in the user config file.</summary>
    public Task<TransportResult> RestoreAsync(string backupFile, TransportApplyOptions? options = null, string? configPath = null,
        CancellationToken cancellationToken = default) =>
        RestoreAsync(backupFile, TargetNamed(ReadBackup(backupFile).TargetWorkspace, configPath), options, cancellationToken);

    private LeanIXClient TargetNamed(string workspace, string? configPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        lock (_lock)
        {
            if (!_namedTargets.TryGetValue(workspace, out var client))
                _namedTargets[workspace] = client = LeanIXClient.ForWorkspace(workspace, configPath);
            return client;
        }
    }

    /// <summary>Disposes the clients opened for targets named by workspace.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var client in _namedTargets.Values) client.Dispose();
            _namedTargets.Clear();
        }
    }
}
