namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// One entity a run wrote, for its synclog item (D75): <paramref name="Action"/> is the synclog action (CREATE, UPDATE,
/// DELETE), <paramref name="SourceId"/> the external id the LDIF named it by, if any.
/// </summary>
public sealed record RunWrite(string Action, string? SourceId, Guid TargetId, string TargetName, string TargetType);
