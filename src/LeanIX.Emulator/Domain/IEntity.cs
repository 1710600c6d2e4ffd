namespace LeanIX.Emulator.Domain;

/// <summary>Anything the workspace stores by id. Entities are copied before a transaction edits them.</summary>
public interface IEntity
{
    Guid Id { get; }
}

/// <summary>An entity that can copy itself deeply, so a transaction never edits committed state.</summary>
public interface IEntity<out T> : IEntity where T : IEntity<T>
{
    T Clone();
}
