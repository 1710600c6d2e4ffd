namespace LeanIX.Emulator.Domain;

/// <summary>A subscription role such as 'System Owner'; <see cref="SubscriptionType"/> restricts its use (D14).</summary>
public sealed class SubscriptionRole : IEntity<SubscriptionRole>
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? SubscriptionType { get; set; }
    public List<string> RestrictToFactSheetTypes { get; set; } = [];

    /// <summary>D72/D74: types whose fact sheets should have a subscription in this role (data only, not enforced).</summary>
    public List<string> MandatoryForFactSheetTypes { get; set; } = [];

    public SubscriptionRole Clone() => new()
    {
        Id = Id, Name = Name, Description = Description, SubscriptionType = SubscriptionType,
        RestrictToFactSheetTypes = [.. RestrictToFactSheetTypes], MandatoryForFactSheetTypes = [.. MandatoryForFactSheetTypes]
    };
}
