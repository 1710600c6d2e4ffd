using LeanIX.Cli.Commands;
using LeanIX.Client.Webhooks;

namespace LeanIX.Cli.Tests;

/// <summary>The editor's choice logic without a console.</summary>
public class WebhookEventTypeSelectionTests
{
    [Fact]
    public void The_editor_offers_the_union_of_default_and_further_event_types()
    {
        Assert.Equal(WebhookTagSets.Default.Count + WebhookTagSets.Further.Count, WebhookEventTypeSelection.Offered.Count);
        Assert.Equal("FACT_SHEET_CREATED", WebhookEventTypeSelection.Label(WebhookEventTypeSelection.Offered[0]));
        Assert.True(WebhookEventTypeSelection.IsFurther(["pathfinder", "RELATION_SWITCH"]));
        Assert.Equal("integrations + CONFIGURATION_CREATED", WebhookEventTypeSelection.Label(["integrations", "CONFIGURATION_CREATED"]));
    }

    [Fact]
    public void Applying_a_choice_keeps_sets_the_editor_does_not_offer()
    {
        IReadOnlyList<IReadOnlyList<string>> current = [["integrations", "CONFIGURATION_CREATED"], ["pathfinder", "FACT_SHEET_UPDATED"]];
        var result = WebhookEventTypeSelection.Apply(current, [["pathfinder", "COMMENT_CREATED"], ["pathfinder", "FACT_SHEET_CREATED"]]);
        Assert.Equal([["integrations", "CONFIGURATION_CREATED"], ["pathfinder", "FACT_SHEET_CREATED"], ["pathfinder", "COMMENT_CREATED"]], result);
        Assert.True(WebhookEventTypeSelection.SameSets(result, [.. result.Reverse()]));
        Assert.False(WebhookEventTypeSelection.SameSets(result, current));
    }
}
