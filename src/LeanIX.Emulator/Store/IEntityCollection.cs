using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>The committed set of one kind, seen without its type: what loading, saving and committing need.</summary>
internal interface IEntityCollection
{
    IEnumerable<IEntity> Entities { get; }

    void Put(IEntity entity);

    /// <summary>Applies a transaction overlay of the same kind.</summary>
    void ApplyOverlay(IEntityOverlay overlay);
}
