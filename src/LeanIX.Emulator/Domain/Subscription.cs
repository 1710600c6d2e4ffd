namespace LeanIX.Emulator.Domain;

/// <summary>A user's subscription to a fact sheet with its roles (D14).</summary>
public sealed class Subscription : IEntity<Subscription>
{
    public Guid Id { get; set; }
    public Guid FactSheetId { get; set; }
    public Guid UserId { get; set; }

    /// <summary><c>ACCOUNTABLE</c>, <c>RESPONSIBLE</c> or <c>OBSERVER</c>.</summary>
    public required string Type { get; set; }
    public List<SubscriptionRoleLink> Roles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    public Subscription Clone() => new()
    {
        Id = Id, FactSheetId = FactSheetId, UserId = UserId, Type = Type, CreatedAt = CreatedAt,
        Roles = Roles.Select(r => r with { }).ToList()
    };
}

/// <summary>A role held in a subscription, with the subscriber's comment.</summary>
public sealed record SubscriptionRoleLink(Guid RoleId, string? Comment);
