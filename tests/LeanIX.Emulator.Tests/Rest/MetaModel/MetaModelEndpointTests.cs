using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.MetaModel;

/// <summary>admin.md §7 and D59–D62 over the wire: action batches applied all or nothing.</summary>
public class MetaModelEndpointTests
{
    private const string Models = "services/pathfinder/v1/models";
    private const string Batches = Models + "/metaModel/actionBatches";

    private static JsonObject Action(string type, string subtype, string node, JsonObject? payload = null) =>
        new() { ["type"] = type, ["subtype"] = subtype, ["node"] = node, ["payload"] = payload ?? new JsonObject() };

    /// <summary>A select field with two values, a size, a German label and a translated value.</summary>
    private static JsonArray RiskField(string section = "information", string subsection = "baseInformation") =>
    [
        Action("CREATE_ITEM", "FIELD_FACT_SHEET", $"Application/{section}/{subsection}", new JsonObject { ["key"] = "riskClass", ["type"] = "MULTI_SELECT" }),
        Action("CREATE_ITEM", "FIELD_VALUE", $"Application/{section}/{subsection}/riskClass", new JsonObject { ["key"] = "low" }),
        Action("CREATE_ITEM", "FIELD_VALUE", $"Application/{section}/{subsection}/riskClass", new JsonObject { ["key"] = "high" }),
        Action("UPDATE_VIEW", "FIELD_FACT_SHEET", $"Application/{section}/{subsection}/riskClass", new JsonObject { ["size"] = 6, ["readOnly"] = true }),
        Action("UPDATE_TRANSLATION", "FIELD_FACT_SHEET", $"Application/{section}/{subsection}/riskClass",
            new JsonObject { ["language"] = "de", ["translation"] = new JsonObject { ["label"] = "Risikoklasse", ["isLabelEmpty"] = false } }),
        Action("UPDATE_TRANSLATION", "FIELD_VALUE", $"Application/{section}/{subsection}/riskClass/high",
            new JsonObject { ["language"] = "fr", ["translation"] = new JsonObject { ["label"] = "Élevé" } }),
        Action("MOVE_ITEM", "FIELD_FACT_SHEET", $"Application/{section}/{subsection}/riskClass", new JsonObject { ["index"] = 0 })
    ];

    private static async Task<JsonObject> PostBatchAsync(WireClient client, JsonArray actions)
    {
        using var response = await client.SendAsync(HttpMethod.Post, Batches, actions);
        return (JsonObject)(await RestAssert.OkAsync(response, "ActionBatch"))["data"]!;
    }

    [Fact]
    public async Task A_batch_adds_a_field_to_data_model_view_model_languages_meta_model_and_graphql_schema_together()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var before = host.Workspace.Model;

        var batch = await PostBatchAsync(client, RiskField());
        Assert.Equal("DONE", (string?)batch["status"]);
        Assert.Null(batch["errors"]);
        Assert.All(batch["actions"]!.AsArray(), a => Assert.Equal("DONE", (string?)a!["status"]));
        var first = batch["actions"]![0]!;
        Assert.Equal("SUBSECTION_NODE", (string?)first["node"]!["nodeType"]);
        Assert.Equal("Application/information/baseInformation", (string?)first["node"]!["inputNode"]);

        Assert.NotSame(before, host.Workspace.Model); // a new instance swapped in, the old one untouched
        Assert.Null(before.Type("Application")!.Field("riskClass"));
        var field = (await client.GetJsonAsync(Models + "/dataModel"))["data"]!["factSheets"]!["Application"]!["fields"]!["riskClass"]!;
        Assert.Equal("MULTIPLE_SELECT", (string?)field["type"]);
        Assert.Equal(["low", "high"], field["values"]!.AsArray().Select(v => (string?)v));

        var information = (await client.GetJsonAsync(Models + "/viewModel"))["data"]!["factSheets"]!.AsArray()
            .Single(t => (string?)t!["type"] == "Application")!["sections"]!.AsArray().Single(s => (string?)s!["key"] == "information")!;
        Assert.Equal("riskClass", (string?)information["fields"]![0]); // moved to index 0

        Assert.Equal("Risikoklasse", (string?)(await client.GetJsonAsync(Models + "/languages/de"))["data"]!["factSheets"]!["Application"]!["riskClass"]);
        Assert.Equal("Élevé", (string?)(await client.GetJsonAsync(Models + "/languages/fr"))["data"]!["factSheets"]!["Application"]!["riskClass.high"]);
        Assert.Equal("Risk Class", (string?)(await client.GetJsonAsync(Models + "/languages/jp"))["data"]!["factSheets"]!["Application"]!["riskClass"]);

