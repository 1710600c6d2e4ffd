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

    /// <summary>The entities of any registered kind (<see cref="EntityKinds"/>).</summary>
    IEntitySource<T> Source<T>() where T : class, IEntity<T>;

    // Shorthands for the built-in kinds; a new kind needs none (use Source<T>()).
    IEntitySource<FactSheet> FactSheets => Source<FactSheet>();
    IEntitySource<Relation> Relations => Source<Relation>();
    IEntitySource<Tag> Tags => Source<Tag>();
    IEntitySource<TagGroup> TagGroups => Source<TagGroup>();
    IEntitySource<SubscriptionRole> SubscriptionRoles => Source<SubscriptionRole>();
    IEntitySource<Subscription> Subscriptions => Source<Subscription>();
    IEntitySource<Document> Documents => Source<Document>();
    IEntitySource<User> Users => Source<User>();

    /// <summary>Committed change records of one fact sheet, oldest first.</summary>
    IEnumerable<ChangeRecord> ChangesOf(Guid factSheetId);
}
