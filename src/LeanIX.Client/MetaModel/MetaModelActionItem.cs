using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// One action to send in a batch (admin.md §7 ActionBatchItem): <see cref="Type"/> (<see cref="MetaModelActionTypes"/>),
/// <see cref="Subtype"/> (<see cref="MetaModelSubtypes"/>), the <see cref="Node"/> path
/// <c>Type[/section[/subsection[/field[/value]]]]</c> (D59) and the type's payload.
/// </summary>
public sealed record MetaModelActionItem(string Type, string Subtype, string Node, JsonObject? Payload = null)
{
    internal JsonObject ToJson() => new()
    {
        ["type"] = Type, ["subtype"] = Subtype, ["node"] = Node, ["payload"] = Payload?.DeepClone() ?? new JsonObject()
    };
}

/// <summary>Action types of admin.md §7.</summary>
public static class MetaModelActionTypes
{
    /// <summary>Creates a section, subsection, field or field value; payload <c>{"key"}</c> (+ <c>"type"</c> for a field, D61).</summary>
    public const string CreateItem = "CREATE_ITEM";
    /// <summary>Changes a field's data flags or values: quickSearch, fullTextSearch, inFacet, inView, mandatory, values.</summary>
    public const string UpdateData = "UPDATE_DATA";
    /// <summary>Changes how an item shows: renderType, readOnly, visible, weight, size, metadata, bgColor.</summary>
    public const string UpdateView = "UPDATE_VIEW";
    /// <summary>Sets the label of an item in one language: <c>{"language", "translation"}</c>.</summary>
    public const string UpdateTranslation = "UPDATE_TRANSLATION";
    /// <summary>Moves an item within its parent: <c>{"index"}</c>.</summary>
    public const string MoveItem = "MOVE_ITEM";
    /// <summary>Deletes an item; a field with data only with <c>{"force": true}</c> (D62).</summary>
    public const string DeleteItem = "DELETE_ITEM";
    /// <summary>Renames an item: <c>{"newValue"}</c>.</summary>
    public const string RenameItem = "RENAME_ITEM";
}

/// <summary>Action subtypes of admin.md §7 (what kind of item the node is).</summary>
public static class MetaModelSubtypes
{
    /// <summary>A fact sheet type node (<c>Type</c>).</summary>
    public const string FactSheetType = "FACT_SHEET_TYPE";
    /// <summary>A section node (<c>Type/section</c>).</summary>
    public const string Section = "SECTION";
    /// <summary>A subsection node (<c>Type/section/subsection</c>).</summary>
    public const string Subsection = "SUBSECTION";
    /// <summary>A field node (<c>Type/section/subsection/field</c>).</summary>
    public const string Field = "FIELD_FACT_SHEET";
    /// <summary>A select value node (<c>Type/section/subsection/field/value</c>).</summary>
    public const string FieldValue = "FIELD_VALUE";
    /// <summary>A relation subsection node (<c>Type/section/subsection/rel:relationName</c>).</summary>
    public const string Relation = "RELATION";
}

/// <summary>
/// A label of a meta model item in one language (UPDATE_TRANSLATION, admin.md §7); the seed's
/// <c>{language, translation{label, helpText, textLabel, isLabelEmpty}}</c>.
/// </summary>
public sealed record MetaModelTranslation(string Language, string? Label = null, string? HelpText = null, string? TextLabel = null, bool? IsLabelEmpty = null)
{
    /// <summary>The languages the seed translates into (admin.md §7).</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "de", "es", "fr", "pt", "jp"];

    internal JsonObject Payload()
    {
        var translation = new JsonObject();
        if (Label is not null) translation["label"] = Label;
        if (HelpText is not null) translation["helpText"] = HelpText;
        if (TextLabel is not null) translation["textLabel"] = TextLabel;
        if (IsLabelEmpty is { } empty) translation["isLabelEmpty"] = empty;
        return new JsonObject { ["language"] = Language, ["translation"] = translation };
    }

    internal static MetaModelTranslation Parse(string language, JsonNode? node) => new(
        language, ActionBatch.Text(node?["label"]), ActionBatch.Text(node?["helpText"]), ActionBatch.Text(node?["textLabel"]),
        node?["labelEmpty"] is JsonValue v && v.TryGetValue<bool>(out var empty) ? empty : null);
}

/// <summary>A batch the service answered with status ERROR: nothing of it applied (D62). <see cref="Batch"/> holds the actions and their errors.</summary>
public sealed class LeanIXMetaModelBatchException(ActionBatch batch, string operation)
    : LeanIXRequestFailedException($"The meta model batch was not applied: {batch.Errors}", operation, System.Net.HttpStatusCode.OK, "INVALID")
{
    /// <summary>The batch as the service answered it, with each action's status and error.</summary>
    public ActionBatch Batch { get; } = batch;
}
