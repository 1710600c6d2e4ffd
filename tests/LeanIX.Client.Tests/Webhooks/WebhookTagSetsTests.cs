using LeanIX.Client.Webhooks;

namespace LeanIX.Client.Tests.Webhooks;

/// <summary>The named tag sets and the pure tag set helpers behind "add event type" and "fix event types".</summary>
public class WebhookTagSetsTests
{
    [Fact]
    public void Default_and_further_are_the_seed_toolkits_17_and_25_disjoint_sets_and_all_is_their_union()
    {
        // D85: the seed toolkit's default_tag_sets and further_tag_sets.
        Assert.Equal(17, WebhookTagSets.Default.Count);
        Assert.Equal(25, WebhookTagSets.Further.Count);
        Assert.All(WebhookTagSets.Default, s => Assert.Equal(WebhookEventTags.Pathfinder, s[0]));
        Assert.Equal(["integrations", "statistics"], Assert.Single(WebhookTagSets.Further, s => s[0] != WebhookEventTags.Pathfinder));
        Assert.DoesNotContain(WebhookTagSets.Further, s => WebhookTagSets.Contains(WebhookTagSets.Default, s));
        Assert.Equal(WebhookTagSets.All.Count, WebhookTagSets.All.Select(s => string.Join('|', s)).Distinct().Count());
        Assert.Equal(WebhookTagSets.Default.Count + WebhookTagSets.Further.Count, WebhookTagSets.All.Count);
        foreach (var tag in new[] { "FACT_SHEET_UPDATED", "RELATION_CREATED", "FACT_SHEET_ACCESS_CONTROL_LIST_UPDATED", "DOCUMENT_DELETED" })
            Assert.True(WebhookTagSets.Contains(WebhookTagSets.Default, WebhookTagSets.ForPathfinder(tag)), tag);
        foreach (var tag in new[] { "FACT_SHEET_DELETED", "RELATION_SWITCH", "RELATION_DELETED", "COMMENT_CREATED", "COMMENT_REPLY_ADDED", "COMMENT_DELETED",
                     "BOOKMARK_CREATED", "BOOKMARK_UPDATED", "BOOKMARK_DELETED", "QUALITY_SEAL_BROKEN", "RELATION_RECOVERED", "POLL_RESULT_CREATED" })
            Assert.True(WebhookTagSets.Contains(WebhookTagSets.Further, WebhookTagSets.ForPathfinder(tag)), tag);
        // The CLI's editor lists the further types after the default ones, starting with FACT_SHEET_DELETED.
        Assert.Equal(["pathfinder", "FACT_SHEET_DELETED"], WebhookTagSets.Further[0]);
        Assert.False(WebhookTagSets.Contains(WebhookTagSets.All, ["pathfinder", "FACT_SHEET_VIEWED"]));
    }

    [Fact]
    public void Sets_compare_regardless_of_order()
    {
        Assert.True(WebhookTagSets.SameSet(["FACT_SHEET_UPDATED", "pathfinder"], ["pathfinder", "FACT_SHEET_UPDATED"]));
        Assert.False(WebhookTagSets.SameSet(["pathfinder"], ["pathfinder", "FACT_SHEET_UPDATED"]));
    }

    [Fact]
    public void With_adds_only_missing_sets_and_keeps_the_order()
    {
        IReadOnlyList<IReadOnlyList<string>> current = [["pathfinder", "FACT_SHEET_UPDATED"]];
        var result = WebhookTagSets.With(current, [["FACT_SHEET_UPDATED", "pathfinder"], ["pathfinder", "RELATION_SWITCH"]]);
        Assert.Equal(2, result.Count);
        Assert.Equal(["pathfinder", "FACT_SHEET_UPDATED"], result[0]);
        Assert.Equal(["pathfinder", "RELATION_SWITCH"], result[1]);
        Assert.Single(WebhookTagSets.Without(result, [["pathfinder", "RELATION_SWITCH"]]));
    }

    [Fact]
    public void Fixing_event_types_re_adds_every_further_set_the_UI_dropped()
    {
        // What a subscription looks like after being saved in the LeanIX UI: the standard events only.
        var afterUiSave = WebhookTagSets.Default;
        var repaired = WebhookTagSets.WithFurtherRestored(afterUiSave);
        Assert.Equal(WebhookTagSets.All.Count, repaired.Count);
        Assert.All(WebhookTagSets.Further, s => Assert.True(WebhookTagSets.Contains(repaired, s)));
        // Idempotent: a repaired subscription needs no further change.
        Assert.Equal(repaired.Count, WebhookTagSets.WithFurtherRestored(repaired).Count);
    }

    [Fact]
    public void Fixing_leaves_a_subscription_without_pathfinder_events_alone()
    {
        IReadOnlyList<IReadOnlyList<string>> integrationsOnly = [["integrations", "CONFIGURATION_CREATED"]];
        Assert.Same(integrationsOnly, WebhookTagSets.WithFurtherRestored(integrationsOnly));
    }

    [Fact]
    public void Validate_refuses_empty_and_blank_sets_but_not_unknown_tags()
    {
        Assert.Throws<ArgumentException>(() => WebhookTagSets.Validate([]));
        Assert.Throws<ArgumentException>(() => WebhookTagSets.Validate(null));
        Assert.Throws<ArgumentException>(() => WebhookTagSets.Validate([[]]));
        Assert.Throws<ArgumentException>(() => WebhookTagSets.Validate([["pathfinder", " "]]));
        WebhookTagSets.Validate([["pathfinder", "MY_CUSTOM_TAG"]]); // custom event tags exist (webhooks.md §1); the service decides
        Assert.Throws<ArgumentException>(() => WebhookTagSets.ForPathfinder(""));
    }
}
