namespace LeanIX.Emulator.Domain;

/// <summary>
/// A managed-code execution configuration (admin.md §8.3, D58): JavaScript with a capability (AUTOMATIONS, CALCULATIONS,
/// WEBHOOKS). Every change of <see cref="Code"/> bumps <see cref="Version"/> and appends to <see cref="CodeVersions"/>.
/// </summary>
public sealed class ExecutionConfiguration : IEntity<ExecutionConfiguration>
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool Active { get; set; }
    public required string Code { get; set; }
    public string Language { get; set; } = "JAVASCRIPT";
    public int Version { get; set; }
    public required string Capability { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<CodeVersion> CodeVersions { get; set; } = [];

    public ExecutionConfiguration Clone()
    {
        var copy = (ExecutionConfiguration)MemberwiseClone();
        copy.CodeVersions = [.. CodeVersions];
        return copy;
    }
}

/// <summary>One version of a configuration's code (<c>GET …/code</c>, admin.md §8.3 [C] SAP-AUTO).</summary>
public sealed record CodeVersion(Guid Id, string Code, int Version, DateTimeOffset CreatedAt);
