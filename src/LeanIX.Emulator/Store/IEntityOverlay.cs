using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>A transaction's overlay of one kind, seen without its type: what commit and persistence need.</summary>
internal interface IEntityOverlay
{
    bool HasChanges { get; }

    /// <summary>Changed entities by id; null means removed.</summary>
    IEnumerable<KeyValuePair<Guid, IEntity?>> ChangedEntities { get; }

    /// <summary>Merges these changes into the parent transaction's overlay of the same kind.</summary>
    void MergeInto(IEntityOverlay parent);
}
