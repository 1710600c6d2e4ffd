namespace LeanIX.Client.Calculations;

/// <summary>
/// A calculation (admin.md §8.1): JavaScript whose <c>main()</c> computes the value of one target field of a fact sheet type.
/// Server-assigned members are null on one you build for <see cref="CalculationsClient.CreateAsync"/>; change a loaded one
/// with a <c>with</c> expression and pass it to <see cref="CalculationsClient.UpdateAsync"/>.
/// </summary>
public sealed record Calculation
{
    /// <summary>The server-assigned id; also the id of the calculation's managed-code configuration (D57).</summary>
    public Guid? Id { get; init; }

    /// <summary>The name (required).</summary>
    public string Name { get; init; } = "";

    /// <summary>What it calculates.</summary>
    public string? Description { get; init; }

    /// <summary><see cref="CalculationType.FactSheet"/> (default) or <see cref="CalculationType.Relation"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The fact sheet type whose field is calculated (required).</summary>
    public string AffectedFactSheetType { get; init; } = "";

    /// <summary>The target field (required); base fields are inputs only.</summary>
    public string AffectedFieldKey { get; init; } = "";

    /// <summary>The target field's type (STRING, SINGLE_SELECT…); the service fills it from the data model.</summary>
    public string? AffectedFieldType { get; init; }

    /// <summary>For a relation calculation: the relation whose field is calculated.</summary>
    public string? AffectedRelationName { get; init; }

    /// <summary><c>active</c> or <c>inactive</c> (default); only active calculations run.</summary>
    public string? Status { get; init; }

    /// <summary>The owner; the creator unless named.</summary>
    public Guid? OwnerId { get; init; }

    /// <summary>The JavaScript: <c>export function main() { … return value; }</c> (required).</summary>
    public string Code { get; init; } = "";

    /// <summary>The input fields whose changes trigger it.</summary>
    public IReadOnlyList<CalculationField>? Fields { get; init; }

    /// <summary>Whether the configuration has an error (e.g. the code reads its own target field).</summary>
    public bool? Invalid { get; init; }

    /// <summary>Failed executions.</summary>
    public int? ErrorCount { get; init; }

    /// <summary>Configuration errors.</summary>
    public int? ConfigurationErrorCount { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>An input of a calculation (admin.md §8.1 [C] SEED): a field of the fact sheet or of a related one.</summary>
public sealed record CalculationField
{
    /// <summary><c>fact-sheet</c> or <c>relation</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The field key.</summary>
    public string Key { get; init; } = "";

    /// <summary>When a change of it triggers the calculation, e.g. <c>change</c>.</summary>
    public string? TriggerType { get; init; }

    /// <summary>The fact sheet relation the field is read through.</summary>
    public string? FactSheetRelation { get; init; }

    /// <summary>That relation's name.</summary>
    public string? FactSheetRelationName { get; init; }

    /// <summary>Which side of the fact sheet relation.</summary>
    public string? FactSheetRelationSide { get; init; }

    /// <summary>Which side the code sees.</summary>
    public string? FactSheetRelationCodeSide { get; init; }

    /// <summary>The relation whose field is read.</summary>
    public string? Relation { get; init; }

    /// <summary>That relation's name.</summary>
    public string? RelationName { get; init; }

    /// <summary>Which side of that relation.</summary>
    public string? RelationSide { get; init; }
}

/// <summary>Calculation types.</summary>
public static class CalculationType
{
    /// <summary>Calculates a field of the fact sheet.</summary>
    public const string FactSheet = "fact-sheet";

    /// <summary>Calculates a field of a relation.</summary>
    public const string Relation = "relation";
}
