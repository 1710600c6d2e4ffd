namespace LeanIX.Client;

/// <summary>A subscription role such as 'System Owner' (D14, D72).</summary>
/// <param name="Id">The role id.</param>
/// <param name="Name">The role name (unique in the workspace, case-insensitively).</param>
/// <param name="Description">The description.</param>
/// <param name="SubscriptionType">The subscription type the role is restricted to (RESPONSIBLE, ACCOUNTABLE, OBSERVER), or null for any.</param>
/// <param name="RestrictToFactSheetTypes">Fact sheet types the role may be used on; empty = all.</param>
/// <param name="MandatoryForFactSheetTypes">Types whose fact sheets should have a subscription in this role (data only, D74).</param>
public sealed record SubscriptionRole(Guid Id, string Name, string? Description, string? SubscriptionType,
    IReadOnlyList<string> RestrictToFactSheetTypes, IReadOnlyList<string> MandatoryForFactSheetTypes);
