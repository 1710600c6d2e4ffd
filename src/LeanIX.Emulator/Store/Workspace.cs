using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Store;

/// <summary>
/// One emulated workspace: its identity, API tokens, data model, committed state and store.
/// Every request runs under <see cref="LockAsync"/>, so readers never see half a change.
/// </summary>
public sealed class Workspace
{
    private readonly AsyncReaderWriterLock _lock = new();

    public Workspace(Guid id, string name, DataModel model, SqliteStore store, TimeProvider clock, EntityKinds? kinds = null)
    {
        Id = id;
        Kinds = kinds ?? EntityKinds.BuiltIn;
        Name = name;
        Model = model;
        Store = store;
        Clock = clock;
        State = new WorkspaceState(this);
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

    public DataModel Model { get; private set; }

    /// <summary>Grows whenever the data model is replaced, so the GraphQL schema is rebuilt.</summary>
    public long ModelVersion { get; private set; }

    /// <summary>The kinds of entity this workspace stores (built-in unless a test extends them).</summary>
    public EntityKinds Kinds { get; }

    public WorkspaceState State { get; }
    public SqliteStore Store { get; }
    public TimeProvider Clock { get; }

    /// <summary>Raised after a transaction committed, with its change records (webhooks hang off this).</summary>
    public event Action<Workspace, IReadOnlyList<ChangeRecord>>? Committed;

    /// <summary>Exclusive access: every change, and anything that must not overlap one.</summary>
    public Task<IDisposable> LockAsync(CancellationToken cancellationToken = default) => _lock.WriteAsync(cancellationToken);

    /// <summary>Shared access for pure reads: queries run side by side, never beside a change.</summary>
    public Task<IDisposable> ReadLockAsync(CancellationToken cancellationToken = default) => _lock.ReadAsync(cancellationToken);

    public WorkspaceTransaction Begin(Guid? actorId) => new(State, actorId, Clock);

    /// <summary>
    /// Commits an outermost transaction: numbers its change records, writes data and records to
    /// SQLite in one transaction, then applies them to the in-memory state. The caller holds the lock.
    /// </summary>
    public IReadOnlyList<ChangeRecord> Commit(WorkspaceTransaction tx)
    {
        if (!ReferenceEquals(tx.Parent, State))
            throw new InvalidOperationException("A nested transaction commits to its parent.");
        tx.CompleteUnit();
        if (!tx.HasChanges) return [];
        var records = tx.Records;
        if (records.Count > 0)
        {
            var txSeq = State.LastTransactionSequence + 1;
            var seq = State.LastSequence;
            foreach (var r in records)
            {
                r.Sequence = ++seq;
                r.TransactionSequence = txSeq;
            }
        }
        Store.Persist(Id, tx, records);
        if (records.Count > 0)
        {
            State.LastTransactionSequence++;
            State.LastSequence = records[^1].Sequence;
        }
        foreach (var (kind, overlay) in tx.Overlays) State.SetOf(kind).ApplyOverlay(overlay);
        foreach (var r in records) State.AppendChange(r);
        if (records.Count > 0) Committed?.Invoke(this, records);
        return records;
    }

    /// <summary>Replaces the data model (and persists it); the GraphQL schema follows on the next request.</summary>
    public void ReplaceModel(DataModel model)
    {
        Model = model;
        ModelVersion++;
        Store.SetMeta(Id, WorkspaceMetaKeys.DataModel, model.Envelope.ToJsonString());
    }
}
