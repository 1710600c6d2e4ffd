using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Graph;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D90: upsertRelation, deleteRelation, copyRelations, moveRelations and updateFactSheetExternal.</summary>
public class RelationMutationTests
{
    private const string Upsert = """
        mutation ($from: FactSheetIdentifierType!, $to: FactSheetIdentifierType!, $type: RelationName!, $patches: [Patch!], $dry: Boolean) {
          upsertRelation(from: $from, to: $to, type: $type, patches: $patches, validateOnly: $dry) {
            relation { id type description activeFrom toFactSheet { id name } } factSheet { id rev }
          }
        }
        """;

    private const string DeleteQuery = """
        mutation ($from: FactSheetIdentifierType!, $to: FactSheetIdentifierType!, $type: RelationName!, $dry: Boolean) {
          deleteRelation(from: $from, to: $to, type: $type, validateOnly: $dry) { relation { id } factSheet { id rev } }
        }
        """;

    private static JsonObject Id(Guid id) => new() { ["id"] = id.ToString() };

    private static JsonObject Ext(string id) => new() { ["externalId"] = new JsonObject { ["type"] = "externalId", ["id"] = id } };

    private static JsonObject Vars(JsonObject from, JsonObject to, string type, JsonArray? patches = null, bool dry = false) =>
        new() { ["from"] = from, ["to"] = to, ["type"] = type, ["patches"] = patches, ["dry"] = dry };

    private static JsonObject P(string op, string path, string? value) => new() { ["op"] = op, ["path"] = path, ["value"] = value };

