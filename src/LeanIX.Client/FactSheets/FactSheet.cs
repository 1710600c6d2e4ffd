using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A fact sheet of any type, custom types included. Fields read by key (<c>app["displayName"]</c>,
/// <c>ug["location"]["geoCountry"]</c>), relations by key or plural type name, subscriptions by role and
/// tags by group. With caching on there is one instance per id; a fact sheet first met as the other end
/// of a relation loads its full data on first access.
/// </summary>
public sealed partial class FactSheet
{
    /// <summary>The group name under which ungrouped tags are listed.</summary>
    public const string UngroupedTags = "Other tags";

    private readonly LeanIXClient _client;
    private JsonObject _data;

    internal FactSheet(LeanIXClient client, JsonObject data, bool complete)
    {
        _client = client;
        _data = data;
        IsLoaded = complete;
        Id = Guid.Parse(data["id"]!.GetValue<string>());
        Type = data["type"]!.GetValue<string>();
    }

    /// <summary>The fact sheet id.</summary>
    public Guid Id { get; }

    /// <summary>The type key, e.g. <c>Application</c>.</summary>
    public string Type { get; }

    /// <summary>Whether every field, relation, subscription, tag and document is in memory.</summary>
    public bool IsLoaded { get; private set; }

    /// <summary>The name.</summary>
    public string Name => _data["name"]?.GetValue<string>() ?? "";

    /// <summary>The display name (parents joined with " / ").</summary>
    public string DisplayName => _data["displayName"]?.GetValue<string>() ?? Name;

    /// <summary>ACTIVE or ARCHIVED.</summary>
    public string Status => _data["status"]?.GetValue<string>() ?? "ACTIVE";

    /// <summary>The revision; grows with every change (D19).</summary>
    public long Rev => Loaded()["rev"] is JsonValue v && v.TryGetValue<long>(out var r) ? r : 0;

    /// <summary>The raw JSON as loaded (read-only use).</summary>
    public JsonObject Json => Loaded();

    /// <summary>
    /// A field: base fields (<c>displayName</c>, <c>lxState</c>, <c>rev</c>…) and every data-model field of the type.
    /// An unknown field raises an error that lists the known ones.
    /// </summary>
    public FactSheetValue this[string field]
    {
        get
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(field);
            var data = Loaded();
            if (data.TryGetPropertyValue(field, out var value)) return new FactSheetValue(value);
            var type = _client.TypeModel(Type);
            if (type.Fields.ContainsKey(field) || BaseFields.Contains(field)) return new FactSheetValue(null);
            throw new ArgumentException(
                $"{Type} has no field '{field}'. Known fields: {string.Join(", ", BaseFields.Concat(type.Fields.Keys).Distinct().Order(StringComparer.Ordinal))}.",
                nameof(field));
        }
    }

    /// <summary>
    /// A field with its label and the label of its value in <paramref name="language"/> (English by default):
    /// <c>app.Field("businessCriticality")</c> → "Business Criticality" = "Mission Critical".
    /// </summary>
    public FieldInfo Field(string field, string language = "en")
    {
        var value = this[field];
        var labels = _client.GetLanguageAsync(language).GetAwaiter().GetResult();
        var definition = _client.TypeModel(Type).Fields.GetValueOrDefault(field);
        var type = definition?.Type ?? "STRING";
        string? valueLabel = type switch
        {
            "SINGLE_SELECT" => value.AsString() is { } v ? labels.ValueLabel(Type, field, v) : null,
            "MULTIPLE_SELECT" => value.IsNull ? null : string.Join(", ", value.AsStrings().Select(v => labels.ValueLabel(Type, field, v))),
            "LIFECYCLE" => value["asString"].AsString() is { } phase ? labels.ValueLabel(Type, field, phase) : null,
            _ => value.AsString()
        };
        return new FieldInfo(field, labels.FieldLabel(Type, field), value, valueLabel, type);
    }

    private static readonly string[] BaseFields =
        ["id", "name", "displayName", "fullName", "description", "type", "category", "level", "status", "lxState", "qualitySeal", "rev", "createdAt", "updatedAt", "naFields"];

    /// <summary>The lifecycle, or null when none is set (or the type has none).</summary>
    public Lifecycle? Lifecycle
    {
        get
        {
            if (Loaded()["lifecycle"] is not JsonObject lc) return null;
            var phases = (lc["phases"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(p => new LifecyclePhase(p["phase"]!.GetValue<string>(), p["startDate"]?.GetValue<string>())).ToList();
            return phases.Count == 0 ? null : new Lifecycle(lc["asString"]?.GetValue<string>(), phases);
        }
    }

    /// <summary>Subscriptions grouped by role name; a subscription with several roles is listed under each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RoleSubscription>> SubscriptionsByRole =>
        AllRoleSubscriptions().GroupBy(s => s.RoleName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RoleSubscription>)g.ToList(), StringComparer.Ordinal);

    /// <summary>The subscriptions in one role, e.g. 'System Owner'; empty when nobody holds it.</summary>
    public IReadOnlyList<RoleSubscription> Subscriptions(string roleName) =>
        AllRoleSubscriptions().Where(s => string.Equals(s.RoleName, roleName, StringComparison.OrdinalIgnoreCase)).ToList();

    private IEnumerable<RoleSubscription> AllRoleSubscriptions()
    {
        foreach (var node in Edges(Loaded()["subscriptions"]))
        {
            var user = node["user"];
            var roles = node["roles"] as JsonArray ?? [];
            foreach (var role in roles.OfType<JsonObject>())
            {
                yield return new RoleSubscription(
                    Guid.Parse(node["id"]!.GetValue<string>()), node["type"]?.GetValue<string>() ?? "",
                    Guid.TryParse(user?["id"]?.GetValue<string>(), out var uid) ? uid : Guid.Empty,
                    user?["email"]?.GetValue<string>() ?? "", user?["displayName"]?.GetValue<string>(),
                    role["name"]?.GetValue<string>() ?? "", role["comment"]?.GetValue<string>());
            }
        }
    }

    /// <summary>Tags grouped by tag group name; ungrouped ones under <see cref="UngroupedTags"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FactSheetTag>> TagsByGroup =>
        AllTags().GroupBy(t => t.GroupName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FactSheetTag>)g.ToList(), StringComparer.Ordinal);

    /// <summary>The tags of one group; empty when the fact sheet has none of it.</summary>
    public IReadOnlyList<FactSheetTag> Tags(string groupName) =>
        AllTags().Where(t => string.Equals(t.GroupName, groupName, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Every tag in order.</summary>
    public IReadOnlyList<FactSheetTag> AllTagsList => AllTags().ToList();

    private IEnumerable<FactSheetTag> AllTags()
    {
        foreach (var tag in (Loaded()["tags"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var group = tag["tagGroup"] as JsonObject;
            yield return new FactSheetTag(Guid.Parse(tag["id"]!.GetValue<string>()), tag["name"]?.GetValue<string>() ?? "",
                Guid.TryParse(group?["id"]?.GetValue<string>(), out var gid) ? gid : null,
                group?["name"]?.GetValue<string>() ?? UngroupedTags, tag["color"]?.GetValue<string>());
        }
    }

    /// <summary>The documents (resources).</summary>
    public IReadOnlyList<FactSheetDocument> Documents => Edges(Loaded()["documents"])
        .Select(d => new FactSheetDocument(Guid.Parse(d["id"]!.GetValue<string>()), d["name"]?.GetValue<string>() ?? "",
            d["url"]?.GetValue<string>(), d["description"]?.GetValue<string>(), d["origin"]?.GetValue<string>(), d["documentType"]?.GetValue<string>()))
        .ToList();

    /// <summary>
    /// The related fact sheets through a relation key (<c>relApplicationToBusinessCapability</c>) or a
    /// plural type name (<c>businessCapabilities</c>), with the relation attributes.
    /// </summary>
    public IReadOnlyList<FactSheetRelation> Relations(string keyOrPlural)
    {
        var relation = _client.TypeModel(Type).Relation(keyOrPlural);
        return Edges(Loaded()[relation.Key])
            .Select(node => new FactSheetRelation(relation.Key, node, _client.Reference((JsonObject)node["factSheet"]!)))
            .ToList();
    }

    /// <summary>Loads the full data (once) and returns this instance.</summary>
    public async Task<FactSheet> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!IsLoaded) await _client.LoadFullAsync(this, cancellationToken).ConfigureAwait(false);
        return this;
    }

    internal JsonObject Data => _data;

    /// <summary>Replaces the data with a fresh read (cache coherence after a write or a reload).</summary>
    internal void Refresh(JsonObject data, bool complete)
    {
        if (!complete && IsLoaded)
        {
            // A reference (id, name, type…) refreshes the header fields only; the full data stays.
            foreach (var (key, value) in data) _data[key] = value?.DeepClone();
            return;
        }
        _data = data;
        IsLoaded = complete;
    }

    internal void MarkStale() => IsLoaded = false;

    private JsonObject Loaded()
    {
        if (!IsLoaded) _client.LoadFullAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        return _data;
    }

    private static IEnumerable<JsonObject> Edges(JsonNode? connection) =>
        (connection?["edges"] as JsonArray ?? []).Select(e => e?["node"]).OfType<JsonObject>();

    /// <inheritdoc />
    public override string ToString() => $"{Type} '{DisplayName}' ({Id})";
}
