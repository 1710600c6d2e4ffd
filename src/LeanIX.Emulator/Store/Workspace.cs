using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Store;

/// <summary>
/// One emulated workspace: its identity, API tokens, data model, committed state and store.
/// The committed state is a series of immutable versions (<see cref="WorkspaceState"/>): a reader pins the
/// version current when it starts (<see cref="ReadLockAsync"/>) and holds no lock, so it never sees half a
/// change and never holds a writer up; writers take turns (<see cref="LockAsync"/>) and each commit
/// publishes a new version (issue 9: reads never block writes).
/// </summary>
public sealed class Workspace
{
    // The version a request pinned, flowing with its async work (resolvers included) until it unpins.
    private static readonly AsyncLocal<WorkspaceState?> Pinned = new();

    private readonly SemaphoreSlim _writerTurn = new(1, 1);
    private volatile WorkspaceState _current;

    public Workspace(Guid id, string name, DataModel model, SqliteStore store, TimeProvider clock, EntityKinds? kinds = null)
    {
        Id = id;
        Kinds = kinds ?? EntityKinds.BuiltIn;
        Name = name;
        Store = store;
        Clock = clock;
        _current = new WorkspaceState(this, model);
    }

    public Guid Id { get; }
    public string Name { get; }
    public Guid AccountId { get; init; } = Guid.Parse("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    public string AccountName { get; init; } = "Emulated Account";

    /// <summary>Azure-style region name carried in the JWT (D5).</summary>
    public string Region { get; init; } = "westeurope";

    /// <summary>D92: whether a change of an APPROVED fact sheet breaks its quality seal (on by default, as in the demo).</summary>
    public bool QualitySealEnabled { get; set; } = true;

    /// <summary>API tokens and the technical user each one authenticates as.</summary>
    public Dictionary<string, Guid> ApiTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>The data model of the version this request reads (see <see cref="State"/>).</summary>
    public DataModel Model => State.Model;

    /// <summary>Grows whenever the data model is replaced, so the GraphQL schema is rebuilt.</summary>
    public long ModelVersion => State.ModelVersion;

    /// <summary>The kinds of entity this workspace stores (built-in unless a test extends them).</summary>
    public EntityKinds Kinds { get; }

    /// <summary>
    /// The version this request pinned, else the latest published one. Outside a pin (the writer's turn,
    /// tests) successive reads may see successive versions.
    /// </summary>
    /// <summary>Sizes a stored value may have; every change is checked against them.</summary>
    public StoredValueLimits ValueLimits { get; init; } = new();

    public WorkspaceState State => Pinned.Value is { } pinned && ReferenceEquals(pinned.Workspace, this) ? pinned : _current;

    /// <summary>The latest published version, whatever the request pinned.</summary>
    public WorkspaceState Latest => _current;
    public SqliteStore Store { get; }
    public TimeProvider Clock { get; }

    /// <summary>Raised after a transaction committed, with its change records (webhooks hang off this).</summary>
    public event Action<Workspace, IReadOnlyList<ChangeRecord>>? Committed;

    /// <summary>
    /// The writer's turn: every change, and anything that must not overlap one. Writers wait only for the
    /// writers ahead of them, never for readers.
    /// </summary>
    public async Task<IDisposable> LockAsync(CancellationToken cancellationToken = default)
    {
        await _writerTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(() => _writerTurn.Release());
    }

    /// <summary>
    /// For pure reads: pins the current version for the rest of the caller's async flow until disposed.
    /// It never waits (the name and task shape stay as the endpoints know them). It must not be an async
    /// method: the pin is set in the caller's execution context, not in a copy that ends with this call.
    /// </summary>
    public Task<IDisposable> ReadLockAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(PinSnapshot());
    }

    /// <summary>Pins the current version (see <see cref="ReadLockAsync"/>); disposing restores the previous pin.</summary>
    public IDisposable PinSnapshot()
    {
        var previous = Pinned.Value;
        Pinned.Value = _current;
        return new Release(() => Pinned.Value = previous);
    }

    /// <summary>A transaction on the latest version; commit it in the same writer's turn.</summary>
    public WorkspaceTransaction Begin(Guid? actorId) => new(_current, actorId, Clock);

    /// <summary>
    /// Commits an outermost transaction: numbers its change records, writes data and records to SQLite in
    /// one transaction, then publishes the next version. The caller holds the writer's turn. Cost: the SQLite
    /// write plus O(changes × log n) for the new version, which shares everything else with the last one.
    /// </summary>
    public IReadOnlyList<ChangeRecord> Commit(WorkspaceTransaction tx)
    {
        var state = _current;
        if (tx.Parent is WorkspaceTransaction)
            throw new InvalidOperationException("A nested transaction commits to its parent.");
        if (!ReferenceEquals(tx.Parent, state))
            throw new InvalidOperationException("The transaction began on an older version: begin and commit in one writer's turn.");
        tx.CompleteUnit();
        if (!tx.HasChanges) return [];
        tx.CheckValueSizes();
        var records = tx.Records;
        if (records.Count > 0)
        {
            var txSeq = state.LastTransactionSequence + 1;
            var seq = state.LastSequence;
            foreach (var r in records)
            {
                r.Sequence = ++seq;
                r.TransactionSequence = txSeq;
            }
        }
        Store.Persist(Id, tx, records);
        _current = state.Next(tx, records);
        if (records.Count > 0) Committed?.Invoke(this, records);
        return records;
    }

    /// <summary>
    /// Replaces the data model (and persists it) in the writer's turn; the GraphQL schema follows on the next
    /// request. Data the new model has no place for is removed first (a forced replacement, datamodel.md §1),
    /// so every listing keeps working (issue 9); a crash between the two leaves pruned data under the old
    /// model, which fits it as well.
    /// </summary>
    public void ReplaceModel(DataModel model)
    {
        var prune = Begin(null);
        ModelReplacement.RemoveOrphans(prune, model);
        if (prune.HasChanges) Commit(prune);
        if (model.StoredLayout is { } layout) Store.SetMeta(Id, WorkspaceMetaKeys.MetaModelLayout, layout.ToJson());
        Store.SetMeta(Id, WorkspaceMetaKeys.DataModel, model.Envelope.ToJsonString());
        _current = _current.WithModel(model);
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) release();
        }
    }
}
