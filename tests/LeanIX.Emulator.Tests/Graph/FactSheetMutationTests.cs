using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

public class FactSheetMutationTests
{
    private const string Create = """
        mutation ($input: BaseFactSheetInput!, $patches: [Patch]!) {
          createFactSheet(input: $input, patches: $patches, validateOnly: false) { factSheet { id name type rev description } }
        }
        """;

    [Fact]
    public async Task CreateFactSheet_doc_example_returns_the_new_fact_sheet_with_rev_0()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var data = await client.GraphQLDataAsync(Create, new JsonObject
        {
            ["input"] = new JsonObject { ["name"] = "Demo CRM", ["type"] = "Application" },
            ["patches"] = new JsonArray(new JsonObject { ["op"] = "add", ["path"] = "/description", ["value"] = "CRM system" })
        });
        var fs = data["createFactSheet"]!["factSheet"]!;
        Assert.Equal("Demo CRM", (string?)fs["name"]);
        Assert.Equal("Application", (string?)fs["type"]);
        Assert.Equal("CRM system", (string?)fs["description"]);
        Assert.Equal(0L, (long)fs["rev"]!);
        var id = Guid.Parse((string)fs["id"]!);
        Assert.Equal("Demo CRM", host.Workspace.State.FactSheets.Get(id)!.Name);
    }

    [Fact]
    public async Task UpdateFactSheet_doc_example_bumps_rev_and_archive_twice_fails()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var id = data.FactSheet("Application", "Demo CRM");
        await data.CommitAsync();
        using var client = new WireClient(host);
        var update = $$"""
            mutation ($patches: [Patch]!) {
              updateFactSheet(id: "{{id}}", comment: "why", patches: $patches, validateOnly: false) { factSheet { id rev status } }
            }
            """;
        var patches = new JsonArray(new JsonObject { ["op"] = "add", ["path"] = "/status", ["value"] = "ARCHIVED" });
        var first = await client.GraphQLDataAsync(update, new JsonObject { ["patches"] = patches.DeepClone() });
        Assert.Equal("ARCHIVED", (string?)first["updateFactSheet"]!["factSheet"]!["status"]);
        Assert.Equal(1L, (long)first["updateFactSheet"]!["factSheet"]!["rev"]!);

        var second = await client.GraphQLAsync(update, new JsonObject { ["patches"] = patches.DeepClone() });
        var error = second["errors"]![0]!;
        Assert.Null(second["data"]!["updateFactSheet"]);
        Assert.Equal(new JsonArray("updateFactSheet").ToJsonString(), error["path"]!.ToJsonString());
        Assert.Equal("FactSheet", (string?)error["extensions"]!["entityType"]);
        Assert.Equal(id.ToString(), (string?)error["extensions"]!["objectId"]);
        Assert.NotNull(error["extensions"]!["errorType"]);
        Assert.NotNull(error["locations"]);
        Assert.Equal(1L, host.Workspace.State.FactSheets.Get(id)!.Rev);
    }

    [Fact]
    public async Task Single_patch_object_where_a_list_is_expected_works_as_literal_and_as_variable()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var a = data.FactSheet("Application", "A");
        var b = data.FactSheet("Application", "B");
        await data.CommitAsync();
        using var client = new WireClient(host);

        await client.GraphQLDataAsync($$"""
            mutation { updateFactSheet(id: "{{a}}", comment: "gone", patches: {op: replace, path: "/status", value: "ARCHIVED"}) { factSheet { id } } }
            """);
        await client.GraphQLDataAsync($$"""
            mutation ($patches: [Patch]!) { updateFactSheet(id: "{{b}}", patches: $patches) { factSheet { id } } }
            """, new JsonObject { ["patches"] = new JsonObject { ["op"] = "replace", ["path"] = "/description", ["value"] = "single" } });

        Assert.Equal("ARCHIVED", host.Workspace.State.FactSheets.Get(a)!.Status);
        Assert.Equal("single", host.Workspace.State.FactSheets.Get(b)!.Description);
    }

    [Fact]
    public async Task Non_string_patch_value_is_rejected_as_literal_and_as_variable()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var a = data.FactSheet("Application", "A");
        await data.CommitAsync();
        using var client = new WireClient(host);

        var literal = await client.GraphQLAsync($$"""
            mutation { updateFactSheet(id: "{{a}}", patches: [{op: replace, path: "/release", value: 5}]) { factSheet { id } } }
            """);
        Assert.Contains("Patch value must be a string", (string?)literal["errors"]![0]!["message"]);
        var variable = await client.GraphQLAsync($$"""
            mutation ($patches: [Patch]!) { updateFactSheet(id: "{{a}}", patches: $patches) { factSheet { id } } }
            """, new JsonObject { ["patches"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/release", ["value"] = 5 }) });
        Assert.Contains("Patch value must be a string", (string?)variable["errors"]![0]!["message"]);
        Assert.Null(host.Workspace.State.FactSheets.Get(a)!.Field("release"));
        Assert.Equal(0L, host.Workspace.State.FactSheets.Get(a)!.Rev);
    }

    [Fact]
    public async Task Batch_of_aliased_mutations_is_all_or_nothing()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var a = data.FactSheet("Application", "A");
        await data.CommitAsync();
        using var client = new WireClient(host);

        var result = await client.GraphQLAsync($$"""
            mutation {
              m1: updateFactSheet(id: "{{a}}", patches: [{op: replace, path: "/description", value: "changed"}]) { factSheet { id rev } }
              m2: updateFactSheet(id: "{{a}}", patches: [{op: replace, path: "/descriptio", value: "typo"}]) { factSheet { id } }
              m3: createFactSheet(input: {name: "New", type: Application}) { factSheet { id } }
            }
            """);
        Assert.Equal(JsonValueKind.Null, result["data"]?.GetValueKind() ?? JsonValueKind.Null);
        var errors = result["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        Assert.Equal("The path '/descriptio' is invalid in FactSheet schema Application.", (string?)errors[0]!["message"]);
        Assert.Equal("[\"m2\"]", errors[0]!["path"]!.ToJsonString());
        Assert.Equal("BUSINESS_LOGIC", (string?)errors[0]!["extensions"]!["errorType"]);
        Assert.Equal("/descriptio", (string?)errors[0]!["extensions"]!["objectPath"]);
        Assert.Equal("""{"message":"Error in Request. Transaction is rolled back!","path":[],"extensions":{"errorType":"BUSINESS_LOGIC"}}""",
            errors[1]!.ToJsonString());
        var fs = host.Workspace.State.FactSheets.Get(a)!;
        Assert.Null(fs.Description);
        Assert.Equal(0L, fs.Rev);
        Assert.Single(host.Workspace.State.FactSheets.All);
    }

    [Fact]
    public async Task Successful_batch_commits_every_field_and_bumps_rev_once_per_mutation()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var a = data.FactSheet("Application", "A");
        await data.CommitAsync();
        using var client = new WireClient(host);

        var result = await client.GraphQLDataAsync($$"""
            mutation {
              m1: updateFactSheet(id: "{{a}}", patches: [{op: replace, path: "/description", value: "one"}]) { factSheet { rev } }
              m2: updateFactSheet(id: "{{a}}", patches: [{op: replace, path: "/alias", value: "two"}]) { factSheet { rev description } }
            }
            """);
        Assert.Equal(1L, (long)result["m1"]!["factSheet"]!["rev"]!);
        Assert.Equal(2L, (long)result["m2"]!["factSheet"]!["rev"]!);
        Assert.Equal("one", (string?)result["m2"]!["factSheet"]!["description"]);
        Assert.Equal(2L, host.Workspace.State.FactSheets.Get(a)!.Rev);
    }

    [Fact]
    public async Task ValidateOnly_returns_the_would_be_result_without_changing_state_or_rev()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var a = data.FactSheet("Application", "A");
        await data.CommitAsync();
        using var client = new WireClient(host);

        var result = await client.GraphQLDataAsync($$"""
            mutation {
              u: updateFactSheet(id: "{{a}}", patches: [{op: replace, path: "/description", value: "preview"}], validateOnly: true) { factSheet { rev description } }
              c: createFactSheet(input: {name: "Ghost", type: ITComponent}, validateOnly: true) { factSheet { id name type } }
            }
            """);
        Assert.Equal("preview", (string?)result["u"]!["factSheet"]!["description"]);
        Assert.Equal(0L, (long)result["u"]!["factSheet"]!["rev"]!);
        Assert.Equal("Ghost", (string?)result["c"]!["factSheet"]!["name"]);
        var ghost = Guid.Parse((string)result["c"]!["factSheet"]!["id"]!);
        Assert.Null(host.Workspace.State.FactSheets.Get(ghost));
        Assert.Null(host.Workspace.State.FactSheets.Get(a)!.Description);
        Assert.Equal(0L, host.Workspace.State.FactSheets.Get(a)!.Rev);
        var check = await client.GraphQLDataAsync($$"""{ factSheet(id: "{{ghost}}") { id } }""");
        Assert.Equal(JsonValueKind.Null, check["factSheet"]?.GetValueKind() ?? JsonValueKind.Null);
    }

    [Fact]
    public async Task ValidateOnly_result_children_read_the_discarded_state_consistently()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var db = data.FactSheet("ITComponent", "DB");
        var user = data.User("jane@example.org", "Jane", "Doe");
        await data.CommitAsync();
        using var client = new WireClient(host);

        var result = await client.GraphQLDataAsync("""
            mutation ($patches: [Patch]) {
              createFactSheet(input: {name: "Preview", type: Application}, patches: $patches, validateOnly: true) {
                factSheet { id name tags { name tagGroup { id } } ... on Application {
                  relApplicationToITComponent { totalCount edges { node { factSheet { name } } } } } } } }
            """, new JsonObject { ["patches"] = new JsonArray(
                new JsonObject { ["op"] = "add", ["path"] = "/tags", ["value"] = """[{"tagName":"Fresh"}]""" },
                new JsonObject { ["op"] = "add", ["path"] = "/relApplicationToITComponent/new_1", ["value"] = $$"""{"factSheetId":"{{db}}"}""" }) });
        var fs = result["createFactSheet"]!["factSheet"]!;
        Assert.Equal("Fresh", (string?)fs["tags"]![0]!["name"]);
        Assert.Equal("DB", (string?)fs["relApplicationToITComponent"]!["edges"]![0]!["node"]!["factSheet"]!["name"]);
        Assert.Empty(host.Workspace.State.Tags.All);
        Assert.Empty(host.Workspace.State.Relations.All);
        Assert.Single(host.Workspace.State.FactSheets.All);

        var sub = await client.GraphQLDataAsync($$"""
            mutation { createSubscription(factSheetId: "{{db}}", user: {email: "JANE@example.org"}, type: OBSERVER, validateOnly: true) { id type user { id } factSheet { rev } } }
            """);
        Assert.Equal(user.ToString(), (string?)sub["createSubscription"]!["user"]!["id"]);
        Assert.Equal(0L, (long)sub["createSubscription"]!["factSheet"]!["rev"]!);
        Assert.Empty(host.Workspace.State.Subscriptions.All);
        Assert.Equal(0L, host.Workspace.State.FactSheets.Get(db)!.Rev);
    }

    [Fact]
    public async Task Concurrent_requests_are_serialised_by_the_workspace_lock()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var a = data.FactSheet("Application", "A");
        await data.CommitAsync();
        using var client = new WireClient(host);
        await client.AccessTokenAsync();
        var updates = Enumerable.Range(1, 10).Select(i => client.GraphQLDataAsync($$"""
            mutation { updateFactSheet(id: "{{a}}", patches: [{op: replace, path: "/description", value: "v{{i}}"}]) { factSheet { rev } } }
            """));
        var revs = (await Task.WhenAll(updates)).Select(d => (long)d["updateFactSheet"]!["factSheet"]!["rev"]!).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), revs);
        Assert.Equal(10L, host.Workspace.State.FactSheets.Get(a)!.Rev);
    }
}
