namespace LeanIX.Client;

/// <summary>A subscription role such as 'System Owner' (D14).</summary>
/// <param name="Id">The role id.</param>
/// <param name="Name">The role name.</param>
/// <param name="Description">The description.</param>
/// <param name="SubscriptionType">The subscription type the role is restricted to, or null.</param>
public sealed record SubscriptionRole(Guid Id, string Name, string? Description, string? SubscriptionType);
