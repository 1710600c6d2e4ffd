using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// Writes hand-made content into an empty <see cref="WorkspaceState"/> by name, checking every
/// entry against the data model as it goes, so a typo in a seed fails loudly at start-up instead
/// of producing a workspace the API would reject. Ids derive from names (<see cref="Ids"/>), so
/// the same seed yields the same ids on every start.
/// </summary>
public sealed class SeedBuilder
{
    private readonly string _prefix;
    private readonly Dictionary<(string Type, string Name), FactSheet> _byName = new();
    private readonly HashSet<(string Definition, Guid From, Guid To)> _relationKeys = [];
    private readonly HashSet<(string Definition, Guid End)> _singleEnds = [];
    private readonly Random _random;
    private int _order;

    public SeedBuilder(WorkspaceState state, DateTimeOffset now, string prefix, int randomSeed = 7)
    {
        State = state;
        // Whole seconds: the stored form carries microseconds at most (D6), so values survive a round trip.
        Now = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        _prefix = prefix;
        _random = new Random(randomSeed);
    }

    public WorkspaceState State { get; }
    public DataModel Model => State.Model;
    public DateTimeOffset Now { get; }

    public Guid Id(string kind, string name) => Ids.FromName($"{_prefix}:{kind}:{name}");

    public FactSheet Get(string type, string name) =>
        _byName.TryGetValue((type, name), out var fs) ? fs : throw new InvalidOperationException($"Seed has no {type} '{name}'.");

    /// <summary>
    /// Adds a fact sheet. Creation lies 1–3 years back and the last update some days later;
    /// <paramref name="staleDays"/> forces an old last update for "outdated" examples.
    /// </summary>
    public FactSheet AddFactSheet(string type, string name, string? description, string lxState = "APPROVED",
        string status = FactSheetStatus.Active, int? staleDays = null)
    {
        if (Model.Type(type) is null) throw new InvalidOperationException($"Type '{type}' is not in the data model.");
        if (_byName.ContainsKey((type, name))) throw new InvalidOperationException($"Duplicate {type} '{name}'.");
        var created = Now.AddDays(-(365 + _random.Next(730))).AddMinutes(-_random.Next(1440));
        var updated = staleDays is { } stale
            ? Now.AddDays(-stale)
            : created.AddDays(_random.Next(1, 300));
        if (updated > Now) updated = Now.AddHours(-_random.Next(1, 72));
        if (updated < created) created = updated.AddDays(-30);
        var fs = new FactSheet
        {
            Id = Id("fs", $"{type}:{name}"),
            Type = type,
            Name = name,
            Description = description,
            LxState = lxState,
            Status = status,
            Rev = 1 + _order % 6,
            CreatedAt = created,
            UpdatedAt = updated
        };
        _order++;
        _byName[(type, name)] = fs;
        State.FactSheets.Put(fs);
        return fs;
    }

    /// <summary>Sets a data-model field after checking it exists and that select values are allowed.</summary>
    public FactSheet Set(FactSheet fs, string field, JsonNode? value)
    {
        var def = Model.Type(fs.Type)!.Field(field)
            ?? throw new InvalidOperationException($"{fs.Type} has no field '{field}'.");
        CheckValue(def, value, $"{fs.Type} '{fs.Name}'");
        fs.Fields[field] = value;
        return fs;
    }

    /// <summary>
    /// Relates two fact sheets through the directional key <paramref name="relKey"/> as seen from
    /// <paramref name="near"/>; the stored relation is oriented along the definition (D22).
    /// </summary>
    public Relation Relate(FactSheet near, string relKey, FactSheet far, string? activeFrom = null, string? activeUntil = null,
        string? description = null, params (string Field, JsonNode? Value)[] fields)
    {
        var directional = Model.Type(near.Type)!.Relation(relKey)
            ?? throw new InvalidOperationException($"{near.Type} has no relation '{relKey}'.");
        if (directional.Far.FactSheetType != far.Type)
            throw new InvalidOperationException($"{relKey} from '{near.Name}' needs a {directional.Far.FactSheetType}, not {far.Type} '{far.Name}'.");
        if (near.Id == far.Id) throw new InvalidOperationException($"'{near.Name}' cannot relate to itself.");
        var def = directional.Definition;
        var (from, to) = directional.IsFromSide ? (near, far) : (far, near);
        if (!_relationKeys.Add((def.InternalName, from.Id, to.Id)))
            throw new InvalidOperationException($"Duplicate {def.InternalName} '{from.Name}' → '{to.Name}'.");
        if (def.From.IsSingle && !_singleEnds.Add((def.InternalName + ":from", from.Id)))
            throw new InvalidOperationException($"'{from.Name}' already has its single {def.From.Name}.");
        if (def.To.IsSingle && !_singleEnds.Add((def.InternalName + ":to", to.Id)))
            throw new InvalidOperationException($"'{to.Name}' already has its single {def.To.Name}.");

        var relation = new Relation
        {
            Id = Id("rel", $"{def.InternalName}:{from.Id}:{to.Id}"),
            DefinitionName = def.InternalName,
            FromId = from.Id,
            ToId = to.Id,
            ActiveFrom = activeFrom,
            ActiveUntil = activeUntil,
            Description = description,
            // A relation to an archived fact sheet is archived with it (D22).
            Status = from.IsActive && to.IsActive ? FactSheetStatus.Active : FactSheetStatus.Archived,
            CreatedAt = Later(from.CreatedAt, to.CreatedAt),
            UpdatedAt = Later(from.CreatedAt, to.CreatedAt)
        };
        foreach (var (key, value) in fields)
        {
            var fieldDef = def.Fields.GetValueOrDefault(key)
                ?? throw new InvalidOperationException($"Relation {def.InternalName} has no field '{key}'.");
            CheckValue(fieldDef, value, def.InternalName);
            relation.Fields[key] = value;
        }
        State.Relations.Put(relation);
        return relation;
    }

