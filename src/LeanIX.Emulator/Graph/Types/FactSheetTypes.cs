using GraphQL.Types;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Wire;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>
/// The interface <c>BaseFactSheet</c> and one object type per data-model type (D7), each with the
/// base fields (D10), its data-model fields typed per D10 and one connection per relation key (D12).
/// </summary>
public sealed class FactSheetTypes
{
    /// <summary>Base member names; a data-model field with one of these names is served by the base field.</summary>
    public static readonly HashSet<string> BaseNames =
    [
        "id", "name", "displayName", "fullName", "description", "type", "category", "level", "status", "lxState",
        "qualitySeal", "rev", "createdAt", "updatedAt", "naFields", "tags", "subscriptions", "documents", "completion", "permissions"
    ];

    private readonly InputTypes _inputs;
    private readonly ValueTypes _values;
    private EntityTypes _entities = null!;

    public FactSheetTypes(DataModel model, InputTypes inputs, ValueTypes values)
    {
        _inputs = inputs;
        _values = values;
        Interface.ResolveType = source => source is FsNode node ? TypeOf(node.FactSheet.Type) : null;
        foreach (var key in model.Types.Keys)
        {
            var type = new ObjectGraphType { Name = key };
            type.AddResolvedInterface(Interface);
            ByType[key] = type;
        }
    }

    // The type last resolved: a page's fact sheets are all of one type (issue 15: hashing the type key per fact sheet
    // and relation end was a fortieth of a warm dump). One immutable pair, so racing readers see a consistent one.
    private Resolved? _lastResolved;

    private sealed record Resolved(string Key, ObjectGraphType Type);

    private ObjectGraphType? TypeOf(string key)
    {
        if (_lastResolved is { } last && (ReferenceEquals(last.Key, key) || last.Key == key)) return last.Type;
        if (!ByType.TryGetValue(key, out var type)) return null;
        _lastResolved = new Resolved(key, type);
        return type;
    }

