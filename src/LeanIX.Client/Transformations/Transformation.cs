namespace LeanIX.Client.Transformations;

/// <summary>A transformation (admin.md §12.5, D67): a planned change of an application within an initiative.</summary>
public sealed record Transformation
{
    /// <summary>The server-assigned id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The name (required).</summary>
    public string Name { get; init; } = "";

    /// <summary>The kind of change.</summary>
    public string? Type { get; init; }

    /// <summary>The initiative it belongs to (required).</summary>
    public Guid FactSheetId { get; init; }

    /// <summary>The fact sheets it changes.</summary>
    public TransformationFactSheets? FactSheets { get; init; }

    /// <summary>When it completes.</summary>
    public TransformationDate? CompletionDate { get; init; }

    /// <summary>PLANNED or EXECUTED.</summary>
    public string? Status { get; init; }
}

/// <summary>The fact sheets a transformation changes.</summary>
/// <param name="Application">The application.</param>
public sealed record TransformationFactSheets(TransformationFactSheet? Application);

/// <summary>A fact sheet a transformation refers to.</summary>
/// <param name="Id">Its id.</param>
/// <param name="DisplayName">Its display name (set by the service).</param>
public sealed record TransformationFactSheet(Guid Id, string? DisplayName = null);

/// <summary>A date of a transformation.</summary>
/// <param name="Date"><c>YYYY-MM-DD</c>.</param>
public sealed record TransformationDate(string Date);