    [Fact]
    public async Task UpsertRelation_creates_updates_and_switches_a_to_one_relation_through_the_update_path()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "CRM", fs => fs.Fields["externalId"] = new JsonObject { ["type"] = "ExternalId", ["externalId"] = "APP-1" });
        var itc = data.FactSheet("ITComponent", "Server");
        var parentA = data.FactSheet("Application", "Parent A");
        var parentB = data.FactSheet("Application", "Parent B");
        await data.CommitAsync();
        using var client = new WireClient(host);

        // validateOnly: the would-be relation, nothing stored, no event, no rev.
        var dry = await client.GraphQLDataAsync(Upsert, Vars(Ext("APP-1"), Id(itc), "relApplicationToITComponent", dry: true));
        Assert.Equal("Server", (string?)dry["upsertRelation"]!["relation"]!["toFactSheet"]!["name"]);
        Assert.Empty(host.Workspace.State.Relations.All);
        Assert.Empty(host.Workspace.State.ChangesOf(app));

        var created = (await client.GraphQLDataAsync(Upsert, Vars(Ext("APP-1"), Id(itc), "relApplicationToITComponent",
            new JsonArray(P("add", "/description", "runs on"), P("add", "/activeFrom", "2024-01-01")))))["upsertRelation"]!;
        var relId = Guid.Parse((string)created["relation"]!["id"]!);
        Assert.Equal("runs on", (string?)created["relation"]!["description"]);
        Assert.Equal(1L, (long)created["factSheet"]!["rev"]!);
        Assert.Equal(1L, host.Workspace.State.FactSheets.Get(itc)!.Rev);
        Assert.Contains(host.Workspace.State.ChangesOf(app), r => r.EventType == EventTypes.RelationCreated);

        // Same ends again: the same relation, patched on top of what it has.
        var updated = (await client.GraphQLDataAsync(Upsert, Vars(Id(app), Id(itc), "relApplicationToITComponent",
            new JsonArray(P("replace", "/description", "runs on, mostly")))))["upsertRelation"]!;
        Assert.Equal(relId, Guid.Parse((string)updated["relation"]!["id"]!));
        Assert.Equal("2024-01-01", (string?)updated["relation"]!["activeFrom"]);
        Assert.Single(host.Workspace.State.Relations.All);

        // to-one (relToParent): identified by from + type, so a new target switches it.
        var first = (await client.GraphQLDataAsync(Upsert, Vars(Id(app), Id(parentA), "relToParent")))["upsertRelation"]!;
        var switched = (await client.GraphQLDataAsync(Upsert, Vars(Id(app), Id(parentB), "relToParent")))["upsertRelation"]!;
        Assert.Equal((string?)first["relation"]!["id"], (string?)switched["relation"]!["id"]);
        Assert.Equal(parentB.ToString(), (string?)switched["relation"]!["toFactSheet"]!["id"]);
        Assert.Contains(host.Workspace.State.ChangesOf(app), r => r.EventType == EventTypes.RelationSwitch);

        var wrongType = await client.GraphQLAsync(Upsert, Vars(Id(app), Id(parentA), "relApplicationToITComponent"));
        GraphMutationAssert.BusinessError(wrongType, "upsertRelation", "MODEL_COMPLIANT"); // wrong target type (D17)
        var unknown = await client.GraphQLAsync(Upsert, Vars(Id(Guid.NewGuid()), Id(itc), "relApplicationToITComponent"));
        Assert.EndsWith("not found", (string)GraphMutationAssert.BusinessError(unknown, "upsertRelation")["message"]!);
        var unknownExt = await client.GraphQLAsync(Upsert, Vars(Ext("NOPE"), Id(itc), "relApplicationToITComponent"));
        Assert.Contains("externalId/NOPE", (string)GraphMutationAssert.BusinessError(unknownExt, "upsertRelation")["message"]!);
        var badPath = await client.GraphQLAsync(Upsert, Vars(Id(app), Id(itc), "relApplicationToITComponent", new JsonArray(P("add", "/nope", "x"))));
        GraphMutationAssert.BusinessError(badPath, "upsertRelation", "MODEL_COMPLIANT");
    }

    [Fact]
    public async Task DeleteRelation_removes_by_ends_a_to_one_relation_whatever_its_target_and_validates()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "CRM");
        var itc = data.FactSheet("ITComponent", "Server");
        var parent = data.FactSheet("Application", "Parent");
        var other = data.FactSheet("Application", "Other");
        var rel = data.Relation("applicationITComponentRelation", app, itc);
        var parentRel = data.Relation("applicationChildParentRelation", app, parent);
        await data.CommitAsync();
        using var client = new WireClient(host);

        await client.GraphQLDataAsync(DeleteQuery, Vars(Id(app), Id(itc), "relApplicationToITComponent", dry: true));
        Assert.NotNull(host.Workspace.State.Relations.Get(rel));
        var deleted = (await client.GraphQLDataAsync(DeleteQuery, Vars(Id(app), Id(itc), "relApplicationToITComponent")))["deleteRelation"]!;
        Assert.Equal(rel.ToString(), (string?)deleted["relation"]!["id"]);
        Assert.Null(host.Workspace.State.Relations.Get(rel));
        Assert.Contains(host.Workspace.State.ChangesOf(app), r => r.EventType == EventTypes.RelationDeleted);

        var again = await client.GraphQLAsync(DeleteQuery, Vars(Id(app), Id(itc), "relApplicationToITComponent"));
        Assert.Contains("not found", (string)GraphMutationAssert.BusinessError(again, "deleteRelation")["message"]!);

        // to-one: "other" is not the parent, yet the relToParent relation of app goes (schema description).
        await client.GraphQLDataAsync(DeleteQuery, Vars(Id(app), Id(other), "relToParent"));
        Assert.Null(host.Workspace.State.Relations.Get(parentRel));
    }

    [Fact]
    public async Task CopyRelations_and_moveRelations_recreate_the_relations_on_the_target()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var source = data.FactSheet("Application", "Old");
        var target = data.FactSheet("Application", "New");
        var itc1 = data.FactSheet("ITComponent", "S1");
        var itc2 = data.FactSheet("ITComponent", "S2");
        data.Relation("applicationITComponentRelation", source, itc1, r => r.Description = "d1");
        data.Relation("applicationITComponentRelation", source, itc2);
        data.Relation("applicationITComponentRelation", target, itc2);
        await data.CommitAsync();
        using var client = new WireClient(host);
        string Mutation(string name, bool dry = false) =>
            $$"""mutation { {{name}}(factSheetId: "{{target}}", sourceFactSheetId: "{{source}}", relationType: "relApplicationToITComponent", validateOnly: {{(dry ? "true" : "false")}}) { id rev } }""";
        List<(Guid To, string? Description)> Of(Guid id) => host.Workspace.State.Relations.OwnedBy(id).Where(r => r.IsActive && r.FromId == id)
            .Select(r => (r.ToId, r.Description)).OrderBy(x => x.ToId == itc1 ? 0 : 1).ToList();

        await client.GraphQLDataAsync(Mutation("copyRelations", dry: true));
        Assert.Single(Of(target));
        var copied = (await client.GraphQLDataAsync(Mutation("copyRelations")))["copyRelations"]!;
        Assert.Equal(1L, (long)copied["rev"]!);
        Assert.Equal([(itc1, "d1"), (itc2, null)], Of(target)); // itc2 not duplicated
        Assert.Equal(2, Of(source).Count);

        await client.GraphQLDataAsync(Mutation("moveRelations"));
        Assert.Empty(Of(source));
        Assert.Equal(2, Of(target).Count);

        var wrong = await client.GraphQLAsync($$"""mutation { copyRelations(factSheetId: "{{itc1}}", sourceFactSheetId: "{{source}}", relationType: "relApplicationToITComponent") { id } }""");
        GraphMutationAssert.BusinessError(wrong, "copyRelations", "MODEL_COMPLIANT");
    }

    [Fact]
    public async Task UpdateFactSheetExternal_finds_the_fact_sheet_by_external_id_path()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "CRM", fs => fs.Fields["externalId"] = new JsonObject { ["type"] = "ExternalId", ["externalId"] = "APP-1" });
        await data.CommitAsync();
        using var client = new WireClient(host);
        const string Q = """
            mutation ($path: ID!, $dry: Boolean) { updateFactSheetExternal(externalIdPath: $path, comment: "sync", validateOnly: $dry,
              patches: [{op: replace, path: "/description", value: "from sync"}]) { factSheet { id description rev } } }
            """;
        await client.GraphQLDataAsync(Q, new JsonObject { ["path"] = "externalId/APP-1", ["dry"] = true });
        Assert.Null(host.Workspace.State.FactSheets.Get(app)!.Description);
        var updated = (await client.GraphQLDataAsync(Q, new JsonObject { ["path"] = "externalId/APP-1" }))["updateFactSheetExternal"]!["factSheet"]!;
        Assert.Equal(app.ToString(), (string?)updated["id"]);
        Assert.Equal("from sync", (string?)updated["description"]);
        Assert.Equal(1L, (long)updated["rev"]!);
        Assert.Contains(host.Workspace.State.ChangesOf(app), r => r.EventType == EventTypes.FactSheetUpdated && r.Message == "sync");

        var missing = await client.GraphQLAsync(Q, new JsonObject { ["path"] = "externalId/NOPE" });
        GraphMutationAssert.BusinessError(missing, "updateFactSheetExternal");
        var badField = await client.GraphQLAsync(Q, new JsonObject { ["path"] = "name/CRM" });
        GraphMutationAssert.BusinessError(badField, "updateFactSheetExternal");
    }
}
