using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>The committed set of one kind, seen without its type: what loading, saving and committing need.</summary>
internal interface IEntityCollection
{
    IEnumerable<IEntity> Entities { get; }

    void Put(IEntity entity);

    /// <summary>The next version of this set: a transaction overlay of the same kind applied; this one is unchanged.</summary>
    IEntityCollection WithOverlay(IEntityOverlay overlay);
}
