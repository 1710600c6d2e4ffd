using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Graph;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D90 createRelationConstraint, deleteRelationConstraint and <c>constrainingRelations</c> on relation nodes.</summary>
public sealed class RelationConstraintTests : IDisposable
{
    private const string ItcKey = "relApplicationToITComponent";
    private const string OrgKey = "relApplicationToOrganization";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leanix-d90-{Guid.NewGuid():N}.db");

    private static string Mutation(string name, Guid fs, Guid itc, Guid org, bool dry = false, string constrained = ItcKey, string constraining = OrgKey) => $$"""
        mutation { {{name}}(factSheetId: "{{fs}}", constrainedRelationType: "{{constrained}}", constrainedRelationTargetFactSheetId: "{{itc}}",
          constrainingRelationType: "{{constraining}}", constrainingRelationTargetFactSheetId: "{{org}}", validateOnly: {{(dry ? "true" : "false")}}) {
            id rev
            ... on Application { relApplicationToITComponent { edges { node { id factSheet { id }
              constrainingRelations { relations { id type factSheet { id name type } } } } } } }
          }
        }
        """;

    private static string Read(Guid app) => $$"""
        { factSheet(id: "{{app}}") { ... on Application {
            relApplicationToITComponent { edges { node { id factSheet { id } constrainingRelations { relations { id type factSheet { id name type } } } } } }
            relApplicationToOrganization { edges { node { id factSheet { id } constrainingRelations { relations { id } } } } } } } }
        """;

    /// <summary>(itc target id, [(constraining relation id, org id, org name, org type, key)]) per ITComponent relation node.</summary>
    private static List<(string Target, List<(string Id, string? Org, string? Name, string? Type, string? Key)> By)> Constraints(JsonNode application) =>
        application[ItcKey]!["edges"]!.AsArray().Select(e => (
            (string)e!["node"]!["factSheet"]!["id"]!,
            e["node"]!["constrainingRelations"]!["relations"]!.AsArray().Select(r => ((string)r!["id"]!, (string?)r["factSheet"]!["id"],
                (string?)r["factSheet"]!["name"], (string?)r["factSheet"]!["type"], (string?)r["type"])).ToList())).ToList();

    private static async Task<(Guid App, Guid Itc, Guid Org, Guid Org2)> SeedAsync(EmulatorHost host)
    {
        var data = new GraphData(host.Workspace);
        var ids = (data.FactSheet("Application", "CRM"), data.FactSheet("ITComponent", "Server"),
            data.FactSheet("Organization", "Sales"), data.FactSheet("Organization", "Support"));
        await data.CommitAsync();
        return ids;
    }

    [Fact]
    public async Task Create_adds_the_missing_relations_records_the_constraint_and_shows_it_on_the_relation()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var (app, itc, org, _) = await SeedAsync(host);
        using var client = new WireClient(host);

        var created = (await client.GraphQLDataAsync(Mutation("createRelationConstraint", app, itc, org)))["createRelationConstraint"]!;
        Assert.Equal(app.ToString(), (string?)created["id"]);
        Assert.Equal(1L, (long)created["rev"]!);
        var active = host.Workspace.State.Relations.OwnedBy(app).Where(r => r.IsActive).ToList();
        var itcRel = Assert.Single(active, r => r.DefinitionName == "applicationITComponentRelation" && r.ToId == itc);
        var orgRel = Assert.Single(active, r => r.DefinitionName == "applicationOrganizationRelation" && r.ToId == org);
        Assert.Equal(2, active.Count);
        var stored = Assert.Single(host.Workspace.State.Source<RelationConstraint>().All);
        Assert.Equal((app, itcRel.Id, orgRel.Id), (stored.FactSheetId, stored.ConstrainedRelationId, stored.ConstrainingRelationId));

        // The answer and a later read both show the constraining relation, seen from the application.
        var expected = (itc.ToString(), new List<(string, string?, string?, string?, string?)> { (orgRel.Id.ToString(), org.ToString(), "Sales", "Organization", OrgKey) });
        Assert.Equal(expected.Item2, Assert.Single(Constraints(created)).By);
        var read = (await client.GraphQLDataAsync(Read(app)))["factSheet"]!;
        var only = Assert.Single(Constraints(read));
        Assert.Equal(expected.Item1, only.Target);
        Assert.Equal(expected.Item2, only.By);
        // Unconstrained relation nodes answer an empty list.
        Assert.Empty(read[OrgKey]!["edges"]![0]!["node"]!["constrainingRelations"]!["relations"]!.AsArray());
        // REST names the constraining relation by id on the constrained one (D90).
        var rest = await client.GetJsonAsync($"services/pathfinder/v1/factSheets/{app}/relations");
        var restRelations = rest["data"]!.AsArray();
        Assert.Equal([orgRel.Id.ToString()], restRelations.Single(r => (string?)r!["id"] == itcRel.Id.ToString())!["idsOfConstrainingRelations"]!.AsArray().Select(v => (string?)v));
        Assert.Empty(restRelations.Single(r => (string?)r!["id"] == orgRel.Id.ToString())!["idsOfConstrainingRelations"]!.AsArray());

