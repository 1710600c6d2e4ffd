namespace LeanIX.Emulator.Domain;

/// <summary>The authorization model as last PUT (admin.md §10, D66: stored verbatim), kept whole as JSON.</summary>
public sealed class StoredAuthorizationModel : IEntity<StoredAuthorizationModel>
{
    public Guid Id { get; set; }
    public required string Json { get; set; }

    public StoredAuthorizationModel Clone() => (StoredAuthorizationModel)MemberwiseClone();
}
