using static LeanIX.Client.Webhooks.WebhookEventTags;

namespace LeanIX.Client.Webhooks;

/// <summary>
/// Named tag sets and pure helpers on <see cref="WebhookSubscription.TagSets"/>. A tag set is matched with AND
/// within the set and OR across sets (D32), so sets compare as sets: order and duplicates inside one don't matter.
/// </summary>
public static class WebhookTagSets
{
    /// <summary>
    /// The seed toolkit's <c>default_tag_sets</c> (D85), 17 sets: the standard pathfinder events the LeanIX UI offers
    /// and keeps when a subscription is saved there: fact sheet created/updated/archived/recovered/field updated and
    /// access control list updated, relation created/updated/archived, tag added/removed, subscription and document
    /// events (webhooks.md §7, event catalogue; FACT_SHEET_ACCESS_CONTROL_LIST_UPDATED per admin.md §10).
    /// </summary>
    /// <remarks>
    /// The toolkit's literal list was not available; this one is rebuilt from webhooks.md §7, D54 and D85 (17 sets).
    /// </remarks>
    public static IReadOnlyList<IReadOnlyList<string>> Default { get; } = PathfinderSets(
        FactSheetCreated, FactSheetUpdated, FactSheetArchived, FactSheetRecovered, FactSheetFieldUpdated,
        FactSheetAccessControlListUpdated,
        RelationCreated, RelationUpdated, RelationArchived,
        FactSheetTagAdded, FactSheetTagRemoved,
        SubscriptionCreated, SubscriptionUpdated, SubscriptionDeleted,
        DocumentCreated, DocumentUpdated, DocumentDeleted);

    /// <summary>
    /// The seed toolkit's <c>further_tag_sets</c> (D85), 25 sets: events that exist but that the LeanIX UI drops when
    /// a subscription is edited there: hard deletes, relation deletes, switches, recovery and validity, comments,
    /// bookmarks, quality seal, survey results, tag and tag group changes, and integration statistics.
    /// <c>FACT_SHEET_VIEWED</c> is deliberately in neither list: it fires on every read and floods a subscriber.
    /// </summary>
    /// <remarks>
    /// Rebuilt, like <see cref="Default"/>, from webhooks.md §7 and the seed-only tags D54 names (BOOKMARK_*,
    /// QUALITY_SEAL_*, POLL_*, RELATION_VALIDITY_*, RELATION_RECOVERED, <c>["integrations","statistics"]</c>).
    /// </remarks>
    public static IReadOnlyList<IReadOnlyList<string>> Further { get; } = [
        .. PathfinderSets(
            FactSheetDeleted, RelationDeleted, RelationSwitch, RelationRecovered, RelationValidityStarted, RelationValidityEnded,
            CommentCreated, CommentReplyAdded, CommentDeleted,
            BookmarkCreated, BookmarkUpdated, BookmarkDeleted,
            QualitySealApproved, QualitySealBroken, QualitySealRejected,
            PollResultCreated, PollResultUpdated, PollResultFinalized,
            TagCreated, TagUpdated, TagDeleted, TagGroupCreated, TagGroupUpdated, TagGroupDeleted),
        [Integrations, Statistics]];

    /// <summary><see cref="Default"/> followed by <see cref="Further"/>: what the toolkit registers and the editor offers.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> All { get; } = [.. Default, .. Further];

    /// <summary>The tag set of one pathfinder event, <c>["pathfinder", tag]</c>.</summary>
    public static IReadOnlyList<string> ForPathfinder(string tag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        return [Pathfinder, tag];
    }

    /// <summary>Whether two tag sets hold the same tags (order and duplicates ignored).</summary>
    public static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);
    }

    /// <summary>Whether <paramref name="sets"/> holds <paramref name="set"/>.</summary>
    public static bool Contains(IEnumerable<IReadOnlyList<string>> sets, IReadOnlyList<string> set)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return sets.Any(s => SameSet(s, set));
    }

    /// <summary><paramref name="sets"/> with each of <paramref name="toAdd"/> appended unless already there; the order of existing sets is kept.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> With(IEnumerable<IReadOnlyList<string>> sets, IEnumerable<IReadOnlyList<string>> toAdd)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(toAdd);
        var result = sets.ToList();
        foreach (var set in toAdd)
            if (!Contains(result, set)) result.Add(set);
        return result;
    }

    /// <summary><paramref name="sets"/> without any set equal to one of <paramref name="toRemove"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Without(IEnumerable<IReadOnlyList<string>> sets, IEnumerable<IReadOnlyList<string>> toRemove)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var remove = toRemove.ToList();
        return sets.Where(s => !Contains(remove, s)).ToList();
    }

    /// <summary>
    /// The repair behind "fix event types": <paramref name="sets"/> with the <see cref="Further"/> sets re-added, because
    /// saving a subscription in the LeanIX UI drops them. A subscription listening to no pathfinder event (only
    /// integration or MTM events) is returned unchanged: adding fact sheet events to it would change what it is for.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> WithFurtherRestored(IReadOnlyList<IReadOnlyList<string>> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return sets.Any(s => s.Contains(Pathfinder, StringComparer.Ordinal)) ? With(sets, Further) : sets;
    }

    /// <summary>
    /// Checks tag sets before they are sent: at least one set (D32: empty <c>tagSets</c> → 400), no empty set, no blank tag.
    /// Tags are not checked against a list, since workspaces can define custom event tags (webhooks.md §1).
    /// </summary>
    /// <exception cref="ArgumentException">The sets are unusable.</exception>
    public static void Validate(IReadOnlyList<IReadOnlyList<string>>? sets, string paramName = "tagSets")
    {
        if (sets is null || sets.Count == 0)
            throw new ArgumentException("A webhook subscription needs at least one tag set, e.g. [\"pathfinder\", \"FACT_SHEET_UPDATED\"].", paramName);
        for (var i = 0; i < sets.Count; i++)
        {
            if (sets[i] is null || sets[i].Count == 0)
                throw new ArgumentException($"Tag set {i} is empty; an empty set would match every event.", paramName);
            if (sets[i].Any(string.IsNullOrWhiteSpace))
                throw new ArgumentException($"Tag set {i} holds a blank tag.", paramName);
        }
    }

    private static IReadOnlyList<IReadOnlyList<string>> PathfinderSets(params string[] tags) => tags.Select(ForPathfinder).ToList();
}
