using System.Text.Json.Nodes;

namespace LeanIX.Client.ManagedCode;

/// <summary>One execution of a managed-code configuration (admin.md §8.3, D58: field names inferred from DOCS/managed-code).</summary>
public sealed record ExecutionLogEntry
{
    /// <summary>The log entry's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The configuration that ran.</summary>
    public Guid ExecutionConfigurationId { get; init; }

    /// <summary>When it ran.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary><c>SUCCESS</c> or <c>ERROR</c>.</summary>
    public string Status { get; init; } = "";

    /// <summary>What the code received.</summary>
    public JsonNode? Input { get; init; }

    /// <summary>What it returned, if anything.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>The error text of a failed run.</summary>
    public string? Error { get; init; }

    /// <summary>The code version that ran.</summary>
    public int? Version { get; init; }
}
