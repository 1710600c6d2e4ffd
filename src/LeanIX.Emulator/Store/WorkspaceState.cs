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
    // Each fact sheet's recent history in two layers (issue 15). The first version's histories (seeding, loading: one
    // record per seeded fact sheet, D87) go into a plain dictionary filled in place before anyone reads it and never
    // changed after, which every later version shares; a persistent dictionary built record by record was a tenth of
    // synthetic:100000's start-up. Later commits put a fact sheet's whole new history into the persistent layer,
    // which is consulted first.
    private readonly Dictionary<Guid, ChangeRecord[]> _initialHistories;
    private ImmutableDictionary<Guid, ChangeRecord[]> _changesByFactSheet;

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
        _initialHistories = [];
        _changesByFactSheet = ImmutableDictionary<Guid, ChangeRecord[]>.Empty;
    }

    private WorkspaceState(WorkspaceState previous, ImmutableDictionary<EntityKind, IEntityCollection> sets, DataModel model, long modelVersion)
    {
        Workspace = previous.Workspace;
        Model = model;
        ModelVersion = modelVersion;
        _sets = sets;
        _initialHistories = previous._initialHistories;
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
            : HistoryOf(factSheetId, _changesByFactSheet);

    /// <summary>A fact sheet's history: from the persistent layer given (this version's, or a builder of the next), else the first version's.</summary>
    private ChangeRecord[] HistoryOf(Guid factSheetId, IReadOnlyDictionary<Guid, ChangeRecord[]> later) =>
        later.TryGetValue(factSheetId, out var list) ? list
        : _initialHistories.TryGetValue(factSheetId, out var initial) ? initial : [];

    /// <summary>
    /// Every change record this version holds in memory, oldest first: the recent log and each fact sheet's own history.
    /// A seed writes its whole history through this, since the recent log alone keeps only the newest records.
    /// </summary>
    internal ChangeRecord[] RetainedChanges()
    {
        // A record is in the recent log, its fact sheet's history, or both; sequences are unique (issue 15: the LINQ
        // chain of Distinct and OrderBy over a seed's 100,000 records was a visible part of start-up).
        var all = new List<ChangeRecord>(ChangeLog.Count + _initialHistories.Count + _changesByFactSheet.Count);
        all.AddRange(ChangeLog);
        foreach (var (_, list) in _changesByFactSheet) all.AddRange(list);
        foreach (var (factSheet, list) in _initialHistories)
            if (!_changesByFactSheet.ContainsKey(factSheet)) all.AddRange(list);
        all.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        var unique = new List<ChangeRecord>(all.Count);
        foreach (var record in all)
            if (unique.Count == 0 || unique[^1].Sequence != record.Sequence) unique.Add(record);
        return [.. unique];
    }

    /// <summary>
    /// Adds change records to this (unpublished) version, oldest first: loaded or seeded ones to the first version, a
    /// commit's to the next. Through builders: a seed appends one per fact sheet (D87), and a persistent collection
    /// copied a path of nodes per record (issue 15).
    /// </summary>
    internal void AppendChanges(IEnumerable<ChangeRecord> records)
    {
        var all = records as IReadOnlyList<ChangeRecord> ?? [.. records];
        if (all.Count == 0) return;
        var log = ChangeLog.ToBuilder();
        // Only the newest records can stay in the recent log.
        for (var i = Math.Max(0, all.Count - RetainedChangeLog); i < all.Count; i++) log.Add(all[i]);
        if (log.Count > RetainedChangeLog) log.RemoveRange(0, log.Count - RetainedChangeLog);
        ChangeLog = log.ToImmutable();

        // The first version is filled in place before it is read; any later one shares that layer and so must not.
        var filling = Version == 0;
        var byFactSheet = filling ? null : _changesByFactSheet.ToBuilder();
        var longHistories = _longHistories.ToBuilder();
        foreach (var record in all)
        {
            if (record.FactSheetId is not { } fs) continue;
            var history = filling ? _initialHistories.GetValueOrDefault(fs) ?? [] : HistoryOf(fs, byFactSheet!);
            ChangeRecord[] next;
            if (history.Length < RetainedChangesPerFactSheet) next = [.. history, record];
            else
            {
                next = [.. history.AsSpan(1), record];
                longHistories.Add(fs);
            }
            if (filling) _initialHistories[fs] = next;
            else byFactSheet![fs] = next;
        }
        if (byFactSheet is not null) _changesByFactSheet = byFactSheet.ToImmutable();
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
