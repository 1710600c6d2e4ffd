namespace LeanIX.Client.Webhooks;

/// <summary>Event tags of pathfinder (EAM) events, subscribed as <c>["pathfinder", TAG]</c> (webhooks.md §7, event catalogue).</summary>
public static class WebhookEventTags
{
    /// <summary>The source tag every EAM event carries (D31).</summary>
    public const string Pathfinder = "pathfinder";

    /// <summary>A fact sheet was created.</summary>
    public const string FactSheetCreated = "FACT_SHEET_CREATED";
    /// <summary>A fact sheet changed (relation changes included).</summary>
    public const string FactSheetUpdated = "FACT_SHEET_UPDATED";
    /// <summary>A fact sheet was opened.</summary>
    public const string FactSheetViewed = "FACT_SHEET_VIEWED";
    /// <summary>A fact sheet was archived.</summary>
    public const string FactSheetArchived = "FACT_SHEET_ARCHIVED";
    /// <summary>A fact sheet was hard-deleted.</summary>
    public const string FactSheetDeleted = "FACT_SHEET_DELETED";
    /// <summary>An archived fact sheet was recovered.</summary>
    public const string FactSheetRecovered = "FACT_SHEET_RECOVERED";
    /// <summary>One field of a fact sheet changed.</summary>
    public const string FactSheetFieldUpdated = "FACT_SHEET_FIELD_UPDATED";
    /// <summary>A tag was added to a fact sheet.</summary>
    public const string FactSheetTagAdded = "FACT_SHEET_TAG_ADDED";
    /// <summary>A tag was removed from a fact sheet.</summary>
    public const string FactSheetTagRemoved = "FACT_SHEET_TAG_REMOVED";
    /// <summary>A relation was created.</summary>
    public const string RelationCreated = "RELATION_CREATED";
    /// <summary>A relation's fields or validity changed.</summary>
    public const string RelationUpdated = "RELATION_UPDATED";
    /// <summary>A relation was archived.</summary>
    public const string RelationArchived = "RELATION_ARCHIVED";
    /// <summary>A relation was deleted.</summary>
    public const string RelationDeleted = "RELATION_DELETED";
    /// <summary>A relation now points at another target (D30).</summary>
    public const string RelationSwitch = "RELATION_SWITCH";
    /// <summary>A user subscribed to a fact sheet.</summary>
    public const string SubscriptionCreated = "SUBSCRIPTION_CREATED";
    /// <summary>A fact sheet subscription changed.</summary>
    public const string SubscriptionUpdated = "SUBSCRIPTION_UPDATED";
    /// <summary>A fact sheet subscription was removed.</summary>
    public const string SubscriptionDeleted = "SUBSCRIPTION_DELETED";
    /// <summary>A resource was attached.</summary>
    public const string DocumentCreated = "DOCUMENT_CREATED";
    /// <summary>A resource changed.</summary>
    public const string DocumentUpdated = "DOCUMENT_UPDATED";
    /// <summary>A resource was removed.</summary>
    public const string DocumentDeleted = "DOCUMENT_DELETED";
    /// <summary>A comment was written.</summary>
    public const string CommentCreated = "COMMENT_CREATED";
    /// <summary>A reply was added to a comment.</summary>
    public const string CommentReplyAdded = "COMMENT_REPLY_ADDED";
    /// <summary>A comment was deleted.</summary>
    public const string CommentDeleted = "COMMENT_DELETED";
}