        // Events (D28): the two new relations (the constrained one's snapshot names its constraint), then FACT_SHEET_UPDATED.
        var changes = host.Workspace.State.ChangesOf(app).ToList();
        Assert.Equal(["RELATION_CREATED", "RELATION_CREATED", "FACT_SHEET_UPDATED"], changes.Select(c => c.EventType));
        var itcCreated = changes.Single(c => c.EntityId == itcRel.Id);
        Assert.Equal([orgRel.Id.ToString()], itcCreated.NewValue!["idsOfConstrainingRelations"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(1L, host.Workspace.State.FactSheets.Get(itc)!.Rev);
        Assert.Equal(1L, host.Workspace.State.FactSheets.Get(org)!.Rev);

        // The same constraint again has no effect: no event, no rev bump.
        var again = (await client.GraphQLDataAsync(Mutation("createRelationConstraint", app, itc, org)))["createRelationConstraint"]!;
        Assert.Equal(1L, (long)again["rev"]!);
        Assert.Equal(3, host.Workspace.State.ChangesOf(app).Count());
        Assert.Single(host.Workspace.State.Source<RelationConstraint>().All);
    }

    [Fact]
    public async Task A_constraint_between_existing_relations_is_a_relation_update_and_delete_drops_the_constrained_relation_with_its_last_constraint()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "CRM");
        var itc = data.FactSheet("ITComponent", "Server");
        var org = data.FactSheet("Organization", "Sales");
        var org2 = data.FactSheet("Organization", "Support");
        var itcRel = data.Relation("applicationITComponentRelation", app, itc, r => r.Description = "runs on");
        var orgRel = data.Relation("applicationOrganizationRelation", app, org);
        await data.CommitAsync();
        using var client = new WireClient(host);

        await client.GraphQLDataAsync(Mutation("createRelationConstraint", app, itc, org));
        var update = Assert.Single(host.Workspace.State.ChangesOf(app), c => c.EventType == EventTypes.RelationUpdated);
        Assert.Equal(itcRel, update.EntityId);
        Assert.Empty(update.OldValue!["idsOfConstrainingRelations"]!.AsArray());
        Assert.Equal([orgRel.ToString()], update.NewValue!["idsOfConstrainingRelations"]!.AsArray().Select(v => (string?)v));
        Assert.DoesNotContain(host.Workspace.State.ChangesOf(app), c => c.EventType == EventTypes.RelationCreated);

        await client.GraphQLDataAsync(Mutation("createRelationConstraint", app, itc, org2));
        var org2Rel = host.Workspace.State.Relations.OwnedBy(org2).Single(r => r.IsActive).Id;
        var read = (await client.GraphQLDataAsync(Read(app)))["factSheet"]!;
        Assert.Equal([orgRel.ToString(), org2Rel.ToString()], Assert.Single(Constraints(read)).By.Select(b => b.Id));

        // One of two constraints goes: the constrained relation stays with the other one.
        var first = (await client.GraphQLDataAsync(Mutation("deleteRelationConstraint", app, itc, org)))["deleteRelationConstraint"]!;
        Assert.Equal(["Support"], Assert.Single(Constraints(first)).By.Select(b => b.Name));
        Assert.NotNull(host.Workspace.State.Relations.Get(itcRel));
        Assert.NotNull(host.Workspace.State.Relations.Get(orgRel)); // the constraining relation is a relation of its own

        // The last one goes: so does the constrained relation (RELATION_DELETED); the constraining relations stay.
        var rev = host.Workspace.State.FactSheets.Get(app)!.Rev;
        var last = (await client.GraphQLDataAsync(Mutation("deleteRelationConstraint", app, itc, org2)))["deleteRelationConstraint"]!;
        Assert.Empty(last[ItcKey]!["edges"]!.AsArray());
        Assert.Equal(rev + 1, (long)last["rev"]!);
        Assert.Null(host.Workspace.State.Relations.Get(itcRel));
        Assert.NotNull(host.Workspace.State.Relations.Get(orgRel));
        Assert.NotNull(host.Workspace.State.Relations.Get(org2Rel));
        Assert.Empty(host.Workspace.State.Source<RelationConstraint>().All);
        Assert.Equal(EventTypes.FactSheetUpdated, host.Workspace.State.ChangesOf(app).Last().EventType);
        Assert.Contains(host.Workspace.State.ChangesOf(app), c => c.EventType == EventTypes.RelationDeleted && c.EntityId == itcRel);

