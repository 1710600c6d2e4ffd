namespace LeanIX.Emulator.Domain;

/// <summary>
/// A LeanIX automation (admin.md §8.2 [C] SAP-AUTO): trigger, conditions and chained actions on one fact sheet type. The
/// validated template is kept as sent (<see cref="Json"/>, with the server's id, workspaceId and creatorId); its scripts
/// are managed-code configurations with capability AUTOMATIONS.
/// </summary>
public sealed class AutomationTemplate : IEntity<AutomationTemplate>
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }

    /// <summary>The scripts its SET_FACT_SHEET_FIELD_SCRIPT actions run.</summary>
    public List<Guid> ScriptIds { get; set; } = [];

    public AutomationTemplate Clone()
    {
        var copy = (AutomationTemplate)MemberwiseClone();
        copy.ScriptIds = [.. ScriptIds];
        return copy;
    }
}
