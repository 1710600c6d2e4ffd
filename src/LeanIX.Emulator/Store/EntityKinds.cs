using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>
/// The registry of entity kinds a workspace stores. Adding a kind is the entity class plus one line in
/// <see cref="BuiltIn"/>: the committed set, the transaction overlay, SQLite load/save and the change log's
/// entity type all follow from the registration. A registry is an instance handed to the workspace, so a
/// test can extend it (<see cref="With{T}"/>) without touching what other tests see.
/// </summary>
public sealed class EntityKinds
{
    private readonly List<EntityKind> _all = [];
    private readonly Dictionary<Type, EntityKind> _byType = new();
    private readonly Dictionary<string, EntityKind> _byName = new(StringComparer.Ordinal);

    /// <summary>The kinds every workspace has. Owners: the fact sheets (or tag group) an entity is listed under.</summary>
    public static EntityKinds BuiltIn { get; } = new EntityKinds()
        .With<FactSheet>()
        .With<Relation>(r => [r.FromId, r.ToId])
        .With<Tag>(t => t.TagGroupId is { } g ? [g] : [])
        .With<TagGroup>()
        .With<SubscriptionRole>()
        .With<Subscription>(s => [s.FactSheetId])
        .With<Document>(d => [d.FactSheetId])
        .With<User>()
        .With<RelationConstraint>(c => [c.FactSheetId])
        .With<Synchronization>()
        .With<SyncItem>(i => [i.SynchronizationId])
        .With<Todo>(t => [t.FactSheetId])
        .With<MetricSchema>()
        .With<MetricPoint>(p => [p.SchemaId])
        .With<MetricChart>()
        .With<LeanIX.Emulator.Domain.Integrations.ProcessorConfiguration>()
        .With<Bookmark>()
        .With<MtmEvent>(e => [e.UserId])
        .With<Feature>()
        .With<WorkspaceSettings>()
        .With<AccessControlEntity>()
        .With<Calculation>()
        .With<ExecutionConfiguration>()
        .With<ExecutionLog>(l => [l.ExecutionConfigurationId])
        .With<AutomationTemplate>()
        .With<SbomJob>(j => [j.FactSheetId])
        .With<Transformation>(t => t.ApplicationId is { } app ? [t.FactSheetId, app] : [t.FactSheetId])
        .With<Export>()
        .With<DocumentFile>(f => [f.FactSheetId])
        .With<Poll>()
        .With<PollRun>(r => [r.PollId])
        .With<StoredAuthorizationModel>()
        .With<MetaModelActionBatch>();

    public IReadOnlyList<EntityKind> All => _all;

    /// <summary>A new registry with these kinds and one more; this one is left as it is.</summary>
    public EntityKinds With<T>(Func<T, IEnumerable<Guid>>? owners = null) where T : class, IEntity<T>
    {
        var kinds = new EntityKinds();
        foreach (var kind in _all) kinds.Add(kind);
        kinds.Add(new EntityKind<T>(owners));
        return kinds;
    }

    public EntityKind<T> Of<T>() where T : class, IEntity<T> =>
        _byType.TryGetValue(typeof(T), out var kind)
            ? (EntityKind<T>)kind
            : throw new InvalidOperationException($"Entity kind {typeof(T).Name} is not registered with this workspace.");

    /// <summary>The kind stored under <paramref name="name"/>, or null for rows of a kind this registry lacks.</summary>
    public EntityKind? ByName(string name) => _byName.GetValueOrDefault(name);

    private void Add(EntityKind kind)
    {
        if (!_byName.TryAdd(kind.Name, kind)) throw new InvalidOperationException($"Entity kind {kind.Name} is registered twice.");
        _byType.Add(kind.EntityType, kind);
        _all.Add(kind);
    }
}
