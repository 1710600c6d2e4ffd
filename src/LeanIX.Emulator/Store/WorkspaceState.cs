using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Store;

/// <summary>
/// The committed state of a workspace, held in memory for fast reads. It is loaded from and
/// written through to the SQLite store, which stays the source of truth (one store, one path).
/// It holds one set per kind registered in the workspace's <see cref="EntityKinds"/>.
/// </summary>
public sealed class WorkspaceState : IWorkspaceView
{
    private readonly Dictionary<Guid, List<ChangeRecord>> _changesByFactSheet = new();
    private readonly Dictionary<EntityKind, IEntityCollection> _sets = new();

    public WorkspaceState(Workspace workspace)
    {
        Workspace = workspace;
        foreach (var kind in workspace.Kinds.All) _sets[kind] = kind.CreateSet();
    }

    public Workspace Workspace { get; }
    public DataModel Model => Workspace.Model;

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

    /// <summary>The last change-log sequence handed out.</summary>
    public long LastSequence { get; set; }

    /// <summary>The last transaction sequence handed out (one per committed request, D28).</summary>
    public long LastTransactionSequence { get; set; }

    /// <summary>Every committed change record, oldest first.</summary>
    public List<ChangeRecord> ChangeLog { get; } = [];

    internal IEntityCollection SetOf(EntityKind kind) => _sets[kind];

    public IEnumerable<ChangeRecord> ChangesOf(Guid factSheetId) =>
        _changesByFactSheet.TryGetValue(factSheetId, out var list) ? list : [];

    public void AppendChange(ChangeRecord record)
    {
        ChangeLog.Add(record);
        if (record.FactSheetId is not { } fs) return;
        if (!_changesByFactSheet.TryGetValue(fs, out var list)) _changesByFactSheet[fs] = list = [];
        list.Add(record);
    }
}