        var missing = await client.GraphQLAsync(Mutation("deleteRelationConstraint", app, itc, org2));
        Assert.EndsWith("not found", (string)GraphMutationAssert.BusinessError(missing, "deleteRelationConstraint")["message"]!);
    }

    [Fact]
    public async Task ValidateOnly_answers_the_would_be_state_and_stores_and_emits_nothing()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var (app, itc, org, _) = await SeedAsync(host);
        using var client = new WireClient(host);

        var dry = (await client.GraphQLDataAsync(Mutation("createRelationConstraint", app, itc, org, dry: true)))["createRelationConstraint"]!;
        Assert.Equal(["Sales"], Assert.Single(Constraints(dry)).By.Select(b => b.Name));
        Assert.Empty(host.Workspace.State.Relations.All);
        Assert.Empty(host.Workspace.State.Source<RelationConstraint>().All);
        Assert.Empty(host.Workspace.State.ChangesOf(app));
        Assert.Equal(0L, host.Workspace.State.FactSheets.Get(app)!.Rev);

        await client.GraphQLDataAsync(Mutation("createRelationConstraint", app, itc, org));
        var count = host.Workspace.State.ChangesOf(app).Count();
        await client.GraphQLDataAsync(Mutation("deleteRelationConstraint", app, itc, org, dry: true));
        Assert.Single(host.Workspace.State.Source<RelationConstraint>().All);
        Assert.Equal(2, host.Workspace.State.Relations.All.Count(r => r.IsActive));
        Assert.Equal(count, host.Workspace.State.ChangesOf(app).Count());
    }

    [Fact]
    public async Task Unknown_ids_and_relation_types_are_D17_errors_and_change_nothing()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var (app, itc, org, _) = await SeedAsync(host);
        using var client = new WireClient(host);
        var nobody = Guid.NewGuid();

        async Task<JsonNode> Fails(string errorType, string query) =>
            GraphMutationAssert.BusinessError(await client.GraphQLAsync(query), "createRelationConstraint", errorType);

        var unknownFs = await Fails("BUSINESS_LOGIC", Mutation("createRelationConstraint", nobody, itc, org));
        Assert.Equal($"FactSheet with id '{nobody}' not found", (string?)unknownFs["message"]);
        var unknownTarget = await Fails("BUSINESS_LOGIC", Mutation("createRelationConstraint", app, itc, nobody));
        Assert.Equal($"FactSheet with id '{nobody}' not found", (string?)unknownTarget["message"]);
        var malformed = await client.GraphQLAsync(Mutation("createRelationConstraint", app, itc, org).Replace(itc.ToString(), "not-an-id"));
        GraphMutationAssert.BusinessError(malformed, "createRelationConstraint");
        var unknownKey = await Fails("MODEL_COMPLIANT", Mutation("createRelationConstraint", app, itc, org, constrained: "relApplicationToNothing"));
        Assert.Contains("relApplicationToNothing", (string?)unknownKey["message"]);
        await Fails("MODEL_COMPLIANT", Mutation("createRelationConstraint", app, itc, org, constraining: "relITComponentToApplication"));
        await Fails("MODEL_COMPLIANT", Mutation("createRelationConstraint", app, org, itc)); // targets of the wrong types
        await Fails("MODEL_COMPLIANT", Mutation("createRelationConstraint", app, itc, itc, constraining: ItcKey)); // itself

        Assert.Empty(host.Workspace.State.Relations.All);
        Assert.Empty(host.Workspace.State.Source<RelationConstraint>().All);
        Assert.Empty(host.Workspace.State.ChangesOf(app));
    }

    [Fact]
    public async Task Deleting_the_constraining_relation_drops_the_constraint()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var (app, itc, org, _) = await SeedAsync(host);
        using var client = new WireClient(host);
        await client.GraphQLDataAsync(Mutation("createRelationConstraint", app, itc, org));
        var orgRel = host.Workspace.State.Relations.OwnedBy(org).Single().Id;

        await client.GraphQLDataAsync($$"""mutation { updateFactSheet(id: "{{app}}", patches: [{op: remove, path: "/{{OrgKey}}/{{orgRel}}"}]) { factSheet { id } } }""");
        var read = (await client.GraphQLDataAsync(Read(app)))["factSheet"]!;
        Assert.Empty(Assert.Single(Constraints(read)).By);
        Assert.Empty(host.Workspace.State.Source<RelationConstraint>().All);
    }

    [Fact]
    public async Task Constraints_survive_a_restart()
    {
        EmulatorOptions Options()
        {
            var options = new EmulatorOptions { DataFile = _file };
            options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
            return options;
        }
        Guid app, itc, org;
        await using (var first = await EmulatorHost.StartAsync(Options()))
        {
            (app, itc, org, _) = await SeedAsync(first);
            using var client = new WireClient(first);
            await client.GraphQLDataAsync(Mutation("createRelationConstraint", app, itc, org));
        }

        await using var second = await EmulatorHost.StartAsync(Options());
        var stored = Assert.Single(second.Workspace.State.Source<RelationConstraint>().All);
        Assert.Equal(app, stored.FactSheetId);
        using var again = new WireClient(second);
        var read = (await again.GraphQLDataAsync(Read(app)))["factSheet"]!;
        var only = Assert.Single(Constraints(read));
        Assert.Equal(itc.ToString(), only.Target);
        Assert.Equal([(org.ToString(), "Sales")], only.By.Select(b => (b.Org!, b.Name!)));
    }

    public void Dispose()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" })
            if (File.Exists(path)) File.Delete(path);
    }
}
