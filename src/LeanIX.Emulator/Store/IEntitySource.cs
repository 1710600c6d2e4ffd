using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>Read access to one kind of entity, committed or as seen inside a transaction.</summary>
public interface IEntitySource<T> where T : class, IEntity<T>
{
    T? Get(Guid id);

    IEnumerable<T> All { get; }

    /// <summary>Entities indexed under <paramref name="ownerId"/> (a fact sheet for relations, subscriptions, documents).</summary>
    IEnumerable<T> OwnedBy(Guid ownerId);
}
