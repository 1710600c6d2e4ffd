namespace LeanIX.Quality.Checkers;

/// <summary>The codes of the built-in checkers' gaps; stable, since to-dos (externalId) and metric points are keyed by them.</summary>
public static class GapCodes
{
    /// <summary>No description, or one shorter than configured.</summary>
    public const string MissingDescription = "MISSING_DESCRIPTION";

    /// <summary>No subscription in a role mandatory for the type (D72/D74).</summary>
    public const string MandatoryRoleMissing = "MANDATORY_ROLE_MISSING";

    /// <summary>No accountable and no responsible subscriber.</summary>
    public const string NoOwner = "NO_OWNER";

    /// <summary>No lifecycle phase set.</summary>
    public const string MissingLifecycle = "MISSING_LIFECYCLE";

    /// <summary>Lifecycle phases whose dates run backwards.</summary>
    public const string LifecycleOutOfOrder = "LIFECYCLE_OUT_OF_ORDER";

    /// <summary>Quality seal broken.</summary>
    public const string QualitySealBroken = "QUALITY_SEAL_BROKEN";

    /// <summary>Quality seal not re-approved within the configured days.</summary>
    public const string QualitySealStale = "QUALITY_SEAL_STALE";

    /// <summary>Completion below the threshold.</summary>
    public const string LowCompletion = "LOW_COMPLETION";

    /// <summary>A relation configured as mandatory is missing.</summary>
    public const string MandatoryRelationMissing = "MANDATORY_RELATION_MISSING";

    /// <summary>A relation leads to an archived fact sheet.</summary>
    public const string RelationToArchived = "RELATION_TO_ARCHIVED";

    /// <summary>A subscriber is inactive or has not logged in for six months.</summary>
    public const string InactiveSubscriber = "INACTIVE_SUBSCRIBER";

    /// <summary>No tag of a tag group mandatory for the type (D74).</summary>
    public const string MandatoryTagGroupMissing = "MANDATORY_TAG_GROUP_MISSING";
}
