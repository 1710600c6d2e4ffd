namespace LeanIX.Emulator.Domain.Integrations;

/// <summary>
/// An Integration API processor configuration (admin.md §1.3), stored whole as the JSON the client PUT. Its identity is
/// connector type, id, version, processing direction and mode (PUT with the same five replaces it, IAPI-SPEC).
/// </summary>
public sealed class ProcessorConfiguration : IEntity<ProcessorConfiguration>
{
    public Guid Id { get; set; }
    public required string ConnectorType { get; set; }
    public required string ConnectorId { get; set; }
    public required string ConnectorVersion { get; set; }

    /// <summary><c>inbound</c> or <c>outbound</c>, lower case.</summary>
    public required string ProcessingDirection { get; set; }

    /// <summary><c>partial</c> or <c>full</c>, lower case.</summary>
    public required string ProcessingMode { get; set; }

    /// <summary>The whole configuration as sent (normalised identity members).</summary>
    public required string Json { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ProcessorConfiguration Clone() => (ProcessorConfiguration)MemberwiseClone();
}
