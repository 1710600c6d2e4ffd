using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Rest.Models;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.MetaModel;

/// <summary>
/// The actions of admin.md §7 applied to a batch's working copies of the model data and the layout. Each action is
/// checked before it changes anything (D62: unknown node or type, duplicate key, bad enum → INVALID); the answer is
/// the action's <c>oldValue</c>. Supported: CREATE_ITEM (SECTION, SUBSECTION, FIELD_FACT_SHEET, FIELD_VALUE),
/// UPDATE_DATA, UPDATE_VIEW, UPDATE_TRANSLATION, MOVE_ITEM, DELETE_ITEM, RENAME_ITEM (sections and subsections).
/// </summary>
internal sealed partial class MetaModelEdits(JsonObject data, JsonObject layout, WorkspaceState state)
{
    /// <summary>D61; the seed's MULTI_SELECT is the data model's MULTIPLE_SELECT.</summary>
    private static readonly string[] FieldTypes = [FieldType.String, FieldType.Integer, FieldType.Double, FieldType.SingleSelect, FieldType.MultipleSelect];

    /// <summary>The seed's <c>create_field</c> sizes (admin.md §7).</summary>
    private static readonly int[] Sizes = [2, 3, 4, 6, 10, 12];

    private static readonly string[] Subtypes =
        ["FACT_SHEET_TYPE", "SECTION", "SUBSECTION", "FIELD_FACT_SHEET", "FIELD_EXTERNAL_ID", "FIELD_RELATION", "FIELD_VALUE", "RELATION", "PERMISSION", "TRANSLATE"];

    public JsonNode? Apply(string type, string subtype, MetaModelNode node, JsonObject payload)
    {
        if (!Subtypes.Contains(subtype))
            throw new MetaModelActionException($"Unknown subtype '{subtype}'; use one of {string.Join(", ", Subtypes)}.");
        return type switch
        {
            "CREATE_ITEM" => Create(subtype, node, payload),
            "UPDATE_DATA" => UpdateData(node, payload),
            "UPDATE_VIEW" => UpdateView(node, payload),
            "UPDATE_TRANSLATION" => UpdateTranslation(node, payload),
            "MOVE_ITEM" => Move(node, payload),
            "DELETE_ITEM" => Delete(node, payload),
            "RENAME_ITEM" => Rename(node, payload),
            _ => throw new MetaModelActionException(
                $"Action type '{type}' is not supported by the emulator; use CREATE_ITEM, UPDATE_DATA, UPDATE_VIEW, UPDATE_TRANSLATION, MOVE_ITEM, DELETE_ITEM or RENAME_ITEM.")
        };
    }

