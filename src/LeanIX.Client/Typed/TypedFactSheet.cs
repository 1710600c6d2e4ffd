namespace LeanIX.Client.Typed;

/// <summary>
/// The base of the classes generated from a workspace's data model snapshot. It wraps a dynamic
/// <see cref="LeanIX.Client.FactSheet"/> rather than deriving from it, so the dynamic layer stays as is:
/// a field or relation the snapshot lacks is still read through <see cref="FactSheet"/>.
/// </summary>
public abstract class TypedFactSheet
{
    /// <summary>Wraps a dynamic fact sheet.</summary>
    /// <param name="factSheet">The fact sheet.</param>
    /// <param name="via">The relation it was reached through, or null when loaded directly.</param>
    protected TypedFactSheet(FactSheet factSheet, FactSheetRelation? via)
    {
        ArgumentNullException.ThrowIfNull(factSheet);
        FactSheet = factSheet;
        Relation = via;
    }

    /// <summary>The dynamic fact sheet: every field and relation by key, also those the snapshot lacks.</summary>
    public FactSheet FactSheet { get; }

    /// <summary>The relation this fact sheet was reached through, with its attributes; null when loaded directly.</summary>
    public FactSheetRelation? Relation { get; }

    /// <summary>The fact sheet id.</summary>
    public Guid Id => FactSheet.Id;

    /// <summary>The type key, e.g. <c>Application</c>.</summary>
    public string Type => FactSheet.Type;

    /// <summary>The name.</summary>
    public string Name => FactSheet.Name;

    /// <summary>The display name (parents joined with " / ").</summary>
    public string DisplayName => FactSheet.DisplayName;

    /// <summary>The description.</summary>
    public string? Description => FactSheet["description"].AsString();

    /// <summary>ACTIVE or ARCHIVED.</summary>
    public string Status => FactSheet.Status;

    /// <summary>Any field by key, as the dynamic layer reads it.</summary>
    public FactSheetValue this[string field] => FactSheet[field];

    /// <summary>Any relation by key or plural type name, as the dynamic layer reads it (no I/O: the other ends may be references).</summary>
    public IReadOnlyList<FactSheetRelation> Relations(string keyOrPlural) => FactSheet.Relations(keyOrPlural);

    /// <summary>Subscriptions in one role, e.g. 'System Owner'.</summary>
    public IReadOnlyList<RoleSubscription> Subscriptions(string roleName) => FactSheet.Subscriptions(roleName);

    /// <summary>Tags grouped by tag group name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FactSheetTag>> TagsByGroup => FactSheet.TagsByGroup;

    /// <summary>The related fact sheets through <paramref name="relationKey"/>, loaded and wrapped as <typeparamref name="T"/>.</summary>
    protected Task<IReadOnlyList<T>> RelatedAsync<T>(string relationKey, CancellationToken cancellationToken) where T : TypedFactSheet, ITypedFactSheet<T> =>
        TypedFactSheets.RelatedAsync<T>(this, relationKey, cancellationToken);

    /// <summary>A text field, null when unset.</summary>
    protected string? Text(string field) => FactSheet[field].AsString();

    /// <summary>A number field, null when unset.</summary>
    protected double? Number(string field) => FactSheet[field].AsDouble();

    /// <summary>An integer field, null when unset.</summary>
    protected long? Integer(string field) => FactSheet[field].AsDouble() is { } d ? (long)d : null;

    /// <summary>A select field as its value type, null when unset.</summary>
    protected T? Select<T>(string field) where T : struct, ISelectValue<T> =>
        FactSheet[field].AsString() is { } key ? T.From(key) : null;

    /// <summary>A multiple-select field as its value types; empty when unset.</summary>
    protected IReadOnlyList<T> Selects<T>(string field) where T : struct, ISelectValue<T> =>
        FactSheet[field].AsStrings().Select(T.From).ToList();

    /// <summary>A lifecycle field (D11), null when unset.</summary>
    protected Lifecycle? LifecycleOf(string field) =>
        field == "lifecycle" ? FactSheet.Lifecycle : TypedValues.Lifecycle(FactSheet[field]);

    /// <summary>A location field, null when unset.</summary>
    protected Location? LocationOf(string field) => Location.From(FactSheet[field]);

    /// <summary>An external id field, null when unset.</summary>
    protected ExternalId? ExternalIdOf(string field) => ExternalId.From(FactSheet[field]);

    /// <inheritdoc />
    public override string ToString() => FactSheet.ToString();
}
