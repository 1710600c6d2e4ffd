namespace LeanIX.Client;

/// <summary>A field of a fact sheet with its label and, for select fields, the label of its value.</summary>
/// <param name="Key">The field key.</param>
/// <param name="Label">The field's label in the chosen language.</param>
/// <param name="Value">The value.</param>
/// <param name="ValueLabel">The value's label (select fields), else the value as text.</param>
/// <param name="Type">The data-model field type.</param>
public sealed record FieldInfo(string Key, string Label, FactSheetValue Value, string? ValueLabel, string Type);
