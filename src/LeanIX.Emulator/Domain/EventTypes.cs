namespace LeanIX.Emulator.Domain;

/// <summary>Change kinds, named as the webhook events they become (webhooks.md, D28).</summary>
public static class EventTypes
{
    public const string FactSheetCreated = "FACT_SHEET_CREATED";
    public const string FactSheetUpdated = "FACT_SHEET_UPDATED";
    public const string FactSheetFieldUpdated = "FACT_SHEET_FIELD_UPDATED";
    public const string FactSheetArchived = "FACT_SHEET_ARCHIVED";
    public const string FactSheetRecovered = "FACT_SHEET_RECOVERED";
    public const string FactSheetTagAdded = "FACT_SHEET_TAG_ADDED";
    public const string FactSheetTagRemoved = "FACT_SHEET_TAG_REMOVED";
    public const string RelationCreated = "RELATION_CREATED";
    public const string RelationUpdated = "RELATION_UPDATED";
    public const string RelationSwitch = "RELATION_SWITCH";
    public const string RelationArchived = "RELATION_ARCHIVED";
    public const string RelationDeleted = "RELATION_DELETED";
    public const string SubscriptionCreated = "SUBSCRIPTION_CREATED";
    public const string SubscriptionUpdated = "SUBSCRIPTION_UPDATED";
    public const string SubscriptionDeleted = "SUBSCRIPTION_DELETED";
    public const string DocumentCreated = "DOCUMENT_CREATED";
    public const string DocumentUpdated = "DOCUMENT_UPDATED";
    public const string DocumentDeleted = "DOCUMENT_DELETED";
    public const string TagCreated = "TAG_CREATED";
    public const string TagUpdated = "TAG_UPDATED";
    public const string TagDeleted = "TAG_DELETED";
    public const string TagGroupCreated = "TAG_GROUP_CREATED";
    public const string TagGroupUpdated = "TAG_GROUP_UPDATED";
    public const string TagGroupDeleted = "TAG_GROUP_DELETED";
    public const string QualitySealApproved = "QUALITY_SEAL_APPROVED";
    public const string QualitySealBroken = "QUALITY_SEAL_BROKEN";

    /// <summary>D66: a fact sheet's permitted read or write ACL changed.</summary>
    public const string FactSheetAccessControlListUpdated = "FACT_SHEET_ACCESS_CONTROL_LIST_UPDATED";
    public const string BookmarkCreated = "BOOKMARK_CREATED";
    public const string BookmarkUpdated = "BOOKMARK_UPDATED";
    public const string BookmarkDeleted = "BOOKMARK_DELETED";
}
