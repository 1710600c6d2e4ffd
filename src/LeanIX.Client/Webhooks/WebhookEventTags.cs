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

    /// <summary>A fact sheet's read or write access control list changed.</summary>
    public const string FactSheetAccessControlListUpdated = "FACT_SHEET_ACCESS_CONTROL_LIST_UPDATED";
    /// <summary>An archived relation was recovered.</summary>
    public const string RelationRecovered = "RELATION_RECOVERED";
    /// <summary>A relation's validity (activeFrom) began.</summary>
    public const string RelationValidityStarted = "RELATION_VALIDITY_STARTED";
    /// <summary>A relation's validity (activeUntil) ended.</summary>
    public const string RelationValidityEnded = "RELATION_VALIDITY_ENDED";
    /// <summary>A bookmark (saved report, inventory view or diagram) was created.</summary>
    public const string BookmarkCreated = "BOOKMARK_CREATED";
    /// <summary>A bookmark changed.</summary>
    public const string BookmarkUpdated = "BOOKMARK_UPDATED";
    /// <summary>A bookmark was deleted.</summary>
    public const string BookmarkDeleted = "BOOKMARK_DELETED";
    /// <summary>A fact sheet's quality seal was approved.</summary>
    public const string QualitySealApproved = "QUALITY_SEAL_APPROVED";
    /// <summary>A fact sheet's quality seal broke.</summary>
    public const string QualitySealBroken = "QUALITY_SEAL_BROKEN";
    /// <summary>A fact sheet's quality seal was rejected.</summary>
    public const string QualitySealRejected = "QUALITY_SEAL_REJECTED";
    /// <summary>A survey answer was created.</summary>
    public const string PollResultCreated = "POLL_RESULT_CREATED";
    /// <summary>A survey answer changed.</summary>
    public const string PollResultUpdated = "POLL_RESULT_UPDATED";
    /// <summary>A survey answer was finalised.</summary>
    public const string PollResultFinalized = "POLL_RESULT_FINALIZED";
    /// <summary>A tag was created.</summary>
    public const string TagCreated = "TAG_CREATED";
    /// <summary>A tag changed.</summary>
    public const string TagUpdated = "TAG_UPDATED";
    /// <summary>A tag was deleted.</summary>
    public const string TagDeleted = "TAG_DELETED";
    /// <summary>A tag group was created.</summary>
    public const string TagGroupCreated = "TAG_GROUP_CREATED";
    /// <summary>A tag group changed.</summary>
    public const string TagGroupUpdated = "TAG_GROUP_UPDATED";
    /// <summary>A tag group was deleted.</summary>
    public const string TagGroupDeleted = "TAG_GROUP_DELETED";

    /// <summary>The source tag of integration events (<c>["integrations", …]</c>, webhooks.md §7).</summary>
    public const string Integrations = "integrations";
    /// <summary>Integration statistics, subscribed as <c>["integrations", "statistics"]</c>.</summary>
    public const string Statistics = "statistics";
}
