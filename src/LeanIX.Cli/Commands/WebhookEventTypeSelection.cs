using LeanIX.Client.Webhooks;

namespace LeanIX.Cli.Commands;

/// <summary>
/// The pure part of <c>webhooks edit</c>: which event types the editor offers (the union of the default and further
/// tag sets, webhooks.md §7) and the tag sets a choice leads to.
/// </summary>
internal static class WebhookEventTypeSelection
{
    /// <summary>The offered event types in display order: default first, then further.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Offered => WebhookTagSets.All;

    /// <summary>Whether an offered set is one of the further (non-standard) ones.</summary>
    public static bool IsFurther(IReadOnlyList<string> set) => WebhookTagSets.Contains(WebhookTagSets.Further, set);

    /// <summary>How a tag set is shown: the event tag alone for pathfinder sets, all tags otherwise.</summary>
    public static string Label(IReadOnlyList<string> set) =>
        set.Count == 2 && set[0] == WebhookEventTags.Pathfinder ? set[1] : string.Join(" + ", set);

    /// <summary>
    /// The tag sets after the user's choice: sets the editor does not offer (integration, MTM or custom tags) are kept
    /// as they are, followed by the chosen offered sets in display order.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Apply(IReadOnlyList<IReadOnlyList<string>> current, IEnumerable<IReadOnlyList<string>> chosen)
    {
        var chosenList = chosen.ToList();
        var kept = current.Where(s => !WebhookTagSets.Contains(Offered, s));
        return [.. kept, .. Offered.Where(s => WebhookTagSets.Contains(chosenList, s))];
    }

    /// <summary>Whether two tag set lists hold the same sets, order ignored.</summary>
    public static bool SameSets(IReadOnlyList<IReadOnlyList<string>> a, IReadOnlyList<IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.All(s => WebhookTagSets.Contains(b, s));
}
