using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>The schema follows the workspace's data model: v3, v4, custom models, and model replacement.</summary>
public class DataModelSchemaTests
{
    private const string CustomModel = """
        {"factSheets": {
           "Robot": {"fields": {"name": {"type": "STRING"}, "serialNo": {"type": "STRING"}, "weight": {"type": "DOUBLE"},
                                "legs": {"type": "INTEGER"}, "colors": {"type": "MULTIPLE_SELECT", "values": ["red", "blue"]},
                                "home": {"type": "LOCATION"}},
                     "relations": ["relRobotToFactory"]},
           "Factory": {"fields": {"name": {"type": "STRING"}}, "relations": ["relFactoryToRobot"]}},
         "relations": {"robotFactoryRelation": {
           "from": {"factSheetType": "Robot", "name": "relRobotToFactory", "multiplicity": "MULTI"},
           "to": {"factSheetType": "Factory", "name": "relFactoryToRobot", "multiplicity": "MULTI"},
           "fields": {"shift": {"type": "SINGLE_SELECT", "values": ["day", "night"]}}}}}
        """;

    private static string WriteModel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"custom-model-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, CustomModel);
        return path;
    }

    [Fact]
    public async Task Custom_types_fields_and_relations_appear_in_the_schema_and_resolve()
    {
        var path = WriteModel();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Workspaces = { new WorkspaceConfig { Seed = "empty", DataModel = path } } });
        var data = new GraphData(host.Workspace);
        var robot = data.FactSheet("Robot", "R2", fs =>
        {
            fs.Fields["serialNo"] = "SN-1";
            fs.Fields["weight"] = 32.5;
            fs.Fields["legs"] = 3;
            fs.Fields["colors"] = new JsonArray("red", "blue");
            fs.Fields["home"] = new JsonObject { ["rawAddress"] = "Munich, Germany", ["geoCity"] = "Munich", ["latitude"] = 48.137 };
        });
        var factory = data.FactSheet("Factory", "Tatooine Works");
        data.Relation("robotFactoryRelation", robot, factory, r => r.Fields["shift"] = "night");
        await data.CommitAsync();
        using var client = new WireClient(host);

        var result = await client.GraphQLDataAsync("""
            { allFactSheets(factSheetType: Robot) { edges { node { __typename name ... on Robot { serialNo weight legs colors
                home { rawAddress geoCity latitude }
                relRobotToFactory { edges { node { shift factSheet { __typename name } } } } } } } } }
            """);
        var node = result["allFactSheets"]!["edges"]![0]!["node"]!;
        Assert.Equal("Robot", (string?)node["__typename"]);
        Assert.Equal("SN-1", (string?)node["serialNo"]);
        Assert.Equal(32.5, (double)node["weight"]!);
        Assert.Equal(3, (int)node["legs"]!);
        Assert.Equal("[\"red\",\"blue\"]", node["colors"]!.ToJsonString());
        Assert.Equal("Munich", (string?)node["home"]!["geoCity"]);
        Assert.Equal(48.137, (double)node["home"]!["latitude"]!);
        var rel = node["relRobotToFactory"]!["edges"]![0]!["node"]!;
        Assert.Equal("night", (string?)rel["shift"]);
        Assert.Equal("Factory", (string?)rel["factSheet"]!["__typename"]);

        // v4 types do not exist in this workspace.
        var v4 = await client.GraphQLAsync("{ allFactSheets(factSheetType: Application) { totalCount } }");
        Assert.StartsWith("Validation error of type WrongType", (string?)v4["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Schema_is_rebuilt_after_the_model_is_replaced()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        const string query = "{ allFactSheets(factSheetType: Robot) { totalCount } }";
        Assert.NotNull((await client.GraphQLAsync(query))["errors"]);
        using (await host.Workspace.LockAsync()) host.Workspace.ReplaceModel(DataModel.Parse(CustomModel));
        var data = await client.GraphQLDataAsync(query);
        Assert.Equal(0, (int)data["allFactSheets"]!["totalCount"]!);
        var created = await client.GraphQLDataAsync("""mutation { createFactSheet(input: {name: "C3", type: Robot}) { factSheet { __typename name } } }""");
        Assert.Equal("Robot", (string?)created["createFactSheet"]!["factSheet"]!["__typename"]);
    }

    [Fact]
    public async Task V3_model_has_UserGroup_with_location_and_relUserGroupToApplication_facet()
    {
        await using var host = await EmulatorHost.StartAsync("empty", "v3");
        var data = new GraphData(host.Workspace);
        var group = data.FactSheet("UserGroup", "Acme Holding SE", fs =>
            fs.Fields["location"] = new JsonObject { ["rawAddress"] = "Berlin", ["geoCountry"] = "Germany", ["geoCountryCode"] = "DE" });
        var app = data.FactSheet("Application", "HR Portal");
        data.Relation("applicationUserGroupRelation", app, group, r => r.Fields["usageType"] = new JsonArray("owner"));
        await data.CommitAsync();
        using var client = new WireClient(host);
        var result = await client.GraphQLDataAsync($$"""
            { allFactSheets(filter: {facetFilters: [{facetKey: "relUserGroupToApplication", operator: OR, keys: ["{{app}}"]}]}) {
                edges { node { name ... on UserGroup { location { geoCountry geoCountryCode }
                  relUserGroupToApplication { edges { node { usageType factSheet { name } } } } } } } } }
            """);
        var node = result["allFactSheets"]!["edges"]!.AsArray().Single()!["node"]!;
        Assert.Equal("Acme Holding SE", (string?)node["name"]);
        Assert.Equal("Germany", (string?)node["location"]!["geoCountry"]);
        var rel = node["relUserGroupToApplication"]!["edges"]![0]!["node"]!;
        Assert.Equal("[\"owner\"]", rel["usageType"]!.ToJsonString());
        Assert.Equal("HR Portal", (string?)rel["factSheet"]!["name"]);
        var noOrg = await client.GraphQLAsync("{ allFactSheets(factSheetType: Organization) { totalCount } }");
        Assert.NotNull(noOrg["errors"]);
    }

    [Fact]
    public async Task A_model_clashing_with_fixed_type_names_gets_a_graphql_error_not_a_crash()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using (await host.Workspace.LockAsync())
            host.Workspace.ReplaceModel(DataModel.Parse("""{"factSheets": {"Tag": {"fields": {}}}}"""));
        var result = await client.GraphQLAsync("{ allFactSheets { totalCount } }");
        Assert.StartsWith("The workspace data model cannot be served as a GraphQL schema", (string?)result["errors"]![0]!["message"]);
    }
}