    public InterfaceGraphType Interface { get; } = new() { Name = "BaseFactSheet" };
    public Dictionary<string, ObjectGraphType> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Second phase: fields, once the entity types (which point back at the interface) exist.</summary>
    public void Complete(DataModel model, EntityTypes entities, RelationTypes relations)
    {
        _entities = entities;
        AddBaseFields(Interface);
        // Interface fields carry no resolvers: the concrete type's fields resolve (graphql-dotnet rule).
        foreach (var field in Interface.Fields) field.Resolver = null;
        var fieldValues = new FieldValues(_values);
        foreach (var (key, definition) in model.Types)
        {
            var type = ByType[key];
            AddBaseFields(type);
            foreach (var field in definition.Fields.Values)
            {
                if (BaseNames.Contains(field.Key)) continue;
                var f = field;
                var added = type.Add(f.Key, fieldValues.GraphType(f), c => FieldValues.Convert(f, c.Src<FsNode>().FactSheet.Field(f.Key)));
                if (FieldValues.Writer(f) is { } write) added.WritesDirectly((s, json) => write(json, ((FsNode)s).FactSheet.Field(f.Key)));
            }
            foreach (var relKey in definition.Relations.Keys)
            {
                // A model field of the same name wins; GraphQL field names must be unique per type.
                if (BaseNames.Contains(relKey) || definition.Fields.ContainsKey(relKey)) continue;
                var k = relKey;
                type.Add(k, relations.Connection(k), c => RelationConnection(c, k),
                    Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)),
                    Fields.Arg("validityFilter", _inputs.ValidityFilterInput));
            }
        }
    }

    private static Connection RelationConnection(GraphQL.IResolveFieldContext c, string key)
    {
        var node = c.Src<FsNode>();
        var filter = c.Raw("validityFilter") as IDictionary<string, object?>;
        var (from, until) = (filter?.Get("activeFrom") as string, filter?.Get("activeUntil") as string);
        // Checked before any relation is looked at, so a bad date is refused even where there is none to filter.
        ValidityFilter.Validate(from, until);
        var all = c.Graph().Relations.Of(node.View, node.FactSheet, key);
        var relations = from is null && until is null ? all : Overlapping(all, from, until);
        var (first, after) = (c.Int("first"), c.Str("after"));
        // Most keys of a fact sheet have no relation: the shared empty page, without this page's closures (issue 15).
        return relations.Count == 0 && string.IsNullOrEmpty(after) && first is not < 0
            ? Paging.EmptyPage
            : RelationPage(node, key, relations, first, after);
    }

    // Its own method, so the filter's closure is made only when there is a filter.
    private static List<(Relation Relation, FactSheet Other)> Overlapping(IReadOnlyList<(Relation Relation, FactSheet Other)> all, string? from, string? until) =>
        all.Where(x => ValidityFilter.Overlaps(x.Relation, from, until)).ToList();

    private static Connection RelationPage(FsNode node, string key, IReadOnlyList<(Relation Relation, FactSheet Other)> relations, int? first, string? after) =>
        Paging.Page(relations, first, after, Paging.Snapshot(() => $"rel:{node.FactSheet.Id}:{key}"),
            x => new RelNode(node.View, x.Relation, node.FactSheet.Id, key) { Other = x.Other });

    private void AddBaseFields(IComplexGraphType t)
    {
        // Direct writers (issue 15) write what the resolver and the scalar would: Utf8JsonWriter writes a Guid as "D".
        t.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(Fs(c).Id))
            .WritesDirectly(static (s, json) => { json.WriteStringValue(((FsNode)s).FactSheet.Id); return true; });
        t.Add("name", typeof(NonNullGraphType<StringGraphType>), c => Fs(c).Name)
            .WritesDirectly(static (s, json) => ((FsNode)s).FactSheet.Name is { } name && DirectField.WriteString(json, name));
        t.Add("displayName", typeof(StringGraphType), c => FactSheetNames.DisplayName(View(c), Fs(c)))
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, FactSheetNames.DisplayName(((FsNode)s).View, ((FsNode)s).FactSheet)));
        t.Add("fullName", typeof(StringGraphType), c => FactSheetNames.FullName(View(c), Fs(c)))
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, FactSheetNames.FullName(((FsNode)s).View, ((FsNode)s).FactSheet)));
        t.Add("description", typeof(StringGraphType), c => Fs(c).Description)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((FsNode)s).FactSheet.Description));
        t.Add("type", typeof(NonNullGraphType<StringGraphType>), c => Fs(c).Type)
            .WritesDirectly(static (s, json) => ((FsNode)s).FactSheet.Type is { } type && DirectField.WriteString(json, type));
        t.Add("category", typeof(StringGraphType), c => Fs(c).StringField("category"))
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((FsNode)s).FactSheet.StringField("category")));
        t.Add("level", typeof(IntGraphType), c => FactSheetNames.Level(View(c), Fs(c)))
            .WritesDirectly(static (s, json) => DirectField.WriteInt(json, FactSheetNames.Level(((FsNode)s).View, ((FsNode)s).FactSheet)));
        var statuses = DirectField.SelfNamed(_inputs.FactSheetStatus);
        t.Add("status", _inputs.FactSheetStatus, c => Fs(c).Status)
            .WritesDirectly((s, json) => DirectField.WriteEnum(json, ((FsNode)s).FactSheet.Status, statuses));
        t.Add("lxState", typeof(StringGraphType), c => Fs(c).LxState)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((FsNode)s).FactSheet.LxState));
        // Choice (D10 leaves it open): the seal is derived from lxState – APPROVED → "APPROVED",
        // BROKEN_QUALITY_SEAL → "BROKEN", anything else → null.
        t.Add("qualitySeal", typeof(StringGraphType), c => QualitySeal(Fs(c)))
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, QualitySeal(((FsNode)s).FactSheet)));
        t.Add("rev", typeof(LongGraphType), c => Fs(c).Rev)
            .WritesDirectly(static (s, json) => { json.WriteNumberValue(((FsNode)s).FactSheet.Rev); return true; });
        t.Add("createdAt", typeof(StringGraphType), c => Formats.Timestamp(Fs(c).CreatedAt))
            .WritesDirectly(static (s, json) => DirectField.WriteTimestamp(json, ((FsNode)s).FactSheet.CreatedAt));
        t.Add("updatedAt", typeof(StringGraphType), c => Formats.Timestamp(Fs(c).UpdatedAt))
            .WritesDirectly(static (s, json) => DirectField.WriteTimestamp(json, ((FsNode)s).FactSheet.UpdatedAt));
        t.Add("naFields", typeof(ListGraphType<StringGraphType>), c => Fs(c).NaFields)
            .WritesDirectly(static (s, json) => DirectField.WriteStrings(json, ((FsNode)s).FactSheet.NaFields));
        // D13: a plain list, not a connection.
        t.Add("tags", new ListGraphType(_entities.Tag), c => Tags(View(c), Fs(c)));
        t.Add("subscriptions", _entities.SubscriptionConnection, Subscriptions,
            Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)),
            Fields.Arg("filter", _inputs.SubscriptionFilterInput));
        t.Add("documents", _entities.DocumentConnection, c =>
        {
            var view = View(c);
            var docs = view.Documents.OwnedBy(Fs(c).Id).ToList();
            // Ids are unique, so this order is total and Sort gives what OrderBy/ThenBy gave, without the LINQ machinery.
            docs.Sort(static (a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id));
            var id = Fs(c).Id;
            return Paging.Page(docs, c.Int("first"), c.Str("after"), Paging.Snapshot(() => "docs:" + id), d => new DocumentNode(view, d));
        }, Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)));
        t.Add("completion", _values.Completion, c => Completion.Of(View(c), Fs(c)));
        t.Add("permissions", _values.Permissions, _ => new object());
    }

    // A loop rather than a LINQ chain of closures: every fact sheet of a page asks (issue 15).
    private static List<TagNode> Tags(Store.IWorkspaceView view, FactSheet fs)
    {
        var tags = new List<TagNode>(fs.TagIds.Count);
        foreach (var id in fs.TagIds)
            if (view.Tags.Get(id) is { } tag) tags.Add(new TagNode(view, tag));
        return tags;
    }

    // D14: filter by userId and/or types.
    private static object Subscriptions(GraphQL.IResolveFieldContext c)
    {
        var view = View(c);
        var filter = c.Raw("filter") as IDictionary<string, object?>;
        var userId = Formats.ParseId(filter?.Get("userId"));
        var types = (filter?.Get("types") as IEnumerable<object?>)?.Select(o => o?.ToString()).ToHashSet();
        var subs = new List<Domain.Subscription>();
        var id = Fs(c).Id;
        foreach (var s in view.Subscriptions.OwnedBy(id))
            if ((userId is null || s.UserId == userId) && (types is null || types.Contains(s.Type))) subs.Add(s);
        subs.Sort(static (a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id));
        return Paging.Page(subs, c.Int("first"), c.Str("after"), Paging.Snapshot(() => $"subs:{id}:{userId}:{string.Join(',', types ?? [])}"),
            s => new SubscriptionNode(view, s));
    }

    private static string? QualitySeal(FactSheet fs) => fs.LxState switch
    {
        "APPROVED" => "APPROVED",
        "BROKEN_QUALITY_SEAL" => "BROKEN",
        _ => null
    };

    private static FactSheet Fs(GraphQL.IResolveFieldContext c) => c.Src<FsNode>().FactSheet;

    private static Store.IWorkspaceView View(GraphQL.IResolveFieldContext c) => c.Src<FsNode>().View;
}
