using System.Text.Json.Nodes;

namespace LeanIX.Client.Tests;

public class DataModelParsingTests
{
    private static LeanIXDataModel Load(string file) =>
        LeanIXDataModel.Parse(File.ReadAllText(SharedFixtures.PathOf(file)));

    [Fact]
    public void V3_model_resolves_relations_by_key_and_by_plural_target_with_inverses()
    {
        var model = Load("datamodel-v3.json");
        var app = model.Type("Application");
        var caps = app.Relation("businessCapabilities");
        Assert.Equal("relApplicationToBusinessCapability", caps.Key);
        Assert.Equal("BusinessCapability", caps.TargetType);
        Assert.Equal("relBusinessCapabilityToApplication", caps.InverseKey);
        Assert.Equal("relITComponentToApplication", app.Relation("itComponents").InverseKey);
        Assert.Equal("relToParent", model.Type("UserGroup").Relation("relToParent").Key);
        Assert.Equal("relProcessToApplication", model.Type("Process").Relation("applications").Key);
        Assert.Equal("LOCATION", model.Type("UserGroup").Fields["location"].Type);
        Assert.Equal("usageType", app.Relation("userGroups").Fields["usageType"].Key);
    }

    [Fact]
    public void Two_relations_to_the_same_type_make_the_plural_ambiguous_and_the_error_lists_the_keys()
    {
        var app = Load("datamodel-v3.json").Type("Application");
        var e = Assert.Throws<ArgumentException>(() => app.Relation("interfaces"));
        Assert.Contains("relProviderApplicationToInterface", e.Message);
        Assert.Contains("relConsumerApplicationToInterface", e.Message);
    }

    [Fact]
    public void An_unknown_type_lists_the_known_types()
    {
        var e = Assert.Throws<LeanIXUnknownTypeException>(() => Load("datamodel.json").Type("UserGroup"));
        Assert.Contains("Organization", e.Message);
        Assert.Equal("UserGroup", e.Type);
    }

    [Theory]
    [InlineData("Application", "applications")]
    [InlineData("BusinessCapability", "businessCapabilities")]
    [InlineData("ITComponent", "itComponents")]
    [InlineData("Process", "processes")]
    [InlineData("TechnicalStack", "technicalStacks")]
    [InlineData("UserGroup", "userGroups")]
    public void Plural_names_follow_LeanIX_naming(string type, string plural) => Assert.Equal(plural, LeanIX.Shared.Plurals.OfTypeKey(type));
}
