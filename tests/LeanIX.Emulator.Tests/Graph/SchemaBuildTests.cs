using GraphQL.Types;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Model;

namespace LeanIX.Emulator.Tests.Graph;

public class SchemaBuildTests
{
    [Theory]
    [InlineData("v3", "UserGroup")]
    [InlineData("v4", "Organization")]
    public void Builds_a_schema_with_one_object_type_per_model_type_implementing_BaseFactSheet(string version, string typeKey)
    {
        var schema = SchemaFactory.Build(DataModel.LoadBuiltIn(version));
        var type = Assert.IsType<ObjectGraphType>(schema.AllTypes[typeKey]);
        Assert.Contains(type.ResolvedInterfaces, i => i.Name == "BaseFactSheet");
        var enumType = Assert.IsType<EnumerationGraphType>(schema.AllTypes["FactSheetType"]);
        Assert.Contains(enumType.Values, v => v.Name == typeKey);
        foreach (var name in new[] { "Patch", "PatchOperation", "FilterInput", "FacetFilterInput", "FacetOperator", "DateFilterInput", "Sorting",
                     "SortOrder", "HierarchyInput", "ValidityFilterInput", "UserInput", "SubscriptionToSubscriptionRoleLinkInput",
                     "FactSheetSubscriptionType", "TagGroupModeEnum", "FactSheetStatus", "CommentStatus", "Long", "BaseFactSheetInput" })
            Assert.NotNull(schema.AllTypes[name]);
    }
}
