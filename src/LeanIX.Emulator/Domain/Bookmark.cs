namespace LeanIX.Emulator.Domain;

/// <summary>
/// A saved view (admin.md §5.2): a saved search (INVENTORY), report (REPORTING), diagram (VISUALIZER) or dashboard.
/// <see cref="StateJson"/> is the type-specific state, stored as sent (D52).
/// </summary>
public sealed class Bookmark : IEntity<Bookmark>
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public string? GroupKey { get; set; }
    public string? Description { get; set; }
    public required string StateJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool Predefined { get; set; }
    public bool Temporary { get; set; }
    public bool ODataEnabled { get; set; }
    public int DefaultSharingPriority { get; set; } = 20;
    public string? Sharing { get; set; }
    public List<Guid> PermittedReadUserIds { get; set; } = [];
    public List<Guid> PermittedWriteUserIds { get; set; } = [];
    public long Views { get; set; }
    public long ReplaySequence { get; set; }

    public Bookmark Clone()
    {
        var copy = (Bookmark)MemberwiseClone();
        copy.PermittedReadUserIds = [.. PermittedReadUserIds];
        copy.PermittedWriteUserIds = [.. PermittedWriteUserIds];
        return copy;
    }
}
