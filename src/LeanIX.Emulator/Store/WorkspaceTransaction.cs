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

    public WorkspaceTransaction(IWorkspaceView parent, Guid? actorId, TimeProvider clock)
    {
        Parent = parent;
        ActorId = actorId;
        Clock = clock;
        FactSheets = new(parent.FactSheets, null);
        Relations = new(parent.Relations, EntityOwners.Relation);
        Tags = new(parent.Tags, EntityOwners.Tag);
        TagGroups = new(parent.TagGroups, null);
        SubscriptionRoles = new(parent.SubscriptionRoles, null);
        Subscriptions = new(parent.Subscriptions, EntityOwners.Subscription);
        Documents = new(parent.Documents, EntityOwners.Document);
        Users = new(parent.Users, null);
    }

    public IWorkspaceView Parent { get; }

    /// <summary>The user on whose behalf the change is made (the token's principal).</summary>
    public Guid? ActorId { get; }

    public TimeProvider Clock { get; }

    public Workspace Workspace => Parent.Workspace;
    public DataModel Model => Parent.Model;
    public OverlaySet<FactSheet> FactSheets { get; }
    public OverlaySet<Relation> Relations { get; }
    public OverlaySet<Tag> Tags { get; }
    public OverlaySet<TagGroup> TagGroups { get; }
    public OverlaySet<SubscriptionRole> SubscriptionRoles { get; }
    public OverlaySet<Subscription> Subscriptions { get; }
    public OverlaySet<Document> Documents { get; }
    public OverlaySet<User> Users { get; }

    public IReadOnlyList<ChangeRecord> Records => _records;

    IEntitySource<FactSheet> IWorkspaceView.FactSheets => FactSheets;
    IEntitySource<Relation> IWorkspaceView.Relations => Relations;
    IEntitySource<Tag> IWorkspaceView.Tags => Tags;
    IEntitySource<TagGroup> IWorkspaceView.TagGroups => TagGroups;
    IEntitySource<SubscriptionRole> IWorkspaceView.SubscriptionRoles => SubscriptionRoles;
    IEntitySource<Subscription> IWorkspaceView.Subscriptions => Subscriptions;
    IEntitySource<Document> IWorkspaceView.Documents => Documents;
    IEntitySource<User> IWorkspaceView.Users => Users;

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

    public bool HasChanges =>
        FactSheets.HasChanges || Relations.HasChanges || Tags.HasChanges || TagGroups.HasChanges ||
        SubscriptionRoles.HasChanges || Subscriptions.HasChanges || Documents.HasChanges || Users.HasChanges ||
        _records.Count > 0;

    /// <summary>Merges this nested transaction into its parent transaction.</summary>
    public void CommitToParent()
    {
        if (Parent is not WorkspaceTransaction parent)
            throw new InvalidOperationException("Only a nested transaction commits to its parent; use Workspace.Commit.");
        CompleteUnit();
        parent.FactSheets.Apply(FactSheets.Changes);
        parent.Relations.Apply(Relations.Changes);
        parent.Tags.Apply(Tags.Changes);
        parent.TagGroups.Apply(TagGroups.Changes);
        parent.SubscriptionRoles.Apply(SubscriptionRoles.Changes);
        parent.Subscriptions.Apply(Subscriptions.Changes);
        parent.Documents.Apply(Documents.Changes);
        parent.Users.Apply(Users.Changes);
        foreach (var r in _records) parent._records.Add(r);
    }
}
