using System.Collections.Immutable;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Store;

/// <summary>
/// One committed version of a workspace, held in memory for fast reads; the SQLite store stays the source
/// of truth (one store, one path). A published version never changes: a commit builds the next one with
/// <see cref="Next"/>, sharing every set (and every part of a set) it did not touch, and
/// <see cref="Workspace"/> publishes it. Readers keep the version they started with, so they need no lock
/// and never hold a writer up (issue 9). It holds one set per kind registered in <see cref="EntityKinds"/>.
/// Only the first version is filled in place (seeding, loading), before anyone can read it.
/// </summary>
public sealed class WorkspaceState : IWorkspaceView
{
    private readonly ImmutableDictionary<EntityKind, IEntityCollection> _sets;
    private ImmutableDictionary<Guid, ImmutableList<ChangeRecord>> _changesByFactSheet;

    private ImmutableHashSet<Guid> _longHistories = [];

    /// <summary>How many of the latest change records <see cref="ChangeLog"/> keeps in memory (all are in SQLite).</summary>
    public const int RetainedChangeLog = 1_000;

    /// <summary>
    /// How many change records of one fact sheet memory keeps; a longer history is read from SQLite when
    /// asked for, so memory per mutation stays bounded (issue 9).
    /// </summary>
    public const int RetainedChangesPerFactSheet = 100;

    public WorkspaceState(Workspace workspace, DataModel model)
    {
        Workspace = workspace;
        Model = model;
        _sets = workspace.Kinds.All.ToImmutableDictionary(kind => kind, kind => kind.CreateSet());
        _changesByFactSheet = ImmutableDictionary<Guid, ImmutableList<ChangeRecord>>.Empty;
    }

    private WorkspaceState(WorkspaceState previous, ImmutableDictionary<EntityKind, IEntityCollection> sets, DataModel model, long modelVersion)
    {
        Workspace = previous.Workspace;
        Model = model;
        ModelVersion = modelVersion;
        _sets = sets;
        _changesByFactSheet = previous._changesByFactSheet;
        _longHistories = previous._longHistories;
        ChangeLog = previous.ChangeLog;
        LastSequence = previous.LastSequence;
        LastTransactionSequence = previous.LastTransactionSequence;
        Version = previous.Version + 1;
    }

    public Workspace Workspace { get; }
    /// <summary>The data model this version's data fits (a replacement publishes a version of its own).</summary>
    public DataModel Model { get; }

    /// <summary>Grows whenever the data model is replaced, so the GraphQL schema is rebuilt.</summary>
    public long ModelVersion { get; }

    /// <summary>Counts the versions published since the workspace was opened.</summary>
    public long Version { get; }

    /// <summary>The committed set of a registered kind.</summary>
    public EntitySet<T> Set<T>() where T : class, IEntity<T> => (EntitySet<T>)_sets[Workspace.Kinds.Of<T>()];

    public IEntitySource<T> Source<T>() where T : class, IEntity<T> => Set<T>();

    public EntitySet<FactSheet> FactSheets => Set<FactSheet>();
    public EntitySet<Relation> Relations => Set<Relation>();
    public EntitySet<Tag> Tags => Set<Tag>();
    public EntitySet<TagGroup> TagGroups => Set<TagGroup>();
    public EntitySet<SubscriptionRole> SubscriptionRoles => Set<SubscriptionRole>();
    public EntitySet<Subscription> Subscriptions => Set<Subscription>();
    public EntitySet<Document> Documents => Set<Document>();
    public EntitySet<User> Users => Set<User>();

    /// <summary>The last change-log sequence handed out (set only while loading the first version).</summary>
    public long LastSequence { get; internal set; }

    /// <summary>The last transaction sequence handed out (one per committed request, D28).</summary>
    public long LastTransactionSequence { get; internal set; }

    /// <summary>The latest committed change records, oldest first: at most <see cref="RetainedChangeLog"/>.</summary>
    public ImmutableList<ChangeRecord> ChangeLog { get; private set; } = [];

    internal IEntityCollection SetOf(EntityKind kind) => _sets[kind];

    public IEnumerable<ChangeRecord> ChangesOf(Guid factSheetId) =>
        _longHistories.Contains(factSheetId)
            ? Workspace.Store.LoadChangesOf(Workspace.Id, factSheetId, LastSequence)
            : _changesByFactSheet.TryGetValue(factSheetId, out var list) ? list : [];

    /// <summary>
    /// Every change record this version holds in memory, oldest first: the recent log and each fact sheet's own history.
    /// A seed writes its whole history through this, since the recent log alone keeps only the newest records.
    /// </summary>
    internal ChangeRecord[] RetainedChanges()
    {
        // A record is in the recent log, its fact sheet's history, or both; sequences are unique (issue 15: the LINQ
        // chain of Distinct and OrderBy over a seed's 100,000 records was a visible part of start-up).
        var all = new List<ChangeRecord>(ChangeLog.Count + _changesByFactSheet.Count);
        all.AddRange(ChangeLog);
        foreach (var (_, list) in _changesByFactSheet) all.AddRange(list);
        all.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        var unique = new List<ChangeRecord>(all.Count);
        foreach (var record in all)
            if (unique.Count == 0 || unique[^1].Sequence != record.Sequence) unique.Add(record);
        return [.. unique];
    }

    /// <summary>Adds a loaded change record to this (unpublished) version.</summary>
    internal void AppendChange(ChangeRecord record) => AppendChanges([record]);

    /// <summary>
    /// Adds loaded change records to this (unpublished) version, oldest first, through builders: a seed appends one per
    /// fact sheet (D87), and a persistent collection copied a path of nodes per record (issue 15).
    /// </summary>
    internal void AppendChanges(IEnumerable<ChangeRecord> records)
    {
        var log = ChangeLog.ToBuilder();
        var byFactSheet = _changesByFactSheet.ToBuilder();
        var longHistories = _longHistories.ToBuilder();
        foreach (var record in records)
        {
            log.Add(record);
            if (log.Count > RetainedChangeLog) log.RemoveAt(0);
            if (record.FactSheetId is not { } fs) continue;
            var list = (byFactSheet.GetValueOrDefault(fs) ?? []).Add(record);
            if (list.Count > RetainedChangesPerFactSheet)
            {
                list = list.RemoveAt(0);
                longHistories.Add(fs);
            }
            byFactSheet[fs] = list;
        }
        ChangeLog = log.ToImmutable();
        _changesByFactSheet = byFactSheet.ToImmutable();
        _longHistories = longHistories.ToImmutable();
    }

    /// <summary>
    /// The version after a committed transaction: its overlays applied to the sets they touched (the rest
    /// shared as they are) and its numbered change records appended. This version is left as it was.
    /// </summary>
    internal WorkspaceState Next(WorkspaceTransaction tx, IReadOnlyList<ChangeRecord> records)
    {
        var sets = _sets;
        foreach (var (kind, overlay) in tx.Overlays)
            if (overlay.HasChanges) sets = sets.SetItem(kind, sets[kind].WithOverlay(overlay));
        var next = new WorkspaceState(this, sets, Model, ModelVersion);
        next.AppendChanges(records);
        if (records.Count > 0)
        {
            next.LastTransactionSequence = records[^1].TransactionSequence;
            next.LastSequence = records[^1].Sequence;
        }
        return next;
    }

    /// <summary>The version with a replaced data model and the same data.</summary>
    internal WorkspaceState WithModel(DataModel model) => new(this, _sets, model, ModelVersion + 1);
}
