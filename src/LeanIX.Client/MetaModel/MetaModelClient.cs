using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// The meta model (<c>lx.MetaModel</c>, <c>/services/pathfinder/v1/models/metaModel…</c>, admin.md §7, D59–D62): action
/// batches (list, filter, read, create), fields, sections and subsections built as one batch each, the actions that
/// touched an item, translations, unused fields and the sections/subsections/fields of a type. A batch applies all or
/// nothing; after one that applied, <see cref="LeanIXClient.DataModel"/> reloads on its next use.
/// </summary>
public sealed class MetaModelClient
{
    private const string Base = "services/pathfinder/v1/models/metaModel";
    private const string Batches = Base + "/actionBatches";

    /// <summary>The seed's <c>create_field</c> field types; MULTI_SELECT is the data model's MULTIPLE_SELECT (admin.md §7, D61).</summary>
    private static readonly string[] FieldTypes = ["STRING", "INTEGER", "DOUBLE", "SINGLE_SELECT", "MULTI_SELECT", "MULTIPLE_SELECT"];

    private static readonly int[] Sizes = [2, 3, 4, 6, 10, 12];
    private static readonly string[] RenderTypes = ["number", "date", "text", "textarea", "status"];

    private readonly LeanIXConnection _connection;
    private readonly DataModelClient _dataModel;

    internal MetaModelClient(LeanIXConnection connection, DataModelClient dataModel)
    {
        _connection = connection;
        _dataModel = dataModel;
    }

    // ---- action batches ----

    /// <summary>All action batches, newest first, page by page (the seed's <c>get_all_action_batches</c>).</summary>
    public AsyncPageable<ActionBatch> ListBatches() =>
        _connection.Pages(Batches, null, 100).Select(e => ActionBatch.Parse(JsonNode.Parse(e.GetRawText())!));