    private JsonNode? Create(string subtype, MetaModelNode node, JsonObject payload)
    {
        var key = Key(payload, "key");
        var depth = subtype switch
        {
            "SECTION" => 2,
            "SUBSECTION" => 3,
            "FIELD_FACT_SHEET" => 4,
            "FIELD_VALUE" => 5,
            _ => throw new MetaModelActionException($"CREATE_ITEM of a {subtype} is not supported by the emulator; create sections, subsections, fields and field values.")
        };
        // The node is the new item's parent, or the new item itself (D59 leaves both readings open).
        var parent = node.Depth == depth && node.Segments[^1] == key ? new MetaModelNode(node.Segments.Take(depth - 1).ToList())
            : node.Depth == depth - 1 ? node
            : throw new MetaModelActionException($"A new {subtype} needs the node of its parent (a path of {depth - 1} part(s)), not '{node.Path}'.");
        switch (subtype)
        {
            case "SECTION":
                var sections = Sections(parent);
                if (sections.OfType<JsonObject>().Any(s => KeyOf(s) == key)) throw Duplicate("section", key, parent);
                sections.Add(MetaLayout.NewSection(key));
                break;
            case "SUBSECTION":
                var subsections = (JsonArray)Section(parent)["subsections"]!;
                if (subsections.OfType<JsonObject>().Any(s => KeyOf(s) == key)) throw Duplicate("subsection", key, parent);
                subsections.Add(MetaLayout.NewSubsection(key));
                break;
            case "FIELD_FACT_SHEET":
                var subsection = Subsection(parent);
                if (subsection["name"] is not null) throw new MetaModelActionException($"'{parent.Path}' shows a relation; fields go into a FIELD subsection.");
                var fields = TypeFields(parent.FactSheetType);
                if (fields.ContainsKey(key)) throw Duplicate("field", key, new MetaModelNode([parent.FactSheetType]));
                var fieldType = FieldTypeOf(payload);
                var field = new JsonObject
                {
                    ["type"] = fieldType, ["mandatory"] = false, ["quickSearch"] = false, ["fullTextSearch"] = false,
                    ["inFacet"] = fieldType is FieldType.SingleSelect or FieldType.MultipleSelect, ["inView"] = true
                };
                if (fieldType is FieldType.SingleSelect or FieldType.MultipleSelect) field["values"] = new JsonArray();
                fields[key] = field;
                ((JsonArray)subsection["fields"]!).Add(MetaLayout.NewField(key));
                break;
            default:
                var values = SelectValues(parent);
                if (values.Any(v => v?.GetValue<string>() == key)) throw Duplicate("value", key, parent);
                values.Add(key);
                break;
        }
        return null;
    }

