namespace LeanIX.Client.Wire;

/// <summary>The <c>data</c> of the role mutations (admin.md §13.1): the role under the mutation's name.</summary>
internal sealed record SubscriptionRoleWritesWire(
    SubscriptionRoleWire? CreateSubscriptionRole, SubscriptionRoleWire? UpdateSubscriptionRole, SubscriptionRoleWire? DeleteSubscriptionRole);
