using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers.BuiltIn;

namespace LeanIX.Automation.Tests;

/// <summary>Automation configurations are validated against their handler's template, naming the wrong key.</summary>
public sealed class ConfigurationTests
{
    private static readonly LinkFactSheetByFieldHandler Handler = new();

    [Fact]
    public void The_template_itself_is_valid_and_its_first_key_is_fs_types()
    {
        var parsed = ConfigTemplateValidator.Validate(Handler.ConfigTemplate, Handler.ConfigTemplate.ToJsonString());
        Assert.Equal("fs_types", parsed.First().Key);
    }

    [Theory]
    [InlineData("""{"fs_types":["Application"],"field":"x","relation":"r","target_type":"UserGroup","mapping":{},"extra":1}""", "extra", "Unknown key")]
    [InlineData("""{"fs_types":["Application"],"field":"x","relation":"r","target_type":"UserGroup"}""", "mapping", "missing")]
    [InlineData("""{"fs_types":"Application","field":"x","relation":"r","target_type":"UserGroup","mapping":{}}""", "fs_types", "must be a list")]
    [InlineData("""{"fs_types":[1],"field":"x","relation":"r","target_type":"UserGroup","mapping":{}}""", "fs_types[0]", "must be a string")]
    [InlineData("""{"field":"x","fs_types":["Application"],"relation":"r","target_type":"UserGroup","mapping":{}}""", "fs_types", "first key")]
    [InlineData("""{"fs_types":["Application"],"field":true,"relation":"r","target_type":"UserGroup","mapping":{}}""", "field", "must be a string")]
    public void A_wrong_configuration_names_the_key(string json, string key, string message)
    {
        var e = Assert.Throws<AutomationConfigurationException>(() => ConfigTemplateValidator.Validate(Handler.ConfigTemplate, json));
        Assert.Equal(key, e.Key);
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2]")]
    public void Malformed_or_non_object_json_is_refused_as_a_whole(string json)
    {
        var e = Assert.Throws<AutomationConfigurationException>(() => ConfigTemplateValidator.Validate(Handler.ConfigTemplate, json));
        Assert.Null(e.Key);
    }

    [Fact]
    public void A_map_in_the_template_takes_any_keys()
    {
        var parsed = ConfigTemplateValidator.Validate(Handler.ConfigTemplate,
            """{"fs_types":["Application"],"field":"businessCriticality","relation":"relApplicationToUserGroup","target_type":"UserGroup","mapping":{"missionCritical":"Acme Holding SE","other":"X"}}""");
        Assert.Equal(2, parsed["mapping"]!.AsObject().Count);
    }
}
