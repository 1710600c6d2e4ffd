using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Store;

/// <summary>
/// The one place every change goes through. Edits land in copy-on-write overlays; completing a
/// unit (one top-level mutation) bumps <c>rev</c> and <c>updatedAt</c> of each fact sheet it touched
/// (D19); change records are collected and get their sequence numbers when the outermost
/// transaction commits, in the same SQLite transaction as the data (see <see cref="Workspace.Commit"/>).
/// Dropping a transaction is its rollback. A transaction may nest inside another (for
/// <c>validateOnly</c> inside a batch): committing it merges into the parent.
/// </summary>
public sealed class WorkspaceTransaction : IWorkspaceView
{
    private readonly List<ChangeRecord> _records = [];
    private readonly HashSet<Guid> _touched = [];
    private readonly Dictionary<EntityKind, IEntityOverlay> _overlays = new();

    public WorkspaceTransaction(IWorkspaceView parent, Guid? actorId, TimeProvider clock)
    {
        Parent = parent;
        ActorId = actorId;
        Clock = clock;
        foreach (var kind in parent.Workspace.Kinds.All) _overlays[kind] = kind.CreateOverlay(parent);
    }

    public IWorkspaceView Parent { get; }

    /// <summary>The user on whose behalf the change is made (the token's principal).</summary>
    public Guid? ActorId { get; }

    public TimeProvider Clock { get; }

    public Workspace Workspace => Parent.Workspace;
    public DataModel Model => Parent.Model;

    /// <summary>This transaction's overlay of a registered kind.</summary>
    public OverlaySet<T> Overlay<T>() where T : class, IEntity<T> => (OverlaySet<T>)_overlays[Workspace.Kinds.Of<T>()];

    public IEntitySource<T> Source<T>() where T : class, IEntity<T> => Overlay<T>();

    public OverlaySet<FactSheet> FactSheets => Overlay<FactSheet>();
    public OverlaySet<Relation> Relations => Overlay<Relation>();
    public OverlaySet<Tag> Tags => Overlay<Tag>();
    public OverlaySet<TagGroup> TagGroups => Overlay<TagGroup>();
    public OverlaySet<SubscriptionRole> SubscriptionRoles => Overlay<SubscriptionRole>();
    public OverlaySet<Subscription> Subscriptions => Overlay<Subscription>();
    public OverlaySet<Document> Documents => Overlay<Document>();
    public OverlaySet<User> Users => Overlay<User>();

    public IReadOnlyList<ChangeRecord> Records => _records;

    /// <summary>The overlay of every registered kind (commit and persistence walk these).</summary>
    internal IEnumerable<(EntityKind Kind, IEntityOverlay Overlay)> Overlays => _overlays.Select(o => (o.Key, o.Value));

    public IEnumerable<ChangeRecord> ChangesOf(Guid factSheetId) => Parent.ChangesOf(factSheetId);

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Marks a fact sheet as changed by the current unit, so its rev grows once when the unit completes.</summary>
    public void Touch(Guid factSheetId) => _touched.Add(factSheetId);

    /// <summary>Adds a change record; its sequence numbers are assigned on commit.</summary>
    public void Record(ChangeRecord record)
    {
        record.UserId ??= ActorId;
        if (record.CreatedAt == default) record.CreatedAt = Now;
        _records.Add(record);
    }

    /// <summary>Ends one top-level mutation: bumps rev and updatedAt of each touched fact sheet (D19).</summary>
    public void CompleteUnit()
    {
        var now = Now;
        foreach (var id in _touched)
        {
            var fs = FactSheets.Edit(id);
            if (fs is null) continue;
            fs.Rev++;
            fs.UpdatedAt = now;
        }
        _touched.Clear();
    }

    public bool HasChanges => _records.Count > 0 || _overlays.Values.Any(o => o.HasChanges);

    /// <summary>
    /// Adds an entity of any kind and its change record in one step, so a new kind's changes reach
    /// the change log (and webhooks) without code of its own; the record's entity type is the kind's name.
    /// </summary>
    public T Add<T>(T entity, string eventType, Guid? factSheetId = null) where T : class, IEntity<T>
    {
        Overlay<T>().Add(entity);
        Record(new ChangeRecord { EventType = eventType, EntityType = Workspace.Kinds.Of<T>().Name, EntityId = entity.Id, FactSheetId = factSheetId });
        return entity;
    }

    /// <summary>Removes an entity of any kind and records the change (see <see cref="Add{T}"/>).</summary>
    public void Remove<T>(Guid id, string eventType, Guid? factSheetId = null) where T : class, IEntity<T>
    {
        Overlay<T>().Remove(id);
        Record(new ChangeRecord { EventType = eventType, EntityType = Workspace.Kinds.Of<T>().Name, EntityId = id, FactSheetId = factSheetId });
    }

    /// <summary>Merges this nested transaction into its parent transaction.</summary>
    public void CommitToParent()
    {
        if (Parent is not WorkspaceTransaction parent)
            throw new InvalidOperationException("Only a nested transaction commits to its parent; use Workspace.Commit.");
        CompleteUnit();
        CheckValueSizes();
        foreach (var (kind, overlay) in _overlays) overlay.MergeInto(parent._overlays[kind]);
        foreach (var r in _records) parent._records.Add(r);
    }

    /// <summary>Refuses the change if a value it stores is over <see cref="Workspace.ValueLimits"/> (issue 9).</summary>
    internal void CheckValueSizes()
    {
        var limits = Workspace.ValueLimits;
        foreach (var (kind, overlay) in _overlays)
            foreach (var (_, entity) in overlay.ChangedEntities)
                if (entity is not null) limits.Check(kind, entity);
    }
}
