namespace LeanIX.Client.Events;

/// <summary>Common members of the DOCUMENT_* events (resources attached to a fact sheet).</summary>
public abstract record DocumentEvent : FactSheetReferenceEvent
{
    /// <summary>The document id.</summary>
    public Guid? DocumentId { get; init; }

    /// <summary>The document name.</summary>
    public string? DocumentName { get; init; }

    /// <summary>The document type, often null.</summary>
    public string? DocumentType { get; init; }

    /// <summary>Where the document comes from, e.g. <c>CUSTOM_LINK</c>.</summary>
    public string? DocumentOrigin { get; init; }

    /// <summary>An external reference id, often null.</summary>
    public string? RefId { get; init; }
}

/// <summary><c>DOCUMENT_CREATED</c>.</summary>
public sealed record DocumentCreatedEvent : DocumentEvent;

/// <summary><c>DOCUMENT_UPDATED</c> (shape inferred).</summary>
public sealed record DocumentUpdatedEvent : DocumentEvent;

/// <summary><c>DOCUMENT_DELETED</c> (shape inferred).</summary>
public sealed record DocumentDeletedEvent : DocumentEvent;
