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

public class IntrospectionTests
{
    [Fact]
    public async Task Introspection_shows_the_D7_input_shapes()
    {
        await using var host = await LeanIX.Emulator.Hosting.EmulatorHost.StartAsync("empty");
        using var client = new LeanIX.Emulator.Tests.Infrastructure.WireClient(host);
        var data = await client.GraphQLDataAsync("""
            { patch: __type(name: "Patch") { inputFields { name type { kind name ofType { name } } } }
              op: __type(name: "PatchOperation") { enumValues { name } }
              order: __type(name: "SortOrder") { enumValues { name } }
              fs: __type(name: "BaseFactSheet") { kind possibleTypes { name } } }
            """);
        var fields = data["patch"]!["inputFields"]!.AsArray();
        Assert.Equal(["op", "path", "value"], fields.Select(f => (string)f!["name"]!));
        Assert.Equal("PatchOperation", (string?)fields[0]!["type"]!["ofType"]!["name"]);
        Assert.Equal("String", (string?)fields[2]!["type"]!["name"]);
        Assert.Equal(["add", "replace", "remove"], data["op"]!["enumValues"]!.AsArray().Select(v => (string)v!["name"]!));
        Assert.Equal(["asc", "desc"], data["order"]!["enumValues"]!.AsArray().Select(v => (string)v!["name"]!));
        Assert.Equal("INTERFACE", (string?)data["fs"]!["kind"]);
        Assert.Contains(data["fs"]!["possibleTypes"]!.AsArray(), t => (string?)t!["name"] == "TechnicalStack");
    }
}
