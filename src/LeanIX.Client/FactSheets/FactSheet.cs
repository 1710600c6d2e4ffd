using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>
/// A loaded snapshot of a fact sheet of any type, custom types included. Fields read by key
/// (<c>app["displayName"]</c>, <c>ug["location"]["geoCountry"]</c>), relations by key or plural type name,
/// subscriptions by role and tags by group. No member performs I/O: a fact sheet first met as the other end
/// of a relation holds only its id, name and type until <see cref="LoadAsync"/> (or a preload) completes it;
/// reading more of it before raises <see cref="FactSheetNotLoadedException"/>. With caching on there is one
/// instance per id.
/// </summary>
public sealed partial class FactSheet
{
    /// <summary>The group name under which ungrouped tags are listed.</summary>
    public const string UngroupedTags = "Other tags";

    private static readonly string[] BaseFields =
        ["id", "name", "displayName", "fullName", "description", "type", "category", "level", "status", "lxState", "qualitySeal", "rev", "createdAt", "updatedAt", "naFields"];

    private readonly LeanIXClient _client;
    internal LeanIXClient Client => _client; // for area extensions such as TodosAsync (no I/O here)

    // The compact representation (strings interned, values in the type's selection order, see CompactObject);
    // a DOM is built only where an API returns JSON (Json, a field value, a relation's attributes).
    private CompactObject _data;

    internal FactSheet(LeanIXClient client, FactSheetTypeModel type, CompactObject data, bool complete)
        : this(client, type, data, complete, IdOf(data))
    {
    }

    /// <summary>A fact sheet whose <paramref name="id"/> the caller already read from <paramref name="data"/>.</summary>
    internal FactSheet(LeanIXClient client, FactSheetTypeModel type, CompactObject data, bool complete, Guid id)
    {
        _client = client;
        _data = data;
        TypeModel = type;
        IsLoaded = complete;
        Id = id;
    }

    /// <summary>The fact sheet id.</summary>
    public Guid Id { get; }

    /// <summary>The type key, e.g. <c>Application</c>.</summary>
    public string Type => TypeModel.Key;

    /// <summary>The type in the workspace's data model: its fields and relations.</summary>
    public FactSheetTypeModel TypeModel { get; }

    /// <summary>Whether every field, relation, subscription, tag and document is in memory.</summary>
    public bool IsLoaded { get; private set; }

    /// <summary>The name.</summary>
    public string Name => Text("name") ?? "";

    /// <summary>The display name (parents joined with " / ").</summary>
    public string DisplayName => Text("displayName") ?? Name;

    /// <summary>ACTIVE or ARCHIVED.</summary>
    public string Status => Text("status") ?? "ACTIVE";

    /// <summary>The revision; grows with every change (D19).</summary>
    public long Rev
    {
        get
        {
            RequireLoaded("rev");
            return _data["rev"] is CompactNumber n && long.TryParse(n.Text, System.Globalization.CultureInfo.InvariantCulture, out var rev) ? rev : 0;
        }
    }

    /// <summary>The JSON as read, built anew on each read (the fact sheet is held compactly); only id, name and type for a fact sheet not yet loaded.</summary>
    public JsonObject Json => _data.ToJsonObject();

