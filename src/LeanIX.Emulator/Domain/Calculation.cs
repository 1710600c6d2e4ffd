namespace LeanIX.Emulator.Domain;

/// <summary>
/// A calculation (admin.md §8.1, D57): JavaScript that computes one target field of a fact sheet type. The emulator keeps
/// the object as sent (<see cref="Json"/>, server-set members included) and the members it checks and indexes by; it never
/// runs the code. Its code lives on as the managed-code configuration with the same id (capability CALCULATIONS).
/// </summary>
public sealed class Calculation : IEntity<Calculation>
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string AffectedFactSheetType { get; set; }
    public required string AffectedFieldKey { get; set; }

    /// <summary><c>active</c> or <c>inactive</c>; only active ones record executions (D57).</summary>
    public required string Status { get; set; }

    /// <summary>The §8.1 object as stored.</summary>
    public required string Json { get; set; }

    public Calculation Clone() => (Calculation)MemberwiseClone();
}