    /// <summary>Makes <paramref name="child"/> a child of <paramref name="parent"/> (relToParent, D22).</summary>
    public Relation Parent(FactSheet child, FactSheet parent) => Relate(child, "relToParent", parent);

    public TagGroup AddTagGroup(string name, string shortName, string mode, string description, params string[] restrictTo)
    {
        var group = new TagGroup
        {
            Id = Id("tag-group", name), Name = name, ShortName = shortName, Mode = mode, Description = description,
            RestrictToFactSheetTypes = restrictTo.Where(t => Model.Type(t) is not null).ToList()
        };
        State.TagGroups.Put(group);
        return group;
    }

    public Tag AddTag(TagGroup? group, string name, string color, string? description = null)
    {
        var tag = new Tag
        {
            Id = Id("tag", $"{group?.Name}:{name}"), Name = name, Color = color, Description = description, TagGroupId = group?.Id
        };
        State.Tags.Put(tag);
        return tag;
    }

    /// <summary>Tags a fact sheet, honouring type restrictions and SINGLE groups (D21).</summary>
    public void TagWith(FactSheet fs, Tag tag)
    {
        if (tag.TagGroupId is { } groupId)
        {
            var group = State.TagGroups.Get(groupId)!;
            if (group.RestrictToFactSheetTypes.Count > 0 && !group.RestrictToFactSheetTypes.Contains(fs.Type))
                throw new InvalidOperationException($"Tag group '{group.Name}' does not apply to {fs.Type}.");
            if (group.Mode == "SINGLE" && fs.TagIds.Any(t => State.Tags.Get(t)!.TagGroupId == groupId))
                throw new InvalidOperationException($"'{fs.Name}' already has a tag of SINGLE group '{group.Name}'.");
        }
        if (!fs.TagIds.Contains(tag.Id)) fs.TagIds.Add(tag.Id);
    }

    /// <summary>Subscribes a user; roles are given by name with the subscriber's comment (D14).</summary>
    public Subscription Subscribe(FactSheet fs, string email, string type, params (string Role, string? Comment)[] roles)
    {
        var userId = SeedUsers.IdOf(email);
        if (State.Users.Get(userId) is null) throw new InvalidOperationException($"Unknown user '{email}'.");
        if (State.Subscriptions.OwnedBy(fs.Id).Any(s => s.UserId == userId))
            throw new InvalidOperationException($"'{email}' is already subscribed to '{fs.Name}'.");
        if (type == "ACCOUNTABLE" && State.Subscriptions.OwnedBy(fs.Id).Any(s => s.Type == "ACCOUNTABLE"))
            throw new InvalidOperationException($"'{fs.Name}' already has an accountable subscriber.");
        var links = new List<SubscriptionRoleLink>();
        foreach (var (role, comment) in roles)
        {
            var roleEntity = State.SubscriptionRoles.Get(StandardRoles.IdOf(role))
                ?? throw new InvalidOperationException($"Unknown subscription role '{role}'.");
            if (roleEntity.SubscriptionType is { } required && required != type)
                throw new InvalidOperationException($"Role '{role}' needs a {required} subscription.");
            links.Add(new SubscriptionRoleLink(roleEntity.Id, comment));
        }
        var subscription = new Subscription
        {
            Id = Id("subscription", $"{fs.Id}:{userId}"), FactSheetId = fs.Id, UserId = userId, Type = type, Roles = links,
            CreatedAt = fs.CreatedAt.AddDays(1)
        };
        State.Subscriptions.Put(subscription);
        return subscription;
    }

    public Document AddDocument(FactSheet fs, string name, string? url, string? description = null, string? documentType = null)
    {
        var document = new Document
        {
            Id = Id("document", $"{fs.Id}:{name}"), FactSheetId = fs.Id, Name = name, Url = url, Description = description,
            Origin = url is null ? null : "CUSTOM_LINK", DocumentType = documentType, CreatedAt = fs.CreatedAt.AddDays(3)
        };
        State.Documents.Put(document);
        return document;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static void CheckValue(FieldDefinition def, JsonNode? value, string owner)
    {
        if (value is null) return;
        switch (def.Type)
        {
            case FieldType.SingleSelect:
                if (!def.Values.Contains(value.GetValue<string>()))
                    throw new InvalidOperationException($"'{value}' is not a value of {def.Key} ({owner}).");
                break;
            case FieldType.MultipleSelect:
                foreach (var item in value.AsArray())
                    if (!def.Values.Contains(item!.GetValue<string>()))
                        throw new InvalidOperationException($"'{item}' is not a value of {def.Key} ({owner}).");
                break;
            case FieldType.Lifecycle:
                foreach (var phase in value["phases"]!.AsArray())
                    if (!def.Values.Contains(phase!["phase"]!.GetValue<string>()))
                        throw new InvalidOperationException($"'{phase["phase"]}' is not a lifecycle phase ({owner}).");
                break;
        }
    }
}
