namespace LeanIX.Client.Automations;

/// <summary>
/// JavaScript that a SET_FACT_SHEET_FIELD_SCRIPT action runs (admin.md §8.2). Its id is the action's <c>scriptId</c> and the id of
/// its managed-code configuration (<c>lx.ManagedCode</c>), which keeps its versions.
/// </summary>
public sealed record AutomationScript
{
    /// <summary>The server-assigned id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = "";

    /// <summary>What it does.</summary>
    public string? Description { get; init; }

    /// <summary>The JavaScript; template literals (backticks) are refused by the service (422).</summary>
    public string Code { get; init; } = "";

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
