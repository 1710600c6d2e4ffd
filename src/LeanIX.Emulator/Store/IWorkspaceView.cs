using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Store;

/// <summary>
/// What a reader sees of a workspace: the committed state, or a transaction's state including its
/// own uncommitted changes. GraphQL resolvers carry the view their object came from, so a
/// <c>validateOnly</c> result can be read after its changes were discarded.
/// </summary>
public interface IWorkspaceView
{
    Workspace Workspace { get; }
    DataModel Model { get; }
    IEntitySource<FactSheet> FactSheets { get; }
    IEntitySource<Relation> Relations { get; }
    IEntitySource<Tag> Tags { get; }
    IEntitySource<TagGroup> TagGroups { get; }
    IEntitySource<SubscriptionRole> SubscriptionRoles { get; }
    IEntitySource<Subscription> Subscriptions { get; }
    IEntitySource<Document> Documents { get; }
    IEntitySource<User> Users { get; }

    /// <summary>Committed change records of one fact sheet, oldest first.</summary>
    IEnumerable<ChangeRecord> ChangesOf(Guid factSheetId);
}
