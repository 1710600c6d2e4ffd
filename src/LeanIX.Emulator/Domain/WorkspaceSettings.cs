namespace LeanIX.Emulator.Domain;

/// <summary>The workspace's settings object (admin.md §6, D56), stored whole as JSON once it was written.</summary>
public sealed class WorkspaceSettings : IEntity<WorkspaceSettings>
{
    public Guid Id { get; set; }
    public required string Json { get; set; }

    public WorkspaceSettings Clone() => (WorkspaceSettings)MemberwiseClone();
}
