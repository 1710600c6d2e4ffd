namespace LeanIX.Emulator.Domain;

/// <summary>
/// One execution of a managed-code configuration (admin.md §8.3, D58). The emulator records executions without running
/// code (D57), so <see cref="OutputJson"/> stays null; <see cref="InputJson"/> is what the run would have received.
/// </summary>
public sealed class ExecutionLog : IEntity<ExecutionLog>
{
    public Guid Id { get; set; }
    public Guid ExecutionConfigurationId { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public required string Status { get; set; }
    public required string InputJson { get; set; }
    public string? OutputJson { get; set; }
    public string? Error { get; set; }
    public int Version { get; set; }

    public ExecutionLog Clone() => (ExecutionLog)MemberwiseClone();
}
