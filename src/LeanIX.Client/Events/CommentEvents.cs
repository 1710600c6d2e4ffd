namespace LeanIX.Client.Events;

/// <summary>
/// Common members of the COMMENT_* events. A reply event names no fact sheet (the fixture has no
/// <c>fsIdAndRev</c>), so <see cref="FactSheetReferenceEvent.FsIdAndRev"/> may be null.
/// </summary>
public abstract record CommentEvent : FactSheetReferenceEvent
{
    /// <summary>The comment id.</summary>
    public Guid? CommentId { get; init; }

    /// <summary>The comment text (created event).</summary>
    public string? Message { get; init; }
}

/// <summary><c>COMMENT_CREATED</c>.</summary>
public sealed record CommentCreatedEvent : CommentEvent;

/// <summary><c>COMMENT_REPLY_ADDED</c>.</summary>
public sealed record CommentReplyAddedEvent : CommentEvent
{
    /// <summary>The reply id.</summary>
    public Guid? ReplyId { get; init; }
}

/// <summary><c>COMMENT_DELETED</c>: carries the deleted comment with its replies.</summary>
public sealed record CommentDeletedEvent : CommentEvent
{
    /// <summary>The deleted comment.</summary>
    public EventComment? Comment { get; init; }
}

/// <summary>A comment or reply as embedded in <see cref="CommentDeletedEvent"/>.</summary>
public sealed record EventComment
{
    /// <summary>The id.</summary>
    public Guid Id { get; init; }

    /// <summary>ACTIVE or deleted state.</summary>
    public string? Status { get; init; }

    /// <summary>The author.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The text.</summary>
    public string? Message { get; init; }

    /// <summary>Replies.</summary>
    public IReadOnlyList<EventComment> Replies { get; init; } = [];

    /// <summary>When it was written.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Ordering among replays.</summary>
    public int? ReplaySequence { get; init; }
}