    /// <summary>All action batches, newest first.</summary>
    public async Task<IReadOnlyList<ActionBatch>> AllBatchesAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<ActionBatch>();
        await foreach (var batch in ListBatches().WithCancellation(cancellationToken).ConfigureAwait(false)) all.Add(batch);
        return all;
    }

    /// <summary>
    /// The batches with an action of this <paramref name="subtype"/>, on this fact sheet type, naming this item (a node part
    /// or a created key); null matches anything (the seed's <c>get_action_batchs</c>, filtered here as D60 says).
    /// </summary>
    public async Task<IReadOnlyList<ActionBatch>> FindBatchesAsync(string? subtype = null, string? factSheetType = null, string? name = null,
        CancellationToken cancellationToken = default) =>
        (await AllBatchesAsync(cancellationToken).ConfigureAwait(false))
            .Where(b => b.Actions.Any(a => (subtype is null || a.Subtype == subtype) && (factSheetType is null || a.Node.FactSheetType == factSheetType)
                && (name is null || Names(a).Contains(name))))
            .ToList();

    /// <summary>One batch by id.</summary>
    /// <exception cref="LeanIXNotFoundException">No batch has this id.</exception>
    public async Task<ActionBatch> GetBatchAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var envelope = await _connection.RequestAsync($"{Batches}/{id}", cancellationToken: cancellationToken).ConfigureAwait(false);
        return ActionBatch.Parse(envelope?["data"] ?? throw new LeanIXRequestFailedException("The action batch answer has no data.", $"GET /{Batches}/{{id}}"));
    }

    /// <summary>The actions of a batch (the seed's <c>get_actions_for_action_batch</c>).</summary>
    public async Task<IReadOnlyList<MetaModelAction>> ActionsOfBatchAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetBatchAsync(id, cancellationToken).ConfigureAwait(false)).Actions;

    /// <summary>
    /// Sends a batch (the seed's <c>create_action_batch</c>) and returns it as the service ran it: DONE, or ERROR with
    /// nothing applied (D62). A DONE batch makes the data model, view model and labels reload on their next use.
    /// </summary>
    public async Task<ActionBatch> CreateBatchAsync(IEnumerable<MetaModelActionItem> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var items = new JsonArray(actions.Select(a => (JsonNode)(a ?? throw new ArgumentException("An action is null.", nameof(actions))).ToJson()).ToArray());
        if (items.Count == 0) throw new ArgumentException("A batch needs at least one action.", nameof(actions));
        var envelope = await _connection.RequestAsync(Batches, HttpMethod.Post, items, cancellationToken: cancellationToken).ConfigureAwait(false);
        var batch = ActionBatch.Parse(envelope?["data"] ?? throw new LeanIXRequestFailedException("The action batch answer has no data.", $"POST /{Batches}"));
        if (batch.IsDone) _dataModel.Reload();
        return batch;
    }

    // ---- building fields, sections and subsections ----

    /// <summary>
    /// Creates a field in one batch (the seed's <c>create_field</c>, admin.md §7): CREATE_ITEM of the field, CREATE_ITEM of
    /// each value, UPDATE_VIEW (size, weight, read-only, render type, metadata with the icon), UPDATE_TRANSLATION per
    /// language of the field and of each value, and MOVE_ITEM to <paramref name="index"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A type, size or render type outside the seed's lists, or values for a non-select field.</exception>
    /// <exception cref="LeanIXMetaModelBatchException">The service found an action invalid; nothing was applied.</exception>
    public Task<ActionBatch> CreateFieldAsync(string factSheetType, string field, string fieldType, string section, string subsection,
        int? index = null, int? size = null, double weight = 1.0, bool readOnly = false, string? renderType = null, JsonObject? icon = null,
        IEnumerable<string>? values = null, JsonObject? metadata = null, IEnumerable<MetaModelTranslation>? translations = null,
        IReadOnlyDictionary<string, IReadOnlyList<MetaModelTranslation>>? valueTranslations = null, CancellationToken cancellationToken = default)
    {
        CheckKeys(factSheetType, section, subsection, field);
        if (!FieldTypes.Contains(fieldType)) throw new ArgumentException($"Field type '{fieldType}' is not one of {string.Join(", ", FieldTypes)}.", nameof(fieldType));
        if (size is { } s && !Sizes.Contains(s)) throw new ArgumentException($"Size {s} is not one of {string.Join(", ", Sizes)}.", nameof(size));
        if (renderType is not null && !RenderTypes.Contains(renderType))
            throw new ArgumentException($"Render type '{renderType}' is not one of {string.Join(", ", RenderTypes)}.", nameof(renderType));
        if (index is < 0) throw new ArgumentOutOfRangeException(nameof(index), "The index is 0 or more.");
        var valueList = values?.ToList() ?? [];
        var isSelect = fieldType.EndsWith("_SELECT", StringComparison.Ordinal);
        if (valueList.Count > 0 && !isSelect) throw new ArgumentException($"Only select fields have values; '{fieldType}' has none.", nameof(values));

        var parent = $"{factSheetType}/{section}/{subsection}";
        var node = $"{parent}/{field}";
        var actions = new List<MetaModelActionItem>
        {
            new(MetaModelActionTypes.CreateItem, MetaModelSubtypes.Field, parent, new JsonObject { ["key"] = field, ["type"] = fieldType })
        };
        actions.AddRange(valueList.Select(v => new MetaModelActionItem(MetaModelActionTypes.CreateItem, MetaModelSubtypes.FieldValue, node, new JsonObject { ["key"] = v })));

        var view = new JsonObject { ["weight"] = weight, ["readOnly"] = readOnly };
        if (size is { } sz) view["size"] = sz;
        if (renderType is not null) view["renderType"] = renderType;
        var meta = metadata?.DeepClone().AsObject();
        if (icon is not null) (meta ??= [])["icon"] = icon.DeepClone(); // admin.md §7: metadata:{icon:{type,color,reverse,order}}
        if (meta is not null) view["metadata"] = meta;
        actions.Add(new MetaModelActionItem(MetaModelActionTypes.UpdateView, MetaModelSubtypes.Field, node, view));

        actions.AddRange((translations ?? []).Select(t => new MetaModelActionItem(MetaModelActionTypes.UpdateTranslation, MetaModelSubtypes.Field, node, t.Payload())));
        foreach (var (value, list) in valueTranslations ?? new Dictionary<string, IReadOnlyList<MetaModelTranslation>>())
        {
            if (!valueList.Contains(value)) throw new ArgumentException($"Value '{value}' has translations but is not among the field's values.", nameof(valueTranslations));
            actions.AddRange(list.Select(t => new MetaModelActionItem(MetaModelActionTypes.UpdateTranslation, MetaModelSubtypes.FieldValue, $"{node}/{value}", t.Payload())));
        }
        if (index is { } i) actions.Add(new MetaModelActionItem(MetaModelActionTypes.MoveItem, MetaModelSubtypes.Field, node, new JsonObject { ["index"] = i }));
        return ApplyAsync(actions, cancellationToken);
    }

    /// <summary>Creates a section with its English label (the seed's <c>create_section</c>: CREATE_ITEM + UPDATE_TRANSLATION).</summary>
    /// <exception cref="LeanIXMetaModelBatchException">The service found an action invalid (e.g. the section exists); nothing was applied.</exception>
    public Task<ActionBatch> CreateSectionAsync(string factSheetType, string section, string? label = null, CancellationToken cancellationToken = default)
    {
        CheckKeys(factSheetType, section);
        var actions = new List<MetaModelActionItem> { new(MetaModelActionTypes.CreateItem, MetaModelSubtypes.Section, factSheetType, new JsonObject { ["key"] = section }) };
        if (label is not null)
            actions.Add(new(MetaModelActionTypes.UpdateTranslation, MetaModelSubtypes.Section, $"{factSheetType}/{section}", new MetaModelTranslation("en", label).Payload()));
        return ApplyAsync(actions, cancellationToken);
    }

    /// <summary>Creates a subsection with its English label and help text (the seed's <c>create_subsection</c>).</summary>
    /// <exception cref="LeanIXMetaModelBatchException">The service found an action invalid (e.g. no such section); nothing was applied.</exception>
    public Task<ActionBatch> CreateSubsectionAsync(string factSheetType, string section, string subsection, string? label = null, string? helpText = null,
        CancellationToken cancellationToken = default)
    {
        CheckKeys(factSheetType, section, subsection);
        var actions = new List<MetaModelActionItem>
        {
            new(MetaModelActionTypes.CreateItem, MetaModelSubtypes.Subsection, $"{factSheetType}/{section}", new JsonObject { ["key"] = subsection })
        };
        if (label is not null || helpText is not null)
            actions.Add(new(MetaModelActionTypes.UpdateTranslation, MetaModelSubtypes.Subsection, $"{factSheetType}/{section}/{subsection}",
                new MetaModelTranslation("en", label, helpText).Payload()));
        return ApplyAsync(actions, cancellationToken);
    }

    // ---- actions of an item (D60) ----

    /// <summary>The actions that touched a field (and its values), newest first (the seed's <c>get_actions_for_field</c>).</summary>
    public Task<IReadOnlyList<MetaModelAction>> ActionsForFieldAsync(string factSheetType, string field, CancellationToken cancellationToken = default) =>
        AuditLogAsync(factSheetType, null, null, field, cancellationToken);

    /// <summary>The actions that touched a section or anything in it, newest first (the seed's <c>get_actions_for_section</c>).</summary>
    public Task<IReadOnlyList<MetaModelAction>> ActionsForSectionAsync(string factSheetType, string section, CancellationToken cancellationToken = default) =>
        AuditLogAsync(factSheetType, section, null, null, cancellationToken);

    /// <summary>The actions that touched a subsection or anything in it, newest first (the seed's <c>get_actions_for_subsection</c>).</summary>
    public Task<IReadOnlyList<MetaModelAction>> ActionsForSubsectionAsync(string factSheetType, string section, string subsection,
        CancellationToken cancellationToken = default) =>
        AuditLogAsync(factSheetType, section, subsection, null, cancellationToken);

    // ---- reading the meta model ----

    /// <summary>The meta model (<c>data</c> of GET <c>/models/metaModel[/{type}]</c>): modelInfo and the types with sections, subsections and fields.</summary>
    public async Task<JsonObject> GetAsync(string? factSheetType = null, CancellationToken cancellationToken = default)
    {
        var path = factSheetType is null ? Base : $"{Base}/{Uri.EscapeDataString(factSheetType)}";
        var envelope = await _connection.RequestAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        return envelope?["data"]?.DeepClone() as JsonObject ?? throw new LeanIXRequestFailedException("The meta model answer has no data.", $"GET /{path}");
    }

    /// <summary>The section keys of a type, in order (view-model helper <c>Sections(type)</c>).</summary>
    public async Task<IReadOnlyList<string>> SectionsAsync(string factSheetType, CancellationToken cancellationToken = default) =>
        SectionsOf(await TypeAsync(factSheetType, cancellationToken).ConfigureAwait(false)).Select(Key).ToList();

    /// <summary>The subsection keys of a section, in order (view-model helper <c>Subsections(type, section)</c>).</summary>
    /// <exception cref="LeanIXNotFoundException">The type has no such section.</exception>
    public async Task<IReadOnlyList<string>> SubsectionsAsync(string factSheetType, string section, CancellationToken cancellationToken = default) =>
        SubsectionsOf(SectionOf(await TypeAsync(factSheetType, cancellationToken).ConfigureAwait(false), factSheetType, section)).Select(Key).ToList();

    /// <summary>
    /// The fields a subsection shows, in order, each with its properties: key, type, size, weight, readOnly, renderType,
    /// metadata, translations and values (view-model helper <c>FieldProperties(type, section, subsection)</c>).
    /// </summary>
    /// <exception cref="LeanIXNotFoundException">The type has no such section or subsection.</exception>
    public async Task<IReadOnlyList<JsonObject>> FieldPropertiesAsync(string factSheetType, string section, string subsection,
        CancellationToken cancellationToken = default)
    {
        var sec = SectionOf(await TypeAsync(factSheetType, cancellationToken).ConfigureAwait(false), factSheetType, section);
        var sub = SubsectionsOf(sec).FirstOrDefault(s => Key(s) == subsection)
            ?? throw new LeanIXNotFoundException($"Section '{section}' of '{factSheetType}' has no subsection '{subsection}'.", $"GET /{Base}/{{type}}");
        return (sub["fields"] as JsonArray ?? []).OfType<JsonObject>().Select(f => (JsonObject)f.DeepClone()).ToList();
    }

    /// <summary>
    /// A field's labels in every language, and those of its values (the seed's <c>field_translations</c>: read from the
    /// field as the meta model places it).
    /// </summary>
    /// <exception cref="LeanIXNotFoundException">The type does not place the field (it is unused or does not exist).</exception>
    public async Task<FieldTranslations> FieldTranslationsAsync(string factSheetType, string field, CancellationToken cancellationToken = default)
    {
        var placed = SectionsOf(await TypeAsync(factSheetType, cancellationToken).ConfigureAwait(false)).SelectMany(SubsectionsOf)
            .SelectMany(s => (s["fields"] as JsonArray ?? []).OfType<JsonObject>()).FirstOrDefault(f => Key(f) == field)
            ?? throw new LeanIXNotFoundException($"The meta model of '{factSheetType}' places no field '{field}'.", $"GET /{Base}/{{type}}");
        return new FieldTranslations(
            Translations(placed["translations"]),
            (placed["values"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(Key, v => Translations(v["translations"])));
    }

    /// <summary>
    /// Per type, the data-model fields no subsection of the meta model places (the seed's <c>unused_fields</c>: "not used in
    /// the current view config", admin.md §7). Types without unused fields are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> UnusedFieldsAsync(CancellationToken cancellationToken = default)
    {
        var dataModel = await _connection.RequestAsync("services/pathfinder/v1/models/dataModel", cancellationToken: cancellationToken).ConfigureAwait(false);
        var meta = await GetAsync(null, cancellationToken).ConfigureAwait(false);
        var placed = (meta["factSheetTypes"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(Key,
            t => SectionsOf(t).SelectMany(SubsectionsOf).SelectMany(s => (s["fields"] as JsonArray ?? []).OfType<JsonObject>()).Select(Key).ToHashSet(StringComparer.Ordinal));
        var unused = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (type, definition) in dataModel?["data"]?["factSheets"] as JsonObject ?? [])
        {
            var shown = placed.GetValueOrDefault(type) ?? [];
            var fields = (definition?["fields"] as JsonObject ?? []).Select(kv => kv.Key).Where(f => !shown.Contains(f)).ToList();
            if (fields.Count > 0) unused[type] = fields;
        }
        return unused;
    }

    // ---- helpers ----

    private async Task<ActionBatch> ApplyAsync(IEnumerable<MetaModelActionItem> actions, CancellationToken cancellationToken)
    {
        var batch = await CreateBatchAsync(actions, cancellationToken).ConfigureAwait(false);
        return batch.IsDone ? batch : throw new LeanIXMetaModelBatchException(batch, $"POST /{Batches}");
    }

    private async Task<IReadOnlyList<MetaModelAction>> AuditLogAsync(string factSheetType, string? section, string? subsection, string? field,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(factSheetType);
        var query = new Dictionary<string, string?> { ["factSheetType"] = factSheetType, ["section"] = section, ["subsection"] = subsection, ["field"] = field };
        var envelope = await _connection.RequestAsync($"{Base}/actions/audit-log", query: query, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (envelope?["data"] as JsonArray ?? []).OfType<JsonObject>().Select(MetaModelAction.Parse).ToList();
    }

    private async Task<JsonObject> TypeAsync(string factSheetType, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(factSheetType);
        var meta = await GetAsync(factSheetType, cancellationToken).ConfigureAwait(false);
        return (meta["factSheetTypes"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(t => Key(t) == factSheetType)
            ?? throw new LeanIXNotFoundException($"The meta model has no fact sheet type '{factSheetType}'.", $"GET /{Base}/{{type}}");
    }

    private static IEnumerable<JsonObject> SectionsOf(JsonObject type) => (type["sections"] as JsonArray ?? []).OfType<JsonObject>();

    private static IEnumerable<JsonObject> SubsectionsOf(JsonObject section) => (section["subsections"] as JsonArray ?? []).OfType<JsonObject>();

    private static JsonObject SectionOf(JsonObject type, string factSheetType, string section) =>
        SectionsOf(type).FirstOrDefault(s => Key(s) == section)
        ?? throw new LeanIXNotFoundException($"'{factSheetType}' has no section '{section}'.", $"GET /{Base}/{{type}}");

    private static string Key(JsonObject item) => ActionBatch.Text(item["key"]) ?? "";

    private static IReadOnlyDictionary<string, MetaModelTranslation> Translations(JsonNode? translations) =>
        (translations as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => MetaModelTranslation.Parse(kv.Key, kv.Value));

    /// <summary>The item names an action touches: the parts of its node and the key it created or renamed to.</summary>
    private static HashSet<string> Names(MetaModelAction action)
    {
        var names = new HashSet<string>(action.Node.InputNode.Split('/').Skip(1), StringComparer.Ordinal);
        if (ActionBatch.Text(action.Payload["key"]) is { } key) names.Add(key);
        if (ActionBatch.Text(action.Payload["newValue"]) is { } renamed) names.Add(renamed);
        return names;
    }

    private static void CheckKeys(params string[] keys)
    {
        foreach (var key in keys)
            if (string.IsNullOrWhiteSpace(key) || key.Contains('/'))
                throw new ArgumentException($"'{key}' is not a meta model key (empty or with '/').");
    }
}

/// <summary>A field's labels by language, and per value its labels by language (<see cref="MetaModelClient.FieldTranslationsAsync"/>).</summary>
public sealed record FieldTranslations(
    IReadOnlyDictionary<string, MetaModelTranslation> Field,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, MetaModelTranslation>> Values);
