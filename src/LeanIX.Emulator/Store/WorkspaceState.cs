using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Store;

/// <summary>
/// The committed state of a workspace, held in memory for fast reads. It is loaded from and
/// written through to the SQLite store, which stays the source of truth (one store, one path).
/// </summary>
public sealed class WorkspaceState(Workspace workspace) : IWorkspaceView
{
    private readonly Dictionary<Guid, List<ChangeRecord>> _changesByFactSheet = new();

    public Workspace Workspace { get; } = workspace;
    public DataModel Model => Workspace.Model;
    public EntitySet<FactSheet> FactSheets { get; } = new();
    public EntitySet<Relation> Relations { get; } = new(EntityOwners.Relation);
    public EntitySet<Tag> Tags { get; } = new(EntityOwners.Tag);
    public EntitySet<TagGroup> TagGroups { get; } = new();
    public EntitySet<SubscriptionRole> SubscriptionRoles { get; } = new();
    public EntitySet<Subscription> Subscriptions { get; } = new(EntityOwners.Subscription);
    public EntitySet<Document> Documents { get; } = new(EntityOwners.Document);
    public EntitySet<User> Users { get; } = new();

    /// <summary>The last change-log sequence handed out.</summary>
    public long LastSequence { get; set; }

    /// <summary>The last transaction sequence handed out (one per committed request, D28).</summary>
    public long LastTransactionSequence { get; set; }

    /// <summary>Every committed change record, oldest first.</summary>
    public List<ChangeRecord> ChangeLog { get; } = [];

    IEntitySource<FactSheet> IWorkspaceView.FactSheets => FactSheets;
    IEntitySource<Relation> IWorkspaceView.Relations => Relations;
    IEntitySource<Tag> IWorkspaceView.Tags => Tags;
    IEntitySource<TagGroup> IWorkspaceView.TagGroups => TagGroups;
    IEntitySource<SubscriptionRole> IWorkspaceView.SubscriptionRoles => SubscriptionRoles;
    IEntitySource<Subscription> IWorkspaceView.Subscriptions => Subscriptions;
    IEntitySource<Document> IWorkspaceView.Documents => Documents;
    IEntitySource<User> IWorkspaceView.Users => Users;

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
