namespace LeanIX.Emulator.Mutations;

/// <summary>A subscription role to hold, with the subscriber's comment (<c>SubscriptionToSubscriptionRoleLinkInput</c>, D14).</summary>
public sealed record RoleRef(Guid Id, string? Comment);
