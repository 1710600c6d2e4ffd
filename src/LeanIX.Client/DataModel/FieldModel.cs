namespace LeanIX.Client;

/// <summary>A field of a fact sheet type or relation in the workspace's data model (datamodel.md §2).</summary>
/// <param name="Key">The field key, e.g. <c>businessCriticality</c>.</param>
/// <param name="Type">STRING, SINGLE_SELECT, MULTIPLE_SELECT, INTEGER, DOUBLE, LIFECYCLE, EXTERNAL_ID, LOCATION…</param>
/// <param name="Values">The allowed value keys of a select or lifecycle field.</param>
/// <param name="Mandatory">Whether the data model requires a value.</param>
public sealed record FieldModel(string Key, string Type, IReadOnlyList<string> Values, bool Mandatory);