        var meta = (await client.GetJsonAsync(Models + "/metaModel/Application"))["data"]!;
        Assert.Equal(1, (int)meta["modelInfo"]!["revision"]!);
        var placed = meta["factSheetTypes"]![0]!["sections"]!.AsArray().Single(s => (string?)s!["key"] == "information")!["subsections"]![0]!["fields"]![0]!;
        Assert.Equal("riskClass", (string?)placed["key"]);
        Assert.Equal(6, (int)placed["size"]!);
        Assert.True((bool)placed["readOnly"]!);
        Assert.Equal(["en", "de", "es", "fr", "pt", "jp"], placed["translations"]!.AsObject().Select(kv => kv.Key));
        Assert.False((bool)placed["translations"]!["de"]!["labelEmpty"]!); // isLabelEmpty accepted (admin.md §7)

        var data = await client.GraphQLDataAsync("""{ allFactSheets(factSheetType: Application, first: 1) { edges { node { ... on Application { riskClass } } } } }""");
        Assert.NotNull(data["allFactSheets"]);
    }

    [Fact]
    public async Task A_batch_with_one_invalid_action_applies_nothing_and_says_which_action_failed()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var model = host.Workspace.Model;
        var dataModel = (await client.GetJsonAsync(Models + "/dataModel")).ToJsonString();
        var viewModel = (await client.GetJsonAsync(Models + "/viewModel")).ToJsonString();
        var german = (await client.GetJsonAsync(Models + "/languages/de")).ToJsonString();

        var actions = RiskField();
        actions.Add(Action("UPDATE_VIEW", "FIELD_FACT_SHEET", "Application/information/baseInformation/riskClass", new JsonObject { ["size"] = 5 }));
        actions.Add(Action("CREATE_ITEM", "SECTION", "Application", new JsonObject { ["key"] = "never" }));
        var batch = await PostBatchAsync(client, actions);

        Assert.Equal("ERROR", (string?)batch["status"]);
        Assert.Contains("Action 8 is invalid: 'size' must be one of 2, 3, 4, 6, 10, 12.", (string?)batch["errors"]);
        var statuses = batch["actions"]!.AsArray().Select(a => (string?)a!["status"]).ToList();
        Assert.Equal([.. Enumerable.Repeat("VALID", 7), "INVALID", "PENDING"], statuses);
        Assert.Same(model, host.Workspace.Model);
        Assert.Equal(dataModel, (await client.GetJsonAsync(Models + "/dataModel")).ToJsonString());
        Assert.Equal(viewModel, (await client.GetJsonAsync(Models + "/viewModel")).ToJsonString());
        Assert.Equal(german, (await client.GetJsonAsync(Models + "/languages/de")).ToJsonString());
        var errors = await client.GraphQLAsync("""{ allFactSheets(factSheetType: Application, first: 1) { edges { node { ... on Application { riskClass } } } } }""");
        Assert.NotNull(errors["errors"]);

        // The failed batch is kept, with its errors, for the history.
        var stored = (await client.GetJsonAsync($"{Batches}/{batch["id"]}"))["data"]!;
        Assert.Equal("ERROR", (string?)stored["status"]);
    }

    [Theory]
    [InlineData("CREATE_ITEM", "FIELD_FACT_SHEET", "Application/information/baseInformation", """{"key":"noType"}""", "Field type required")]
    [InlineData("CREATE_ITEM", "FIELD_FACT_SHEET", "Application/information/baseInformation", """{"key":"name","type":"STRING"}""", "already exists")]
    [InlineData("CREATE_ITEM", "SECTION", "Spaceship", """{"key":"x"}""", "Fact sheet type 'Spaceship' does not exist")]
    [InlineData("CREATE_ITEM", "SUBSECTION", "Application/nowhere", """{"key":"x"}""", "Node 'Application/nowhere' does not exist")]
    [InlineData("UPDATE_TRANSLATION", "FIELD_FACT_SHEET", "Application/information/baseInformation/name", """{"language":"xx","translation":{"label":"?"}}""", "Language 'xx' is unknown")]
    [InlineData("UPDATE_DATA", "FIELD_FACT_SHEET", "Application/information/baseInformation/name", """{"quickSearch":"yes"}""", "'quickSearch' must be true or false")]
    [InlineData("CONDITION", "FIELD_FACT_SHEET", "Application/information/baseInformation/name", "{}", "not supported by the emulator")]
    [InlineData("UPDATE_VIEW", "BANANA", "Application", "{}", "Unknown subtype 'BANANA'")]
    [InlineData("DELETE_ITEM", "FIELD_FACT_SHEET", "Application/classification/classificationBase/businessCriticality", "{}", "holds data")]
    [InlineData("DELETE_ITEM", "FIELD_FACT_SHEET", "Application/information/baseInformation/name", """{"force":true}""", "built into every fact sheet type")]
    [InlineData("DELETE_ITEM", "FIELD_VALUE", "Application/classification/classificationBase/businessCriticality/missionCritical", "{}", "is set on")]
    [InlineData("RENAME_ITEM", "FIELD_FACT_SHEET", "Application/information/baseInformation/name", """{"newValue":"title"}""", "renames sections and subsections only")]
    [InlineData("MOVE_ITEM", "SECTION", "Application/information", """{"index":99}""", "past the end")]
    public async Task Invalid_actions_name_their_reason(string type, string subtype, string node, string payload, string reason)
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var batch = await PostBatchAsync(client, [Action(type, subtype, node, (JsonObject)JsonNode.Parse(payload)!)]);
        Assert.Equal("ERROR", (string?)batch["status"]);
        Assert.Contains(reason, (string?)batch["actions"]![0]!["error"]);
    }

    [Fact]
    public async Task Data_flags_renames_relation_nodes_and_forced_deletes_apply()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var batch = await PostBatchAsync(client,
        [
            Action("UPDATE_DATA", "FIELD_FACT_SHEET", "Application/classification/classificationBase/businessCriticality",
                new JsonObject { ["quickSearch"] = true, ["values"] = new JsonArray("missionCritical", "businessCritical", "administrativeService") }),
            Action("RENAME_ITEM", "SUBSECTION", "Application/classification/classificationBase", new JsonObject { ["newValue"] = "criticality" }),
            Action("UPDATE_VIEW", "RELATION", "Application/relations/relApplicationToITComponent/rel:relApplicationToITComponent", new JsonObject { ["visible"] = false }),
            Action("DELETE_ITEM", "FIELD_VALUE", "Application/classification/criticality/businessCriticality/administrativeService", new JsonObject { ["force"] = true })
        ]);
        Assert.Equal("DONE", (string?)batch["status"]);
        Assert.Equal("RELATION_NODE", (string?)batch["actions"]![2]!["node"]!["nodeType"]);
        Assert.Equal("classificationBase", (string?)batch["actions"]![1]!["oldValue"]);

        var field = (await client.GetJsonAsync(Models + "/dataModel"))["data"]!["factSheets"]!["Application"]!["fields"]!["businessCriticality"]!;
        Assert.True((bool)field["quickSearch"]!);
        Assert.Equal(["missionCritical", "businessCritical"], field["values"]!.AsArray().Select(v => (string?)v));
        var sections = (await client.GetJsonAsync(Models + "/metaModel/Application"))["data"]!["factSheetTypes"]![0]!["sections"]!.AsArray();
        Assert.Equal("criticality", (string?)sections.Single(s => (string?)s!["key"] == "classification")!["subsections"]![0]!["key"]);
        var relation = sections.Single(s => (string?)s!["key"] == "relations")!["subsections"]!.AsArray().Single(s => (string?)s!["name"] == "relApplicationToITComponent")!;
        Assert.False((bool)relation["visible"]!);
    }

    [Fact]
    public async Task Batches_list_newest_first_by_page_and_the_audit_log_finds_the_actions_of_a_node()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var section = await PostBatchAsync(client,
        [
            Action("CREATE_ITEM", "SECTION", "Application", new JsonObject { ["key"] = "compliance" }),
            Action("UPDATE_TRANSLATION", "SECTION", "Application/compliance", new JsonObject { ["language"] = "en", ["translation"] = new JsonObject { ["label"] = "Compliance" } }),
            Action("CREATE_ITEM", "SUBSECTION", "Application/compliance", new JsonObject { ["key"] = "audits" })
        ]);
        Assert.Equal("DONE", (string?)section["status"]);
        var field = await PostBatchAsync(client, RiskField("compliance", "audits"));
        Assert.Equal("DONE", (string?)field["status"]);

        var list = await client.GetJsonAsync(Batches + "?page=1&size=1");
        Assert.Equal(2, (int)list["total"]!);
        Assert.Equal((string?)field["id"], (string?)list["data"]![0]!["id"]);
        Assert.Equal((string?)section["id"], (string?)(await client.GetJsonAsync(Batches + "?page=2&size=1"))["data"]![0]!["id"]);

        var ofField = (await client.GetJsonAsync($"{Models}/metaModel/actions/audit-log?factSheetType=Application&section=compliance&subsection=audits&field=riskClass"))["data"]!.AsArray();
        Assert.Equal(7, ofField.Count);
        Assert.Equal("MOVE_ITEM", (string?)ofField[0]!["type"]); // newest first
        var ofSection = (await client.GetJsonAsync($"{Models}/metaModel/actions/audit-log?factSheetType=Application&section=compliance"))["data"]!.AsArray();
        Assert.Equal(10, ofSection.Count);
        var ofSubsection = (await client.GetJsonAsync($"{Models}/metaModel/actions/audit-log?factSheetType=Application&section=compliance&subsection=audits"))["data"]!.AsArray();
        Assert.Equal(8, ofSubsection.Count);
    }

    [Fact]
    public async Task Bad_bodies_unknown_ids_and_types_are_d2_errors_and_viewers_cannot_create_batches()
    {
        await using var host = await ViewerToken.StartAsync("demo");
        using var admin = new WireClient(host, ViewerToken.AdminToken);
        using (var notAList = await admin.SendAsync(HttpMethod.Post, Batches, new JsonObject { ["type"] = "CREATE_ITEM" }))
            await RestAssert.ErrorAsync(notAList, HttpStatusCode.BadRequest, "JSON array of actions");
        using (var empty = await admin.SendAsync(HttpMethod.Post, Batches, new JsonArray()))
            await RestAssert.ErrorAsync(empty, HttpStatusCode.BadRequest, "at least one action");
        using (var unknown = await admin.SendAsync(HttpMethod.Get, $"{Batches}/{Guid.NewGuid()}"))
            await RestAssert.ErrorAsync(unknown, HttpStatusCode.NotFound, "does not exist");
        using (var unknownType = await admin.SendAsync(HttpMethod.Get, $"{Models}/metaModel/Spaceship"))
            await RestAssert.ErrorAsync(unknownType, HttpStatusCode.NotFound, "Spaceship");
        using (var noType = await admin.SendAsync(HttpMethod.Get, $"{Models}/metaModel/actions/audit-log"))
            await RestAssert.ErrorAsync(noType, HttpStatusCode.BadRequest, "factSheetType");
        using (var badPage = await admin.SendAsync(HttpMethod.Get, Batches + "?size=none"))
            await RestAssert.ErrorAsync(badPage, HttpStatusCode.BadRequest, "size");

        using var viewer = new WireClient(host, ViewerToken.Token);
        using (var refused = await viewer.SendAsync(HttpMethod.Post, Batches, RiskField()))
            await RestAssert.ErrorAsync(refused, HttpStatusCode.Forbidden, "VIEWER");
        await RestAssert.OkAsync(await viewer.SendAsync(HttpMethod.Get, Batches), "ActionBatch");
        Assert.Null(host.Workspace.Model.Type("Application")!.Field("riskClass"));
    }

    [Fact]
    public async Task A_stored_layout_survives_a_restart_and_a_data_model_put()
    {
        var file = Path.Combine(Path.GetTempPath(), $"metamodel-{Guid.NewGuid():N}.db");
        try
        {
            var options = () => new EmulatorOptions { DataFile = file, Workspaces = { new WorkspaceConfig { Seed = "demo" } } };
            await using (var host = await EmulatorHost.StartAsync(options()))
            {
                using var client = new WireClient(host);
                Assert.Equal("DONE", (string?)(await PostBatchAsync(client, RiskField()))["status"]);
            }
            await using (var host = await EmulatorHost.StartAsync(options()))
            {
                using var client = new WireClient(host);
                Assert.Equal("Risikoklasse", (string?)(await client.GetJsonAsync(Models + "/languages/de"))["data"]!["factSheets"]!["Application"]!["riskClass"]);
                var model = (await client.GetJsonAsync(Models + "/dataModel"))["data"]!.AsObject();
                model["factSheets"]!["Application"]!["fields"]!.AsObject()["unplaced"] = new JsonObject { ["type"] = "STRING" };
                using var put = await client.SendAsync(HttpMethod.Put, Models + "/dataModel", model);
                Assert.Equal(HttpStatusCode.OK, put.StatusCode);
                Assert.Equal("Risikoklasse", (string?)(await client.GetJsonAsync(Models + "/languages/de"))["data"]!["factSheets"]!["Application"]!["riskClass"]);
                var placed = (await client.GetJsonAsync(Models + "/metaModel/Application"))["data"]!["factSheetTypes"]![0]!["sections"]!.AsArray()
                    .SelectMany(s => s!["subsections"]!.AsArray()).SelectMany(s => s!["fields"]!.AsArray()).Select(f => (string?)f!["key"]).ToList();
                Assert.Contains("riskClass", placed);
                Assert.DoesNotContain("unplaced", placed); // a field the layout does not place is unused
            }
        }
        finally
        {
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*")) File.Delete(f);
        }
    }
}
