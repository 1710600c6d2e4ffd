using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>
/// Meta model elements (seed <c>transport_meta_model_elements(source_fs_type, target_fs_type)</c>, admin.md §7 and
/// Appendix A): the sections, subsections and fields of a fact sheet type, with field type, values, data flags, view
/// properties and translations. The selection's type is the source type, <see cref="TransportSelection.TargetType"/> the
/// type written in the target (default: the same); names pick fields (their section and subsection come along).
/// Keys are the element's node in the target, <c>TargetType/section[/subsection[/field]]</c> (D59): the target type is
/// part of the key so that a backup names what it restores. Elements are written as action batches with the node's fact
/// sheet type rewritten, one atomic batch per element (D62): sections, then subsections, then fields. What the API cannot
/// change (a field's type, removing values, unsetting a view property, a field placed elsewhere) is a conflict; deleting a
/// field that holds data is refused by the service (no force) and reported as failed.
/// </summary>
public sealed class MetaModelTransportKind : ITransportKind
{
    private const int SectionOrder = 0;
    private const int SubsectionOrder = 1;
    private const int FieldOrder = 2;
    private const string Batches = "POST /services/pathfinder/v1/models/metaModel/actionBatches";

    private static readonly string[] DataFlags = ["mandatory", "quickSearch", "fullTextSearch", "inFacet", "inView"];

    /// <summary>The UPDATE_VIEW members a placed field reports (admin.md §7).</summary>
    private static readonly string[] FieldView = ["visible", "size", "weight", "readOnly", "renderType", "metadata", "bgColor"];

    private static readonly string[] LayoutView = ["visible", "weight"];

    /// <summary>The target's meta model per plan (one read per type, not one per element).</summary>
    private readonly ConditionalWeakTable<TransportReferences, Dictionary<string, JsonObject?>> _targetTypes = [];

    /// <inheritdoc/>
    public string Name => "meta-model";

