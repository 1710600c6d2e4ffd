namespace LeanIX.Emulator.Domain;

/// <summary>An access control entity, one virtual workspace (admin.md §10, RUBY-PF access_control_entity.rb).</summary>
public sealed class AccessControlEntity : IEntity<AccessControlEntity>
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }

    public AccessControlEntity Clone() => (AccessControlEntity)MemberwiseClone();
}
