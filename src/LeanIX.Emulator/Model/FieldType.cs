namespace LeanIX.Emulator.Model;

/// <summary>The data-model field type discriminators (datamodel.md §2).</summary>
public static class FieldType
{
    public const string String = "STRING";
    public const string SingleSelect = "SINGLE_SELECT";
    public const string MultipleSelect = "MULTIPLE_SELECT";
    public const string Integer = "INTEGER";
    public const string Double = "DOUBLE";
    public const string Lifecycle = "LIFECYCLE";
    public const string ExternalId = "EXTERNAL_ID";
    public const string Location = "LOCATION";
    public const string ProjectStatus = "PROJECT_STATUS";

    /// <summary>A date (<c>yyyy-MM-dd</c>), e.g. the v4 relation field riskTargetDate (D88); REST wraps it as DateValue (D80).</summary>
    public const string Date = "DATE";
}
