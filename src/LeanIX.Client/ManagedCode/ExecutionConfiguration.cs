namespace LeanIX.Client.ManagedCode;

/// <summary>
/// A managed-code execution configuration (admin.md §8.3, D58): JavaScript run by LeanIX for automations, calculations or
/// webhooks. Every change of <see cref="Code"/> is a new <see cref="Version"/>.
/// </summary>
public sealed record ExecutionConfiguration
{
    /// <summary>The server-assigned id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The name (required).</summary>
    public string Name { get; init; } = "";

    /// <summary>What it does.</summary>
    public string? Description { get; init; }

    /// <summary>Whether it runs.</summary>
    public bool? Active { get; init; }

    /// <summary>The JavaScript (required).</summary>
    public string Code { get; init; } = "";

    /// <summary><c>JAVASCRIPT</c>, the only language.</summary>
    public string? Language { get; init; }

    /// <summary>The code version, counted by the service.</summary>
    public int? Version { get; init; }

    /// <summary>What runs it (required on create): <see cref="ManagedCodeCapability.Automations"/>, … .</summary>
    public ManagedCodeCapability? Capability { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>What a configuration's code is for (D58).</summary>
/// <param name="Type"><see cref="Automations"/>, <see cref="Calculations"/> or <see cref="Webhooks"/>.</param>
public sealed record ManagedCodeCapability(string Type)
{
    /// <summary>Code of LeanIX automations (script actions).</summary>
    public const string Automations = "AUTOMATIONS";

    /// <summary>Code of calculations.</summary>
    public const string Calculations = "CALCULATIONS";

    /// <summary>Code run for push-webhook callbacks.</summary>
    public const string Webhooks = "WEBHOOKS";
}
