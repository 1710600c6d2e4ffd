using System.Text.Json.Nodes;
using LeanIX.Client;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Tests.Infrastructure;

namespace LeanIX.Quality.Tests;

/// <summary>Bad configuration fails with a <see cref="QualityConfigurationException"/> naming the key.</summary>
public class ConfigurationTests
{
    [Theory]
    [InlineData("""{"descriptionMissing": {}}""", "checkers.descriptionMissing", "Known checkers: archivedRelations")]
    [InlineData("""{"completion": {"treshold": 0.5}}""", "checkers.completion.treshold", "Known settings here: enabled, severity, threshold, types")]
    [InlineData("""{"completion": {"threshold": 1.5}}""", "checkers.completion.threshold", "out of range")]
    [InlineData("""{"completion": {"threshold": "high"}}""", "checkers.completion.threshold", "expected a number")]
    [InlineData("""{"owner": {"types": ["Aplication"]}}""", "checkers.owner.types", "'Aplication' is not a fact sheet type")]
    [InlineData("""{"owner": {"severity": "Fatal"}}""", "checkers.owner.severity", "Info, Warning or Error")]
    [InlineData("""{"qualitySeal": {"maxAgeDays": 0}}""", "checkers.qualitySeal.maxAgeDays", "less than 1")]
    [InlineData("""{"mandatoryRelations": {"relations": {"Application": ["itComponent"]}}}""", "checkers.mandatoryRelations.relations.Application", "relApplicationToITComponent")]
    [InlineData("""{"mandatoryRoles": {"roles": {"Apps": ["System Owner"]}}}""", "checkers.mandatoryRoles.roles.Apps", "not a fact sheet type")]
    [InlineData("""{"lifecycle": []}""", "checkers.lifecycle", "expected an object")]
    public async Task A_bad_checker_setting_is_refused_with_its_key(string checkers, string key, string hint)
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var model = await demo.Client.DataModel.GetAsync();
        var e = Assert.Throws<QualityConfigurationException>(() => QualityCheckerRegistry.CreateDefault().Create(JsonNode.Parse(checkers)!.AsObject(), model));
        Assert.Equal(key, e.Key);
        Assert.Contains(key, e.Message);
        Assert.Contains(hint, e.Message);
    }

    [Theory]
    [InlineData("""{"checker": {}}""", "checker")]
    [InlineData("""{"organizations": {"relations": []}}""", "organizations.relations")]
    [InlineData("""{"organizations": {"usageTypes": "owner"}}""", "organizations.usageTypes")]
    [InlineData("""[1]""", "(file)")]
    [InlineData("""{"checkers": """, "(file)")]
    public void A_bad_configuration_file_is_refused_with_its_key(string json, string key)
    {
        var e = Assert.Throws<QualityConfigurationException>(() => QualityConfiguration.Parse(json));
        Assert.Equal(key, e.Key);
    }

    [Fact]
    public async Task A_checker_is_registered_in_one_line_and_can_be_switched_off()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var workspace = await demo.LoadAsync();
        var registry = QualityCheckerRegistry.CreateDefault().Register("noAlias", () => new AliasChecker());
        var checkers = registry.Create(JsonNode.Parse("""{"noAlias": {"types": ["Application"]}, "owner": {"enabled": false}}""")!.AsObject(), workspace.Model);
        Assert.DoesNotContain(checkers, c => c.Name == "owner");
        var result = QualityRunner.Run(workspace, checkers);
        var expected = demo.State.FactSheets.All.Count(f => f.IsActive && f.Type == "Application" && f.StringField("alias") is null);
        Assert.Equal(expected, result.Gaps.Count(g => g.Code == "NO_ALIAS"));
        Assert.DoesNotContain(result.Gaps, g => g.Code == GapCodes.NoOwner);
    }

    private sealed class AliasChecker : QualityChecker
    {
        protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, Workspace.QualityWorkspace workspace)
        {
            if (factSheet["alias"].IsNull) yield return Gap(factSheet, "NO_ALIAS", "No alias.", "Enter the name people use.", field: "alias");
        }
    }
}