    /// <inheritdoc/>
    public string Description => "sections, subsections and fields of a fact sheet type (select type=…, target-type=…, field names)";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        if (selection.TargetType is not null && selection.Type is null)
            throw new ArgumentException("A target type (target-type=…) needs the source type (type=…).", nameof(selection));
        var meta = await workspace.MetaModel.GetAsync(selection.Type, cancellationToken).ConfigureAwait(false);
        var elements = new List<TransportElement>();
        foreach (var type in Items(meta["factSheetTypes"]))
        {
            var keyType = selection.TargetType ?? Key(type);
            foreach (var section in Items(type["sections"]))
            {
                var sectionKey = $"{keyType}/{Key(section)}";
                var sectionSelected = selection.Includes(Key(section));
                var below = new List<TransportElement>();
                foreach (var subsection in Items(section["subsections"]).Where(s => s["name"] is null)) // relation subsections belong to the data model
                {
                    var subsectionKey = $"{sectionKey}/{Key(subsection)}";
                    var subsectionSelected = sectionSelected || selection.Includes($"{Key(section)}/{Key(subsection)}");
                    var fields = Items(subsection["fields"])
                        .Where(f => subsectionSelected || selection.Includes(Key(f), $"{Key(section)}/{Key(subsection)}/{Key(f)}", $"{subsectionKey}/{Key(f)}"))
                        .Select(f => new TransportElement($"{subsectionKey}/{Key(f)}", FieldFields(f), $"{subsectionKey}/{Key(f)}", FieldOrder)).ToList();
                    if (!subsectionSelected && fields.Count == 0) continue;
                    below.Add(new TransportElement(subsectionKey, LayoutFields(subsection, withType: true), subsectionKey, SubsectionOrder));
                    below.AddRange(fields);
                }
                if (!sectionSelected && below.Count == 0) continue;
                elements.Add(new TransportElement(sectionKey, LayoutFields(section, withType: false), sectionKey, SectionOrder));
                elements.AddRange(below);
            }
        }
        return elements;
    }

    /// <inheritdoc/>
    public async Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken)
    {
        var path = source.Key.Split('/');
        var target = await TargetTypeAsync(references, path[0], cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            references.Unresolved($"'{source.Key}': fact sheet type '{path[0]}' does not exist in the target's data model.");
            return source;
        }
        if (source.Order == SubsectionOrder)
        {
            var existing = Items(Items(target["sections"]).FirstOrDefault(s => Key(s) == path[1])?["subsections"]).FirstOrDefault(s => Key(s) == path[2]);
            var type = source.Text("type") ?? "FIELD";
            if (existing is null && type != "FIELD")
                references.Unresolved($"subsection '{source.Key}': a {type} subsection cannot be created through the meta model API, only FIELD subsections.");
            else if (existing is not null && (ActionBatch.Text(existing["type"]) ?? "FIELD") != type)
                references.Unresolved($"subsection '{source.Key}': it is a {ActionBatch.Text(existing["type"])} subsection in the target and a {type} subsection in the source.");
        }
        if (source.Order == FieldOrder)
        {
            var model = await references.TargetModelAsync(cancellationToken).ConfigureAwait(false);
            CheckField(source, path, target, model.Types.TryGetValue(path[0], out var typeModel) && typeModel.Fields.ContainsKey(path[3]), references);
        }
        return source;
    }

    /// <summary>What the meta model API cannot apply to a field that the target already has.</summary>
    private static void CheckField(TransportElement source, string[] path, JsonObject target, bool inDataModel, TransportReferences references)
    {
        var where = $"field '{source.Key}'";
        var placements = Items(target["sections"]).SelectMany(s => Items(s["subsections"]).SelectMany(sub =>
            Items(sub["fields"]).Where(f => Key(f) == path[3]).Select(f => (Path: $"{Key(s)}/{Key(sub)}", Field: f)))).ToList();
        if (placements.Count == 0)
        {
            // The service refuses to create it again (duplicate key, D62), and no action places an existing field.
            if (inDataModel)
                references.Unresolved($"{where}: the target's data model has '{path[3]}' but no subsection shows it; the meta model API cannot place an existing field.");
            return;
        }
        var (placedAt, current) = placements.FirstOrDefault(p => p.Path == $"{path[1]}/{path[2]}");
        if (current is null)
        {
            references.Unresolved($"{where}: the target shows '{path[3]}' in {placements[0].Path}; the meta model API cannot move a field to another subsection.");
            return;
        }
        var (type, targetType) = (Canonical(source.Text("type")), Canonical(ActionBatch.Text(current["type"])));
        if (type != targetType)
            references.Unresolved($"{where}: its type is {targetType} in the target and {type} in the source; the meta model API cannot change a field's type.");
        var removed = Items(current["values"]).Select(Key).Except(source.Texts("values"), StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
            references.Unresolved($"{where}: the target has value(s) {string.Join(", ", removed)} that the source lacks; values are not removed by a transport.");
        var view = source.Fields["view"] as JsonObject ?? [];
        var unset = FieldView.Where(m => current[m] is not null && view[m] is null).ToList();
        if (unset.Count > 0)
            references.Unresolved($"{where}: the target sets view propert{(unset.Count == 1 ? "y" : "ies")} {string.Join(", ", unset)} that the source leaves unset; UPDATE_VIEW cannot unset them.");
    }

    /// <inheritdoc/>
    public Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken)
    {
        var path = desired.Key.Split('/');
        var parent = string.Join('/', path[..^1]);
        var create = desired.Order switch
        {
            SectionOrder => new MetaModelActionItem(MetaModelActionTypes.CreateItem, MetaModelSubtypes.Section, parent, new JsonObject { ["key"] = path[^1] }),
            SubsectionOrder => new MetaModelActionItem(MetaModelActionTypes.CreateItem, MetaModelSubtypes.Subsection, parent, new JsonObject { ["key"] = path[^1] }),
            _ => new MetaModelActionItem(MetaModelActionTypes.CreateItem, MetaModelSubtypes.Field, parent,
                new JsonObject { ["key"] = path[^1], ["type"] = desired.Text("type") }) // D61: a field is created with its type
        };
        return RunAsync(target, [create, .. Changes(desired.Key, desired.Order, null, desired)], cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken) =>
        RunAsync(target, Changes(desired.Key, desired.Order, current, desired), cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        // No force: the service refuses to delete a field that holds data (D62), and the item is reported as failed.
        RunAsync(target, [new MetaModelActionItem(MetaModelActionTypes.DeleteItem, Subtype(current.Order), current.Key, [])], cancellationToken);

    /// <summary>The actions that turn <paramref name="current"/> (null: a just-created item) into <paramref name="desired"/>.</summary>
    private static List<MetaModelActionItem> Changes(string node, int order, TransportElement? current, TransportElement desired)
    {
        var subtype = Subtype(order);
        var actions = new List<MetaModelActionItem>();
        if (order == FieldOrder)
        {
            if (current is not null && Canonical(current.Text("type")) != Canonical(desired.Text("type")))
                throw new InvalidOperationException($"Field '{node}' is {current.Text("type")} in the target; the meta model API cannot change it to {desired.Text("type")}.");
            var (before, after) = (current?.Texts("values") ?? [], desired.Texts("values"));
            actions.AddRange(before.Except(after).Select(v =>
                new MetaModelActionItem(MetaModelActionTypes.DeleteItem, MetaModelSubtypes.FieldValue, $"{node}/{v}", []))); // refused when in use (D62)
            actions.AddRange(after.Except(before).Select(v =>
                new MetaModelActionItem(MetaModelActionTypes.CreateItem, MetaModelSubtypes.FieldValue, node, new JsonObject { ["key"] = v })));
            var data = Changed(current?.Fields, desired.Fields, DataFlags);
            // Created values come last; when that is not the source's order, the whole list is set in it.
            if (!before.Where(after.Contains).Concat(after.Except(before)).SequenceEqual(after))
                data["values"] = new JsonArray(after.Select(v => (JsonNode?)v).ToArray());
            if (data.Count > 0) actions.Add(new MetaModelActionItem(MetaModelActionTypes.UpdateData, subtype, node, data));
            actions.AddRange(ViewAndTranslations(node, subtype, current?.Fields["view"] as JsonObject, desired.Fields["view"] as JsonObject ?? [], FieldView,
                current?.Fields["translations"] as JsonObject, desired.Fields["translations"] as JsonObject));
            var valueTranslations = desired.Fields["valueTranslations"] as JsonObject ?? [];
            foreach (var value in after)
                actions.AddRange(Translations($"{node}/{value}", MetaModelSubtypes.FieldValue,
                    current?.Fields["valueTranslations"]?[value] as JsonObject, valueTranslations[value] as JsonObject));
        }
        else
        {
            actions.AddRange(ViewAndTranslations(node, subtype, current?.Fields, desired.Fields, LayoutView,
                current?.Fields["translations"] as JsonObject, desired.Fields["translations"] as JsonObject));
        }
        return actions;
    }

    private static IEnumerable<MetaModelActionItem> ViewAndTranslations(string node, string subtype, JsonObject? currentView, JsonObject desiredView,
        string[] members, JsonObject? currentTranslations, JsonObject? desiredTranslations)
    {
        var unset = members.Where(m => currentView?[m] is not null && desiredView[m] is null).ToList();
        if (unset.Count > 0)
            throw new InvalidOperationException($"'{node}': UPDATE_VIEW cannot unset {string.Join(", ", unset)}.");
        var view = Changed(currentView, desiredView, members);
        if (view.Count > 0) yield return new MetaModelActionItem(MetaModelActionTypes.UpdateView, subtype, node, view);
        foreach (var action in Translations(node, subtype, currentTranslations, desiredTranslations)) yield return action;
    }

    /// <summary>One UPDATE_TRANSLATION per language whose label, help text… differ, with the language's whole translation.</summary>
    private static IEnumerable<MetaModelActionItem> Translations(string node, string subtype, JsonObject? current, JsonObject? desired)
    {
        foreach (var (language, translation) in desired ?? [])
            if (translation is JsonObject t && !JsonNode.DeepEquals(current?[language], t))
                yield return new MetaModelActionItem(MetaModelActionTypes.UpdateTranslation, subtype, node,
                    new JsonObject { ["language"] = language, ["translation"] = t.DeepClone() });
    }

    private static JsonObject Changed(JsonObject? current, JsonObject desired, string[] members)
    {
        var changed = new JsonObject();
        foreach (var member in members)
            if (desired[member] is { } value && !JsonNode.DeepEquals(current?[member], value)) changed[member] = value.DeepClone();
        return changed;
    }

    private static async Task RunAsync(LeanIXClient target, IReadOnlyList<MetaModelActionItem> actions, CancellationToken cancellationToken)
    {
        if (actions.Count == 0) return;
        var batch = await target.MetaModel.CreateBatchAsync(actions, cancellationToken).ConfigureAwait(false);
        if (!batch.IsDone) throw new LeanIXMetaModelBatchException(batch, Batches); // D62: nothing of it applied
    }

    private async Task<JsonObject?> TargetTypeAsync(TransportReferences references, string type, CancellationToken cancellationToken)
    {
        var types = _targetTypes.GetValue(references, _ => new Dictionary<string, JsonObject?>(StringComparer.Ordinal));
        if (types.TryGetValue(type, out var known)) return known;
        var model = await references.TargetModelAsync(cancellationToken).ConfigureAwait(false);
        JsonObject? found = null;
        if (model.Types.ContainsKey(type))
            found = Items((await references.Target.MetaModel.GetAsync(type, cancellationToken).ConfigureAwait(false))["factSheetTypes"]).FirstOrDefault(t => Key(t) == type);
        return types[type] = found;
    }

    private static JsonObject LayoutFields(JsonObject item, bool withType)
    {
        var fields = new JsonObject { ["weight"] = item["weight"]?.DeepClone(), ["visible"] = item["visible"]?.DeepClone(), ["translations"] = item["translations"]?.DeepClone() };
        if (withType) fields["type"] = item["type"]?.DeepClone() ?? "FIELD";
        return fields;
    }

    private static JsonObject FieldFields(JsonObject field)
    {
        var fields = new JsonObject { ["type"] = Canonical(ActionBatch.Text(field["type"])) };
        foreach (var flag in DataFlags) fields[flag] = field[flag]?.DeepClone();
        var view = new JsonObject();
        foreach (var member in FieldView) view[member] = field[member]?.DeepClone();
        fields["view"] = view;
        fields["translations"] = field["translations"]?.DeepClone();
        var values = Items(field["values"]).ToList();
        if (values.Count > 0)
        {
            fields["values"] = new JsonArray(values.Select(v => (JsonNode?)Key(v)).ToArray());
            var translations = new JsonObject();
            foreach (var value in values) translations[Key(value)] = value["translations"]?.DeepClone();
            fields["valueTranslations"] = translations;
        }
        return fields;
    }

    private static string Subtype(int order) => order switch
    {
        SectionOrder => MetaModelSubtypes.Section,
        SubsectionOrder => MetaModelSubtypes.Subsection,
        _ => MetaModelSubtypes.Field
    };

    /// <summary>The seed's MULTI_SELECT is the data model's MULTIPLE_SELECT (D61).</summary>
    private static string Canonical(string? type) => type == "MULTI_SELECT" ? "MULTIPLE_SELECT" : type ?? "";

    private static IEnumerable<JsonObject> Items(JsonNode? list) => (list as JsonArray ?? []).OfType<JsonObject>();

    private static string Key(JsonObject item) => ActionBatch.Text(item["key"]) ?? "";
}
