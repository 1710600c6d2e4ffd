using LeanIX.Emulator.Rest.Models;

namespace LeanIX.Emulator.Tests.Rest;

public class LabelsTests
{
    [Theory]
    [InlineData("businessCriticality", "Business Criticality")]
    [InlineData("missionCritical", "Mission Critical")]
    [InlineData("ITComponent", "IT Component")]
    [InlineData("name", "Name")]
    [InlineData("costTotalAnnual", "Cost Total Annual")]
    [InlineData("endOfLife", "End Of Life")]
    [InlineData("phaseIn", "Phase In")]
    [InlineData("level2", "Level2")]
    public void Humanize_splits_camel_case(string key, string label) => Assert.Equal(label, Labels.Humanize(key));

    [Theory]
    [InlineData("Application", "Applications")]
    [InlineData("Business Capability", "Business Capabilities")]
    [InlineData("Process", "Processes")]
    [InlineData("Technical Stack", "Technical Stacks")]
    public void Pluralize_follows_english_rules(string singular, string plural) => Assert.Equal(plural, Labels.Pluralize(singular));
}
