using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Graph;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Mutations;

/// <summary>D90 <c>cloneFactSheet(id, patches, cloningOptions, rev, validateOnly)</c> over HTTP.</summary>
public class FactSheetCloneTests
{
    private const string Clone = """
        mutation ($id: ID!, $patches: [Patch], $options: CloningOptionsType, $rev: Long, $dry: Boolean) {
          cloneFactSheet(id: $id, patches: $patches, cloningOptions: $options, rev: $rev, validateOnly: $dry) {
            factSheet { id name description rev type }
          }
        }
        """;

    private sealed record Source(EmulatorHost Host, Guid App, Guid Itc, Guid Parent, Guid Child, Guid Tag, Guid User, Guid Subscription, Guid Document);

    private static async Task<Source> SeedAsync(EmulatorHost host)
    {
        var data = new GraphData(host.Workspace);
        var app = data.FactSheet("Application", "CRM", fs =>
        {
            fs.Description = "customer data";
            fs.Fields["alias"] = JsonValue.Create("crm");
            fs.Fields["externalId"] = new JsonObject { ["type"] = "ExternalId", ["externalId"] = "APP-1" };
            fs.NaFields = ["release"];
        });
        var itc = data.FactSheet("ITComponent", "Server");
        var parent = data.FactSheet("Application", "Suite");
        var child = data.FactSheet("Application", "CRM Mobile");
        var tag = data.Tag("Cloud");
        var user = data.User("carol@example.com", "Carol", "C");
        data.Relation("applicationITComponentRelation", app, itc, r => r.Description = "runs on");
        data.Relation("applicationChildParentRelation", app, parent);
        data.Relation("applicationChildParentRelation", child, app);
        var subscription = data.Subscription(app, user, "RESPONSIBLE");
        var document = data.Document(app, "Runbook", "https://example.com/runbook");
        await data.CommitAsync();
        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.FactSheets.Edit(app)!.TagIds.Add(tag);
            host.Workspace.Commit(tx);
        }
        return new Source(host, app, itc, parent, child, tag, user, subscription, document);
    }

    private static JsonObject Vars(Guid id, string? name = null, JsonObject? options = null, long? rev = null, bool dry = false) => new()
    {
        ["id"] = id.ToString(),
        ["patches"] = name is null ? null : new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/name", ["value"] = name }),
        ["options"] = options,
        ["rev"] = rev,
        ["dry"] = dry
    };

    [Fact]
    public async Task Without_options_the_clone_copies_fields_but_not_the_external_id_relations_tags_subscriptions_or_documents()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var s = await SeedAsync(host);
        using var client = new WireClient(host);

        var result = (await client.GraphQLDataAsync(Clone, Vars(s.App, "CRM 2")))["cloneFactSheet"]!["factSheet"]!;
        var id = Guid.Parse((string)result["id"]!);
        Assert.NotEqual(s.App, id);
        Assert.Equal("CRM 2", (string?)result["name"]);
        Assert.Equal("customer data", (string?)result["description"]);
        Assert.Equal("Application", (string?)result["type"]);
        Assert.Equal(0L, (long)result["rev"]!); // D19: a new fact sheet starts at rev 0

        var clone = host.Workspace.State.FactSheets.Get(id)!;
        Assert.Equal("crm", clone.StringField("alias"));
        Assert.Null(clone.Field("externalId"));
        Assert.Equal(["release"], clone.NaFields);
        Assert.Empty(clone.TagIds);
        Assert.Empty(host.Workspace.State.Relations.OwnedBy(id));
        Assert.Empty(host.Workspace.State.Subscriptions.OwnedBy(id));
        Assert.Empty(host.Workspace.State.Documents.OwnedBy(id));
        Assert.Equal(["FACT_SHEET_CREATED"], host.Workspace.State.ChangesOf(id).Select(c => c.EventType));
        // The source is read, not changed.
        Assert.Equal(0L, host.Workspace.State.FactSheets.Get(s.App)!.Rev);
        Assert.Equal("CRM", host.Workspace.State.FactSheets.Get(s.App)!.Name);
        Assert.Empty(host.Workspace.State.ChangesOf(s.App));
    }

    [Fact]
    public async Task With_all_options_relations_tags_subscriptions_and_documents_are_copied_with_their_events()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var s = await SeedAsync(host);
        using var client = new WireClient(host);
        var options = new JsonObject { ["relations"] = true, ["tags"] = true, ["subscriptions"] = true, ["documents"] = true };

        var result = (await client.GraphQLDataAsync(Clone, Vars(s.App, "CRM 3", options, rev: 0)))["cloneFactSheet"]!["factSheet"]!;
        var id = Guid.Parse((string)result["id"]!);
        var clone = host.Workspace.State.FactSheets.Get(id)!;
        Assert.Equal("CRM 3", clone.Name);
        Assert.Equal([s.Tag], clone.TagIds);

        var relations = host.Workspace.State.Relations.OwnedBy(id).Where(r => r.IsActive).ToList();
        var itc = Assert.Single(relations, r => r.DefinitionName == "applicationITComponentRelation");
        Assert.Equal((id, s.Itc, "runs on"), (itc.FromId, itc.ToId, itc.Description));
        var parent = Assert.Single(relations, r => r.DefinitionName == "applicationChildParentRelation");
        Assert.Equal((id, s.Parent), (parent.FromId, parent.ToId));
        // relToChild is not copied: the child already has its one parent (SINGLE far end).
        Assert.Equal(2, relations.Count);
        Assert.Equal(s.App, host.Workspace.State.Relations.OwnedBy(s.Child).Single(r => r.IsActive).ToId);

        var subscription = Assert.Single(host.Workspace.State.Subscriptions.OwnedBy(id));
        Assert.Equal((s.User, "RESPONSIBLE"), (subscription.UserId, subscription.Type));
        Assert.NotEqual(s.Subscription, subscription.Id);
        var document = Assert.Single(host.Workspace.State.Documents.OwnedBy(id));
        Assert.Equal(("Runbook", "https://example.com/runbook"), (document.Name, document.Url));
        Assert.NotEqual(s.Document, document.Id);
        // The originals stay where they were.
        Assert.Single(host.Workspace.State.Subscriptions.OwnedBy(s.App));
        Assert.Single(host.Workspace.State.Documents.OwnedBy(s.App));

        // D28 order of the create path, then the entities of their own; the clone stays at rev 0, the far ends grow.
        Assert.Equal(
            ["FACT_SHEET_TAG_ADDED", "RELATION_CREATED", "RELATION_CREATED", "FACT_SHEET_CREATED", "SUBSCRIPTION_CREATED", "DOCUMENT_CREATED"],
            host.Workspace.State.ChangesOf(id).Select(c => c.EventType));
        Assert.Equal(0L, clone.Rev);
        Assert.Equal(1L, host.Workspace.State.FactSheets.Get(s.Itc)!.Rev);
        Assert.Equal(1L, host.Workspace.State.FactSheets.Get(s.Parent)!.Rev);
    }

    [Fact]
    public async Task Rev_is_checked_against_the_source_and_validateOnly_and_errors_change_nothing()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var s = await SeedAsync(host);
        using var client = new WireClient(host);
        var before = host.Workspace.State.FactSheets.All.Count();

        var mismatch = await client.GraphQLAsync(Clone, Vars(s.App, "CRM 4", rev: 7));
        var error = GraphMutationAssert.BusinessError(mismatch, "cloneFactSheet");
        Assert.Equal("[FS_VALIDATION_REV_MISMATCH] Expected rev 7 but current rev is 0", (string?)error["message"]);
        Assert.Equal(s.App.ToString(), (string?)error["extensions"]!["objectId"]);

        var dry = (await client.GraphQLDataAsync(Clone, Vars(s.App, "CRM dry", dry: true)))["cloneFactSheet"]!["factSheet"]!;
        Assert.Equal("CRM dry", (string?)dry["name"]);
        Assert.Null(host.Workspace.State.FactSheets.Get(Guid.Parse((string)dry["id"]!)));

        var unknown = await client.GraphQLAsync(Clone, Vars(Guid.NewGuid(), "x"));
        Assert.EndsWith("not found", (string)GraphMutationAssert.BusinessError(unknown, "cloneFactSheet")["message"]!);
        var badPatch = await client.GraphQLAsync(Clone, Vars(s.App, ""));
        GraphMutationAssert.BusinessError(badPatch, "cloneFactSheet", "MODEL_COMPLIANT"); // an empty name (D20)

        Assert.Equal(before, host.Workspace.State.FactSheets.All.Count());
        Assert.DoesNotContain(host.Workspace.State.FactSheets.All, f => f.Name is "CRM 4" or "CRM dry");
        Assert.Empty(host.Workspace.State.ChangesOf(s.App));
        Assert.Equal(0L, host.Workspace.State.FactSheets.Get(s.Itc)!.Rev);
    }

    [Fact]
    public async Task A_clone_with_a_new_external_id_patch_keeps_it()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var s = await SeedAsync(host);
        using var client = new WireClient(host);
        var vars = Vars(s.App);
        vars["patches"] = new JsonArray(new JsonObject { ["op"] = "add", ["path"] = "/externalId", ["value"] = """{"externalId":"APP-2"}""" });
        var id = Guid.Parse((string)(await client.GraphQLDataAsync(Clone, vars))["cloneFactSheet"]!["factSheet"]!["id"]!);
        var clone = host.Workspace.State.FactSheets.Get(id)!;
        Assert.Equal("CRM", clone.Name); // no name patch: the source's name
        Assert.Equal("APP-2", (string?)clone.Field("externalId")!["externalId"]);
    }
}
