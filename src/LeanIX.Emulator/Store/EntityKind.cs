using System.Text.Json;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>
/// One kind of stored entity as the store sees it: its name (the <c>kind</c> column in SQLite and the
/// key of its set), how it is serialised, and which fact sheets it is indexed under. Everything the
/// store does per kind (committed set, transaction overlay, SQLite load and save) goes through this.
/// </summary>
public abstract class EntityKind
{
    private protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private protected EntityKind(string name) => Name = name;

    /// <summary>The stored kind name; the CLR type name, as the SQLite rows of earlier versions have it.</summary>
    public string Name { get; }

    public abstract Type EntityType { get; }

    internal abstract IEntityCollection CreateSet();

    internal abstract IEntityOverlay CreateOverlay(IWorkspaceView parent);

    internal abstract string Serialize(IEntity entity);

    internal abstract IEntity Deserialize(string json);

    public override string ToString() => Name;
}

/// <summary>An entity kind of CLR type <typeparamref name="T"/>; <paramref name="owners"/> indexes it under fact sheets.</summary>
public sealed class EntityKind<T>(Func<T, IEnumerable<Guid>>? owners) : EntityKind(typeof(T).Name)
    where T : class, IEntity<T>
{
    public override Type EntityType => typeof(T);

    public Func<T, IEnumerable<Guid>>? Owners => owners;

    internal override IEntityCollection CreateSet() => new EntitySet<T>(owners);

    internal override IEntityOverlay CreateOverlay(IWorkspaceView parent) => new OverlaySet<T>(parent.Source<T>(), owners);

    internal override string Serialize(IEntity entity) => JsonSerializer.Serialize((T)entity, Json);

    internal override IEntity Deserialize(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException($"Stored {Name} is null.");
}