    private JsonNode? UpdateData(MetaModelNode node, JsonObject payload)
    {
        if (node.Depth != 4 || node.RelationName is not null)
            throw new MetaModelActionException($"UPDATE_DATA changes a field; '{node.Path}' is not a field node.");
        PlacedField(node);
        var field = (JsonObject)TypeFields(node.FactSheetType)[node.Segments[3]]!;
        var old = new JsonObject();
        foreach (var (member, value) in payload)
        {
            switch (member)
            {
                case "quickSearch" or "fullTextSearch" or "inFacet" or "inView" or "mandatory":
                    old[member] = field[member]?.DeepClone();
                    field[member] = Bool(value, member);
                    break;
                case "values":
                    if (field["values"] is not JsonArray current)
                        throw new MetaModelActionException($"Field '{node.Segments[3]}' is not a select field; only those have values.");
                    var keys = (value as JsonArray ?? throw new MetaModelActionException("'values' must be an array of value keys.")).Select(v => KeyText(v, "values")).ToList();
                    if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count) throw new MetaModelActionException("'values' names a value twice.");
                    old[member] = current.DeepClone();
                    field["values"] = new JsonArray(keys.Select(k => (JsonNode)JsonValue.Create(k)).ToArray());
                    break;
                default:
                    throw new MetaModelActionException($"UPDATE_DATA of a field has no member '{member}'; use quickSearch, fullTextSearch, inFacet, inView, mandatory or values.");
            }
        }
        return old;
    }

    private JsonNode? UpdateView(MetaModelNode node, JsonObject payload)
    {
        var target = LayoutNode(node);
        var view = node.Depth >= 4 && node.RelationName is null ? (JsonObject)(target["view"] ??= new JsonObject()) : target;
        var old = new JsonObject();
        foreach (var (member, value) in payload)
        {
            JsonNode? checkedValue = member switch
            {
                "readOnly" or "visible" or "onTheFlyCreation" => Bool(value, member),
                "weight" => value is JsonValue w && w.TryGetValue<double>(out var weight) ? weight : throw new MetaModelActionException("'weight' must be a number."),
                "size" => value is JsonValue s && s.TryGetValue<int>(out var size) && Sizes.Contains(size) ? size
                    : throw new MetaModelActionException($"'size' must be one of {string.Join(", ", Sizes)}."),
                "renderType" or "bgColor" => value is JsonValue t && t.TryGetValue<string>(out var text) ? text : throw new MetaModelActionException($"'{member}' must be a string."),
                "metadata" => value as JsonObject ?? throw new MetaModelActionException("'metadata' must be an object."),
                "facetViewStates" or "hiddenForRoles" => value as JsonArray ?? throw new MetaModelActionException($"'{member}' must be an array."),
                _ => throw new MetaModelActionException($"UPDATE_VIEW has no member '{member}'.")
            };
            old[member] = view[member]?.DeepClone();
            view[member] = checkedValue?.DeepClone();
        }
        return old;
    }

    private JsonNode? UpdateTranslation(MetaModelNode node, JsonObject payload)
    {
        var language = payload["language"] is JsonValue l && l.TryGetValue<string>(out var lang) ? lang : throw new MetaModelActionException("UPDATE_TRANSLATION needs a 'language'.");
        if (!LanguageCatalog.SeedLanguages.Contains(language))
            throw new MetaModelActionException($"Language '{language}' is unknown; use one of {string.Join(", ", LanguageCatalog.SeedLanguages)}.");
        var translation = (payload["translation"] as JsonObject ?? throw new MetaModelActionException("UPDATE_TRANSLATION needs a 'translation' object.")).DeepClone().AsObject();
        // admin.md §7: the seed sends isLabelEmpty for labelEmpty.
        if (translation.Remove("isLabelEmpty", out var empty)) translation["labelEmpty"] = empty;
        foreach (var (member, value) in translation)
            if (member is not ("label" or "helpText" or "textLabel" or "labelEmpty" or "number"))
                throw new MetaModelActionException($"A translation has no member '{member}'; use label, helpText, textLabel, labelEmpty or number.");
            else if (member != "number" && member != "labelEmpty" && value is not null && !(value is JsonValue v && v.TryGetValue<string>(out _)))
                throw new MetaModelActionException($"Translation member '{member}' must be text.");

        JsonObject translations;
        if (node.Depth == 5)
        {
            SelectValues(new MetaModelNode(node.Segments.Take(4).ToList()));
            if (!Values(node).Any(v => v?.GetValue<string>() == node.Segments[4])) throw NotFound(node);
            var byValue = (JsonObject)(PlacedField(new MetaModelNode(node.Segments.Take(4).ToList()))["valueTranslations"] ??= new JsonObject());
            translations = (JsonObject)(byValue[node.Segments[4]] ??= new JsonObject());
        }
        else
        {
            translations = (JsonObject)(LayoutNode(node)["translations"] ??= new JsonObject());
        }
        var old = translations[language]?.DeepClone();
        translations[language] = translation;
        return old;
    }

    private JsonNode? Move(MetaModelNode node, JsonObject payload)
    {
        var index = payload["index"] is JsonValue i && i.TryGetValue<int>(out var n) && n >= 0 ? n : throw new MetaModelActionException("MOVE_ITEM needs an 'index' ≥ 0.");
        var (list, item) = node.Depth switch
        {
            1 => throw new MetaModelActionException("A fact sheet type cannot be moved."),
            5 => (Values(node), Values(node).FirstOrDefault(v => v?.GetValue<string>() == node.Segments[4]) ?? throw NotFound(node)),
            _ => (ParentList(node), (JsonNode)LayoutNode(node))
        };
        if (index >= list.Count) throw new MetaModelActionException($"Index {index} is past the end; the list has {list.Count} item(s).");
        var old = list.IndexOf(item);
        list.RemoveAt(old);
        list.Insert(index, item);
        return new JsonObject { ["index"] = old };
    }

    private JsonNode? Delete(MetaModelNode node, JsonObject payload)
    {
        var force = payload["force"] is JsonValue f && f.TryGetValue<bool>(out var b) && b;
        switch (node.Depth)
        {
            case 1:
                throw new MetaModelActionException("Deleting a fact sheet type is not supported by the emulator; replace the data model instead.");
            case 4 when node.RelationName is null:
                var key = node.Segments[3];
                var placed = PlacedField(node);
                if (key is "name" or "description")
                    throw new MetaModelActionException($"Field '{key}' is built into every fact sheet type and cannot be deleted.");
                var inUse = state.FactSheets.All.Count(fs => fs.Type == node.FactSheetType && fs.Fields.TryGetValue(key, out var v) && v is not null);
                if (inUse > 0 && !force)
                    throw new MetaModelActionException($"Field '{key}' holds data on {inUse} fact sheet(s); send payload.force=true to delete it anyway (D62).");
                var old = TypeFields(node.FactSheetType)[key]!.DeepClone();
                TypeFields(node.FactSheetType).Remove(key);
                ((JsonArray)Subsection(new MetaModelNode(node.Segments.Take(3).ToList()))["fields"]!).Remove(placed);
                return old;
            case 5:
                var values = SelectValues(new MetaModelNode(node.Segments.Take(4).ToList()));
                var value = values.FirstOrDefault(v => v?.GetValue<string>() == node.Segments[4]) ?? throw NotFound(node);
                var field = node.Segments[3];
                var used = state.FactSheets.All.Count(fs => fs.Type == node.FactSheetType && fs.Fields.TryGetValue(field, out var v) && Holds(v, node.Segments[4]));
                if (used > 0 && !force)
                    throw new MetaModelActionException($"Value '{node.Segments[4]}' is set on {used} fact sheet(s); send payload.force=true to delete it anyway (D62).");
                values.Remove(value);
                return JsonValue.Create(node.Segments[4]);
            default:
                // A removed section or subsection leaves its fields in the data model, unused.
                var item = LayoutNode(node);
                ParentList(node).Remove(item);
                return item.DeepClone();
        }
    }

    private JsonNode? Rename(MetaModelNode node, JsonObject payload)
    {
        if (node.Depth is not (2 or 3) || node.RelationName is not null)
            throw new MetaModelActionException("The emulator renames sections and subsections only; a field keeps its key (create a new field instead).");
        var newKey = Key(payload, "newValue");
        var item = LayoutNode(node);
        if (ParentList(node).OfType<JsonObject>().Any(s => KeyOf(s) == newKey)) throw Duplicate(node.Depth == 2 ? "section" : "subsection", newKey, node);
        var old = KeyOf(item);
        item["key"] = newKey;
        return JsonValue.Create(old);
    }

    // ---- resolving nodes in the working copies ----

    private JsonObject TypeFields(string type)
    {
        var typeData = data["factSheets"]?[type] as JsonObject ?? throw new MetaModelActionException($"Fact sheet type '{type}' does not exist.");
        return (JsonObject)(typeData["fields"] ??= new JsonObject());
    }

    private JsonObject TypeLayout(string type)
    {
        TypeFields(type);
        var types = (JsonObject)(layout["factSheetTypes"] ??= new JsonObject());
        return (JsonObject)(types[type] ??= new JsonObject { ["translations"] = new JsonObject(), ["sections"] = new JsonArray() });
    }

    private JsonArray Sections(MetaModelNode node) => (JsonArray)(TypeLayout(node.FactSheetType)["sections"] ??= new JsonArray());

    private JsonObject Section(MetaModelNode node) =>
        Sections(node).OfType<JsonObject>().FirstOrDefault(s => KeyOf(s) == node.Segments[1]) ?? throw NotFound(new MetaModelNode(node.Segments.Take(2).ToList()));

    private JsonObject Subsection(MetaModelNode node) =>
        ((JsonArray)Section(node)["subsections"]!).OfType<JsonObject>().FirstOrDefault(s => KeyOf(s) == node.Segments[2])
        ?? throw NotFound(new MetaModelNode(node.Segments.Take(3).ToList()));

    /// <summary>A field node must name a field of the type that the layout places in that subsection.</summary>
    private JsonObject PlacedField(MetaModelNode node)
    {
        var key = node.Segments[3];
        if (!TypeFields(node.FactSheetType).ContainsKey(key)) throw new MetaModelActionException($"Field '{key}' does not exist on '{node.FactSheetType}'.");
        return ((JsonArray)Subsection(node)["fields"]!).OfType<JsonObject>().FirstOrDefault(f => KeyOf(f) == key) ?? throw NotFound(node);
    }

    private JsonObject RelationSubsection(MetaModelNode node) =>
        ((JsonArray)Section(node)["subsections"]!).OfType<JsonObject>().FirstOrDefault(s => KeyOf(s) == node.Segments[2] && s["name"]?.GetValue<string>() == node.RelationName)
        ?? throw NotFound(node);

    /// <summary>The layout object a node of depth 1–4 addresses.</summary>
    private JsonObject LayoutNode(MetaModelNode node) => node.Depth switch
    {
        1 => TypeLayout(node.FactSheetType),
        2 => Section(node),
        3 => Subsection(node),
        4 when node.RelationName is not null => RelationSubsection(node),
        4 => PlacedField(node),
        _ => throw new MetaModelActionException($"'{node.Path}' is a field value; this action changes types, sections, subsections or fields.")
    };

    /// <summary>The list a section, subsection or field sits in.</summary>
    private JsonArray ParentList(MetaModelNode node) => node.Depth switch
    {
        2 => Sections(node),
        3 => (JsonArray)Section(node)["subsections"]!,
        _ => (JsonArray)Subsection(node)["fields"]!
    };

    private JsonArray SelectValues(MetaModelNode fieldNode)
    {
        if (fieldNode.Depth != 4 || fieldNode.RelationName is not null) throw new MetaModelActionException($"'{fieldNode.Path}' is not a field node.");
        PlacedField(fieldNode);
        return TypeFields(fieldNode.FactSheetType)[fieldNode.Segments[3]]!["values"] as JsonArray
            ?? throw new MetaModelActionException($"Field '{fieldNode.Segments[3]}' is not a select field; only those have values.");
    }

    private JsonArray Values(MetaModelNode valueNode) => SelectValues(new MetaModelNode(valueNode.Segments.Take(4).ToList()));

    // ---- payload members ----

    private static string FieldTypeOf(JsonObject payload)
    {
        var type = payload["type"] is JsonValue t && t.TryGetValue<string>(out var s) && s.Length > 0 ? s : throw new MetaModelActionException("Field type required"); // D61
        if (type == "MULTI_SELECT") type = FieldType.MultipleSelect;
        return FieldTypes.Contains(type) ? type : throw new MetaModelActionException($"Field type '{type}' is unknown; use one of {string.Join(", ", FieldTypes)} (or MULTI_SELECT).");
    }

    private static string Key(JsonObject payload, string member) => KeyText(payload[member], member);

    private static string KeyText(JsonNode? node, string member)
    {
        var key = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new MetaModelActionException($"The payload needs '{member}', a key.");
        return KeyPattern().IsMatch(key) ? key : throw new MetaModelActionException($"'{key}' is not a key: start with a letter, then letters, digits or '_'.");
    }

    private static bool Bool(JsonNode? node, string member) =>
        node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : throw new MetaModelActionException($"'{member}' must be true or false.");

    /// <summary>Whether a select field's stored value (one key, or an array of keys) holds <paramref name="key"/>.</summary>
    private static bool Holds(JsonNode? stored, string key) => stored switch
    {
        JsonValue v => v.TryGetValue<string>(out var s) && s == key,
        JsonArray a => a.Any(x => x is JsonValue v && v.TryGetValue<string>(out var s) && s == key),
        _ => false
    };

    private static string KeyOf(JsonObject item) => item["key"]!.GetValue<string>();

    private static MetaModelActionException Duplicate(string what, string key, MetaModelNode parent) =>
        new($"A {what} '{key}' already exists in '{parent.Path}'.");

    private static MetaModelActionException NotFound(MetaModelNode node) => new($"Node '{node.Path}' does not exist.");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
