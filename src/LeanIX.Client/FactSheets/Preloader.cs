namespace LeanIX.Client;

/// <summary>
/// <see cref="LeanIXClient.PreloadAsync"/> and <see cref="LeanIXClient.RefreshAsync"/>: a parallel preload
/// (<see cref="ParallelPreload"/>), or a snapshot file read and brought up to date (<see cref="PreloadRefresh"/>),
/// and the snapshot written back.
/// </summary>
internal sealed class Preloader(LeanIXClient client, FactSheetCache cache)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<PreloadStatistics> PreloadAsync(IEnumerable<string>? types, IProgress<PreloadProgress>? progress, int maxParallelTypes,
        string? snapshot, CancellationToken cancellationToken)
    {
        var clock = client.Connection.Clock;
        var started = clock.GetTimestamp();
        var model = await client.DataModel.GetAsync(cancellationToken).ConfigureAwait(false);
        var wanted = (types ?? model.Types.Keys).Select(model.Type).DistinctBy(t => t.Key).ToList();
        var run = NewRun(progress);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var fromSnapshot = false;
            var snapshotCurrent = false;
            (int Changed, int Removed) refreshed = (0, 0);
            if (snapshot is not null && File.Exists(snapshot) && await SnapshotHeaderAsync(snapshot, model, cancellationToken).ConfigureAwait(false) is { } header)
            {
                fromSnapshot = true;
                var refresh = new PreloadRefresh(cache, run);
                refreshed = await refresh.RunAsync(model, header.Watermark!.Value, header.Types,
                    () => Task.Run(() => LoadSnapshot(snapshot, model, header), cancellationToken), cancellationToken).ConfigureAwait(false);
                snapshotCurrent = !refresh.Modified && cache.Watermark == header.Watermark;
                foreach (var type in cache.PreloadedTypes) progress?.Report(new PreloadProgress(type, cache.All.Count(f => f.Type == type && f.IsLoaded), true));
            }
            var missing = wanted.Where(t => !cache.IsPreloaded(t.Key)).ToList();
            // Within a type the id batches run in parallel too, all through one adaptive gate (ParallelPreload).
            await run.LoadTypesAsync(missing, maxParallelTypes, cancellationToken).ConfigureAwait(false);
            if (missing.Count > 0)
            {
                snapshotCurrent = false;
                var newest = PreloadRefresh.Newest(cache.Preloaded());
                cache.Watermark = cache.Watermark is { } w && newest is { } n ? (w > n ? w : n) : cache.Watermark ?? newest;
            }
            cache.Pool.ForgetObjects();
            // An unchanged workspace leaves the file as it is: writing it back would cost as much as reading it.
            if (snapshot is not null && !snapshotCurrent) await SaveSnapshotAsync(snapshot, model, cancellationToken).ConfigureAwait(false);
            return new PreloadStatistics(cache.Count, run.Requests, run.Bytes, clock.GetElapsedTime(started))
            {
                FromSnapshot = fromSnapshot, Changed = refreshed.Changed, Removed = refreshed.Removed
            };
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<PreloadStatistics> RefreshAsync(string? snapshot, CancellationToken cancellationToken)
    {
        var clock = client.Connection.Clock;
        var started = clock.GetTimestamp();
        var model = await client.DataModel.GetAsync(cancellationToken).ConfigureAwait(false);
        var run = NewRun(null);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (changed, removed) = await new PreloadRefresh(cache, run).RunAsync(model, cancellationToken).ConfigureAwait(false);
            cache.Pool.ForgetObjects();
            if (snapshot is not null) await SaveSnapshotAsync(snapshot, model, cancellationToken).ConfigureAwait(false);
            return new PreloadStatistics(cache.Count, run.Requests, run.Bytes, clock.GetElapsedTime(started)) { Changed = changed, Removed = removed };
        }
        finally
        {
            _gate.Release();
        }
    }

    private ParallelPreload NewRun(IProgress<PreloadProgress>? progress) =>
        new(client.Connection, cache, progress, client.PreloadBatchSize, client.PreloadIdPageSize);

    /// <summary>
    /// The header of a snapshot this client can start from; null for an older client's snapshot of this workspace,
    /// which the preload then replaces (it is a cache of this workspace, nothing in it is lost). Anything else that
    /// does not fit raises.
    /// </summary>
    private async Task<PreloadSnapshot.Header?> SnapshotHeaderAsync(string path, LeanIXDataModel model, CancellationToken cancellationToken)
    {
        var workspace = await client.Connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var header = PreloadSnapshot.ReadHeader(path);
        if (header.WorkspaceId != workspace.WorkspaceId)
            throw new PreloadSnapshotMismatchException(path, $"it holds workspace {header.WorkspaceId}, and this client is connected to {workspace.WorkspaceId} ({workspace.WorkspaceName})");
        if (header.IsOlderFormat) return null;
        if (header.DataModelFingerprint != PreloadSnapshot.Fingerprint(model))
            throw new PreloadSnapshotMismatchException(path, "the workspace's data model changed since it was written");
        if (header.Watermark is null) throw new PreloadSnapshotMismatchException(path, "it holds no fact sheets to start from");
        return header;
    }

    /// <summary>Fills the cache from the snapshot whose <paramref name="header"/> fits.</summary>
    private void LoadSnapshot(string path, LeanIXDataModel model, PreloadSnapshot.Header header)
    {
        var (_, factSheets) = PreloadSnapshot.Read(path, cache.Pool);
        foreach (var (type, data) in factSheets) cache.Materialize(model.Type(type), data, complete: true);
        foreach (var type in header.Types) cache.MarkPreloaded(type);
        cache.Watermark = header.Watermark;
    }

    private async Task SaveSnapshotAsync(string path, LeanIXDataModel model, CancellationToken cancellationToken)
    {
        var workspace = await client.Connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var header = new PreloadSnapshot.Header(PreloadSnapshot.FormatVersion, workspace.WorkspaceId, PreloadSnapshot.Fingerprint(model), cache.PreloadedTypes, cache.Watermark);
        var factSheets = cache.Preloaded();
        await Task.Run(() => PreloadSnapshot.Write(path, header, factSheets), cancellationToken).ConfigureAwait(false);
    }
}
