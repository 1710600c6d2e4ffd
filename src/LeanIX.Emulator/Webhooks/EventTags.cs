using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// The tags the emulator knows and the matching rule (D32: OR over the inner sets, AND within a set).
/// Known: the source tags (<c>pathfinder</c>, <c>integrations</c>, <c>MTM</c>) and every event tag of
/// the catalogue in webhooks.md §7 and <see cref="EventTypes"/>, listed by <c>GET /eventTags</c>.
/// A subscription may use any other tag too (D85); it then simply matches nothing the emulator emits.
/// </summary>
public static class EventTags
{
    public const string Pathfinder = "pathfinder";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        Pathfinder, "integrations", "MTM",
        EventTypes.FactSheetCreated, EventTypes.FactSheetUpdated, EventTypes.FactSheetFieldUpdated,
        EventTypes.FactSheetArchived, EventTypes.FactSheetRecovered, EventTypes.FactSheetTagAdded,
        EventTypes.FactSheetTagRemoved, EventTypes.RelationCreated, EventTypes.RelationUpdated,
        EventTypes.RelationSwitch, EventTypes.RelationArchived, EventTypes.RelationDeleted,
        EventTypes.SubscriptionCreated, EventTypes.SubscriptionUpdated, EventTypes.SubscriptionDeleted,
        EventTypes.DocumentCreated, EventTypes.DocumentUpdated, EventTypes.DocumentDeleted,
        EventTypes.TagCreated, EventTypes.TagUpdated, EventTypes.TagDeleted,
        EventTypes.TagGroupCreated, EventTypes.TagGroupUpdated, EventTypes.TagGroupDeleted,
        EventTypes.QualitySealApproved, EventTypes.QualitySealBroken, EventTypes.FactSheetAccessControlListUpdated,
        EventTypes.BookmarkCreated, EventTypes.BookmarkUpdated, EventTypes.BookmarkDeleted,
        // The rest of the webhooks.md §7 catalogue and fixtures/events (not emitted by the core emulator).
        "FACT_SHEET_VIEWED", "FACT_SHEET_DELETED",
        "COMMENT_CREATED", "COMMENT_REPLY_ADDED", "COMMENT_DELETED",
        "INTEGRATION_RUN_STARTED", "INTEGRATION_RUN_FINISHED", "INTEGRATION_RUN_ABORTED",
        "CONFIGURATION_CREATED", "CONFIGURATION_UPDATED", "CONFIGURATION_DELETED",
        "CONFIGURATION_ACTIVATED", "CONFIGURATION_DEACTIVATED",
        "POLL_RESULT_CREATED", "POLL_RESULT_UPDATED", "POLL_RESULT_FINALIZED",
        "AUTOMATION_TRIGGERED", "WORKSPACE_CREATE"
    };

    /// <summary>Every known tag, sorted (for <c>GET /eventTags</c>).</summary>
    public static IReadOnlyList<string> All { get; } = Known.Order(StringComparer.Ordinal).ToList();

    /// <summary>D32: the event matches when one inner set is contained in its tags.</summary>
    public static bool Matches(IReadOnlyList<IReadOnlyList<string>> tagSets, IReadOnlyList<string> eventTags) =>
        tagSets.Any(set => set.Count > 0 && set.All(t => eventTags.Contains(t, StringComparer.Ordinal)));

    /// <summary>Payload <c>type</c> of a pathfinder event: FACT_SHEET_TAG_ADDED → FactSheetTagAddedEvent (webhooks.md §7).</summary>
    public static string ClassName(string tag) =>
        string.Concat(tag.Split('_').Select(p => p.Length == 0 ? p : p[0] + p[1..].ToLowerInvariant())) + "Event";
}