    /// <summary>
    /// A field: base fields (<c>displayName</c>, <c>lxState</c>, <c>rev</c>…) and every data-model field of the type.
    /// An unknown field raises an error that lists the known ones.
    /// </summary>
    public FactSheetValue this[string field]
    {
        get
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(field);
            if (_data.TryGet(field, out var value)) return new FactSheetValue(CompactJson.ToNode(value));
            if (!TypeModel.Fields.ContainsKey(field) && !BaseFields.Contains(field))
                throw new ArgumentException(
                    $"{Type} has no field '{field}'. Known fields: {string.Join(", ", BaseFields.Concat(TypeModel.Fields.Keys).Distinct().Order(StringComparer.Ordinal))}.",
                    nameof(field));
            RequireLoaded($"field '{field}'");
            return new FactSheetValue(null);
        }
    }

    /// <summary>
    /// A field with its label and the label of its value in <paramref name="labels"/>' language:
    /// <c>app.Field("businessCriticality", en)</c> → "Business Criticality" = "Mission Critical".
    /// </summary>
    public FieldInfo Field(string field, LanguageModel labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var value = this[field];
        var type = TypeModel.Fields.GetValueOrDefault(field)?.Type ?? "STRING";
        string? valueLabel = type switch
        {
            "SINGLE_SELECT" => value.AsString() is { } v ? labels.ValueLabel(Type, field, v) : null,
            "MULTIPLE_SELECT" => value.IsNull ? null : string.Join(", ", value.AsStrings().Select(v => labels.ValueLabel(Type, field, v))),
            "LIFECYCLE" => value["asString"].AsString() is { } phase ? labels.ValueLabel(Type, field, phase) : null,
            _ => value.AsString()
        };
        return new FieldInfo(field, labels.FieldLabel(Type, field), value, valueLabel, type);
    }

    /// <summary>A field with its labels in <paramref name="language"/> (English by default), loading the labels once.</summary>
    public async Task<FieldInfo> FieldAsync(string field, string language = "en", CancellationToken cancellationToken = default) =>
        Field(field, await _client.DataModel.GetLanguageAsync(language, cancellationToken).ConfigureAwait(false));

    /// <summary>The lifecycle, or null when none is set (or the type has none).</summary>
    public Lifecycle? Lifecycle
    {
        get
        {
            var lifecycle = this["lifecycle"];
            return lifecycle.IsNull ? null : FactSheetReader.Lifecycle(lifecycle.Node!);
        }
    }

    /// <summary>Subscriptions grouped by role name; a subscription with several roles is listed under each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RoleSubscription>> SubscriptionsByRole =>
        AllRoleSubscriptions().GroupBy(s => s.RoleName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RoleSubscription>)g.ToList(), StringComparer.Ordinal);

    /// <summary>The subscriptions in one role, e.g. 'System Owner'; empty when nobody holds it.</summary>
    public IReadOnlyList<RoleSubscription> Subscriptions(string roleName) =>
        AllRoleSubscriptions().Where(s => string.Equals(s.RoleName, roleName, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Tags grouped by tag group name; ungrouped ones under <see cref="UngroupedTags"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FactSheetTag>> TagsByGroup =>
        AllTags().GroupBy(t => t.GroupName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FactSheetTag>)g.ToList(), StringComparer.Ordinal);

    /// <summary>The tags of one group; empty when the fact sheet has none of it.</summary>
    public IReadOnlyList<FactSheetTag> Tags(string groupName) =>
        AllTags().Where(t => string.Equals(t.GroupName, groupName, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Every tag in order.</summary>
    public IReadOnlyList<FactSheetTag> AllTagsList => AllTags().ToList();

    /// <summary>The documents (resources).</summary>
    public IReadOnlyList<FactSheetDocument> Documents =>
        (Parts("documents").Documents?.Nodes ?? []).Select(FactSheetReader.Document).ToList();

    /// <summary>
    /// The related fact sheets through a relation key (<c>relApplicationToBusinessCapability</c>) or a
    /// plural type name (<c>businessCapabilities</c>), with the relation attributes. The fact sheets at the other
    /// end are the cached ones where known, else references holding id, name and type: use
    /// <see cref="RelationsAsync"/> to have them loaded.
    /// </summary>
    public IReadOnlyList<FactSheetRelation> Relations(string keyOrPlural)
    {
        var relation = TypeModel.Relation(keyOrPlural);
        RequireLoaded($"relation '{relation.Key}'");
        var targetType = TypeModel.Model.Type(relation.TargetType);
        var cache = _client.FactSheets.Cache;
        var relations = new List<FactSheetRelation>();
        foreach (var value in CompactJson.ConnectionNodes(_data[relation.Key]))
        {
            if (CompactJson.AsObject(value) is not { } node) continue;
            var target = node.Object("factSheet") ?? throw new LeanIXRequestFailedException($"A {relation.Key} relation came without its fact sheet.", "Read relation");
            relations.Add(new FactSheetRelation(relation.Key, node.ToJsonObject(), cache.Reference(targetType, target)));
        }
        return relations;
    }

    /// <summary>
    /// The related fact sheets through a relation key or plural type name, this fact sheet and every one at the
    /// other end loaded in full (one request per 1,000 not yet in memory).
    /// </summary>
    public async Task<IReadOnlyList<FactSheetRelation>> RelationsAsync(string keyOrPlural, CancellationToken cancellationToken = default)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        var relations = Relations(keyOrPlural);
        await _client.FactSheets.LoadAsync(relations.Select(r => r.FactSheet), cancellationToken).ConfigureAwait(false);
        return relations;
    }

    /// <summary>Loads the full data (once) and returns this instance.</summary>
    public async Task<FactSheet> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!IsLoaded) await _client.FactSheets.ReloadAsync(this, cancellationToken).ConfigureAwait(false);
        return this;
    }

    /// <summary>The data as a new DOM (tests compare it with what the service sent).</summary>
    internal JsonObject Data => _data.ToJsonObject();

    internal CompactObject Compact => _data;

    internal static Guid IdOf(JsonObject node) =>
        Guid.TryParse(new FactSheetValue(node["id"]).AsString(), out var id) ? id : throw new LeanIXRequestFailedException("A fact sheet came without an id.", "Read fact sheet");

    internal static Guid IdOf(CompactObject node) =>
        Guid.TryParse(node["id"] as string, out var id) ? id : throw new LeanIXRequestFailedException("A fact sheet came without an id.", "Read fact sheet");

    /// <summary>Replaces the data with a fresh read (cache coherence after a write or a reload).</summary>
    internal void Refresh(JsonObject data, bool complete) => Refresh(CompactJson.FromObject(data, _client.FactSheets.Cache.Pool), complete);

    /// <inheritdoc cref="Refresh(JsonObject, bool)"/>
    internal void Refresh(CompactObject data, bool complete)
    {
        if (!complete && IsLoaded)
        {
            // A reference (id, name, type…) refreshes the header fields only; the full data stays.
            _data = _data.Merge(data);
            return;
        }
        _data = data;
        IsLoaded = complete;
    }

    internal void MarkStale() => IsLoaded = false;

    /// <summary>The subscriptions as read, with role ids (for subscription writes).</summary>
    internal IReadOnlyList<SubscriptionWire> SubscriptionNodes => (Parts("subscriptions").Subscriptions?.Nodes ?? []).ToList();

    private IEnumerable<RoleSubscription> AllRoleSubscriptions() =>
        (Parts("subscriptions").Subscriptions?.Nodes ?? []).SelectMany(FactSheetReader.RoleSubscriptions);

    private IEnumerable<FactSheetTag> AllTags() => (Parts("tags").Tags ?? []).OfType<FactSheetTagWire>().Select(FactSheetReader.Tag);

    /// <summary>Tags, subscriptions and documents through the wire records, read from a DOM of those parts only.</summary>
    private FactSheetPartsWire Parts(string what)
    {
        RequireLoaded(what);
        var parts = new JsonObject();
        foreach (var key in (ReadOnlySpan<string>)["id", "type", "name", "displayName", "status", "tags", "subscriptions", "documents"])
            if (_data.TryGet(key, out var value)) parts[key] = CompactJson.ToNode(value);
        return FactSheetReader.Parts(parts);
    }

    private string? Text(string key) => CompactJson.AsString(_data[key]);

    private void RequireLoaded(string what)
    {
        if (!IsLoaded)
            throw new FactSheetNotLoadedException(
                $"{this} holds only its name and type (it was reached through a relation or changed elsewhere); await LoadAsync() or preload before reading its {what}.");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Type} '{DisplayName}' ({Id})";
}
