using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>
/// Issue 15: <c>allFactSheets</c> and <c>factSheet</c> are written straight to JSON (DirectJsonStrategy). Every query
/// here is sent twice on one workspace version, once on that path and once through graphql-dotnet's result tree, and
/// the two bodies must be the same bytes – errors and refusals included, which the direct path leaves to the tree.
/// </summary>
public class DirectJsonEquivalenceTests
{
    [Fact]
    public async Task The_client_selection_of_every_type_is_written_identically_on_the_demo_workspace()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        var probe = await Probe.StartAsync(host);
        foreach (var type in host.Workspace.Model.Types.Values)
        {
            var selection = FullSelection(type);
            await probe.SameAsync(Paged(selection), new JsonObject { ["first"] = 1000, ["after"] = null, ["filter"] = null, ["type"] = type.Key }, direct: true);
            await probe.SameAsync(Paged(selection), new JsonObject { ["first"] = 2, ["after"] = null, ["filter"] = null, ["type"] = type.Key }, direct: true);
            var ids = (await probe.DataAsync("query($t: FactSheetType) { allFactSheets(factSheetType: $t) { edges { node { id } } } }", new JsonObject { ["t"] = type.Key }))
                ["allFactSheets"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();
            foreach (var id in ids.Take(3))
                await probe.SameAsync($"query FactSheet($id: ID!) {{ factSheet(id: $id) {{ {selection} }} }}", new JsonObject { ["id"] = id }, direct: true);
            // The preload's detail batch: the full selection for a list of ids.
            var filter = new JsonObject { ["ids"] = new JsonArray([.. ids.Take(5).Select(i => (JsonNode)i)]) };
            await probe.SameAsync(Paged(selection), new JsonObject { ["first"] = 1000, ["after"] = null, ["filter"] = filter, ["type"] = type.Key }, direct: true);
        }
        Assert.True(probe.Served > 0);
    }

    [Fact]
    public async Task Paging_aliases_fragments_typenames_arguments_and_directives_are_written_identically()
    {
        await using var host = await EmulatorHost.StartAsync("synthetic:300");
        var probe = await Probe.StartAsync(host);
        var model = host.Workspace.Model;
        var app = model.Types.Values.First(t => t.Relations.Count > 0);
        var relation = app.Relations.Keys.First();

        // Every page of a type, by cursor, with every cursor and page-info member.
        string? after = null;
        do
        {
            var vars = new JsonObject { ["first"] = 7, ["after"] = after, ["type"] = app.Key };
            const string query = """
                query($first: Int, $after: String, $type: FactSheetType) {
                  allFactSheets(first: $first, after: $after, factSheetType: $type) {
                    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name rev } }
                  }
                }
                """;
            await probe.SameAsync(query, vars, direct: true);
            var info = (await probe.DataAsync(query, vars))["allFactSheets"]!["pageInfo"]!;
            after = (bool)info["hasNextPage"]! ? (string?)info["endCursor"] : null;
        }
        while (after is not null);

        await probe.SameAsync($$"""
            query Shapes($withTags: Boolean!, $skipDocs: Boolean!) {
              page: allFactSheets(first: 25, sort: [{key: "name", order: desc}]) {
                count: totalCount
                edges {
                  node {
                    __typename
                    key: id
                    ...Names
                    tags @include(if: $withTags) { __typename id name tagGroup { name mode } }
                    documents @skip(if: $skipDocs) { totalCount edges { node { name url } } }
                    completion { completion percentage sectionCompletions { name percentage } }
                    permissions { self create read update delete }
                    ... on {{app.Key}} {
                      first: {{relation}}(first: 1) { totalCount skippedCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename id type factSheet { __typename id ...Names } } } }
                      rest: {{relation}}(first: 5, after: "") { edges { node { id activeFrom activeUntil description constrainingRelations { relations { id type factSheet { id } } } } } }
                      dated: {{relation}}(validityFilter: {activeFrom: "2020-01-01", activeUntil: "2030-12-31"}) { totalCount edges { node { id } } }
                      lifecycle { asString phases { phase startDate milestoneId } }
                    }
                    ... on BaseFactSheet { subscriptions(filter: {types: [RESPONSIBLE, OBSERVER]}) { totalCount edges { node { type roles { name subscriptionType } user { email } } } } }
                  }
                }
              }
            }
            fragment Names on BaseFactSheet { name displayName fullName level qualitySeal lxState status category naFields createdAt updatedAt }
            """, new JsonObject { ["withTags"] = true, ["skipDocs"] = false }, direct: true);

        var someId = (string)(await probe.DataAsync("{ allFactSheets(first: 1) { edges { node { id } } } }"))["allFactSheets"]!["edges"]![0]!["node"]!["id"]!;
        await probe.SameAsync($$"""{ a: factSheet(id: "{{someId}}") { id ... on BaseFactSheet { name } } b: factSheet(id: "00000000-0000-0000-0000-000000000000") { id } }""", null, direct: true);
        await probe.SameAsync("""{ allFactSheets(first: 3, filter: {quickSearch: "a"}) { totalCount edges { node { id name } } } }""", null, direct: true);
        await probe.SameAsync("""{ allFactSheets(first: 0) { totalCount pageInfo { hasNextPage startCursor endCursor } edges { node { id } } } }""", null, direct: true);

        // Errors and what the direct path does not serve: the tree answers, so the bodies are the same as well.
        await probe.SameAsync("""{ allFactSheets(first: 2, after: "bm90IGEgY3Vyc29y") { edges { node { id } } } }""", null, direct: false);
        await probe.SameAsync("""{ allFactSheets(first: -1) { edges { node { id } } } }""", null, direct: false);
        await probe.SameAsync($$"""{ allFactSheets(first: 2, factSheetType: {{app.Key}}) { edges { node { ... on {{app.Key}} { {{relation}}(validityFilter: {activeFrom: "not a date"}) { totalCount } } } } } }""", null, direct: false);
        await probe.SameAsync("""{ allFactSheets(first: 2) { edges { node { id noSuchField } } } }""", null, direct: false);
        await probe.SameAsync("""query($x: Int) { allFactSheets(first: $x) { edges { node { id } } } }""", new JsonObject { ["x"] = "many" }, direct: false);
        await probe.SameAsync("""{ __typename allFactSheets(first: 1) { totalCount } }""", null, direct: false);
        await probe.SameAsync("""{ allFactSheets(first: 1) { totalCount } allTags { totalCount } }""", null, direct: false);
        await probe.SameAsync("""{ __schema { queryType { name } } }""", null, direct: false);
        await probe.SameAsync("""{ allFactSheets(first: 1) { totalCount } """, null, direct: false);
        // Limits are checked before either path runs (GraphQLLimits): the refusal is the same.
        await probe.SameAsync("{ allFactSheets(first: 10000) { edges { node { id ... on " + app.Key + " { " + relation + "(first: 10000) { edges { node { id } } } } } } } }", null, direct: false);
    }

    [Fact]
    public async Task Stored_values_the_field_writers_meet_are_written_identically()
    {
        // The field writers (DirectField) take stored values as they are; these are the values they must hand back to
        // the resolver (a number in a string field, a stale enum value) or write as null (a role that is gone).
        await using var host = await EmulatorHost.StartAsync("empty");
        var data = new GraphData(host.Workspace);
        var group = data.TagGroup("Lifecycle group", "SINGLE", "Application");
        var tag = data.Tag("Tagged", group);
        var loose = data.Tag("Loose");
        var app = data.FactSheet("Application", "App", fs =>
        {
            fs.LxState = "APPROVED";
            fs.NaFields = ["relApplicationToProcess", "alias"];
            fs.TagIds = [tag, loose];
            fs.Fields["alias"] = 42;
            fs.Fields["release"] = "1.0";
            fs.Fields["lifecycle"] = new JsonObject
            {
                ["phases"] = new JsonArray(
                    new JsonObject { ["phase"] = "active", ["startDate"] = "2020-01-01", ["milestoneId"] = "m-1" },
                    new JsonObject { ["phase"] = "plan", ["startDate"] = "2019-01-01" })
            };
            fs.Fields["externalId"] = new JsonObject { ["type"] = "ExternalId", ["externalId"] = 7, ["forceWrite"] = true };
        });
        var other = data.FactSheet("ITComponent", "Other", fs => fs.LxState = "BROKEN_QUALITY_SEAL");
        var archived = data.FactSheet("ITComponent", "Archived", fs => fs.Status = "ARCHIVED");
        data.Relation("applicationITComponentRelation", app, other, r =>
        {
            r.ActiveFrom = "2021-01-01";
            r.Description = "runs on";
            r.Fields["technicalSuitability"] = "adequate";
            r.Fields["riskTargetPlan"] = 12;
            r.Fields["costTotalAnnual"] = 1000.5;
        });
        data.Relation("applicationITComponentRelation", app, archived, r => r.Fields["costTotalAnnual"] = "2.5");
        // Number and multiple-select relation fields as the writers meet them: typed, as text, or odd.
        var owners = data.FactSheet("Organization", "Owners");
        var users = data.FactSheet("Organization", "Users");
        var odd = data.FactSheet("Organization", "Odd");
        data.Relation("applicationOrganizationRelation", app, owners, r =>
        {
            r.Fields["numberOfUsers"] = 250;
            r.Fields["usageType"] = new JsonArray("owner", "user");
        });
        data.Relation("applicationOrganizationRelation", app, users, r =>
        {
            r.Fields["numberOfUsers"] = "17";
            r.Fields["usageType"] = "user";
        });
        data.Relation("applicationOrganizationRelation", app, odd, r =>
        {
            r.Fields["numberOfUsers"] = 3.7;
            r.Fields["usageType"] = new JsonArray("user", 5, null);
        });
        var user = data.User("jane@example.com", "Jane", "Doe");
        data.Subscription(app, user, "RESPONSIBLE", (Guid.NewGuid(), "a role that is gone"));
        data.Document(app, "Runbook", null);
        await data.CommitAsync();
        var probe = await Probe.StartAsync(host);

        var selection = FullSelection(host.Workspace.Model.Types["Application"]).Replace(" factSheet { id name displayName type status }",
            " type factSheet { id name displayName fullName type status level qualitySeal category }");
        await probe.SameAsync(Paged(selection), new JsonObject { ["first"] = 10, ["type"] = "Application" }, direct: true);
        await probe.SameAsync($$"""{ factSheet(id: "{{app}}") { {{selection}} } }""", null, direct: true);
        await probe.SameAsync($$"""{ factSheet(id: "{{archived}}") { id status tags { tagGroup { mandatory } } } }""", null, direct: true);
        // A connection without relations is one shared page, unless a cursor or a negative first must be refused.
        const string empty = "relApplicationToDataObject";
        await probe.SameAsync($$"""{ factSheet(id: "{{app}}") { ... on Application { {{empty}}(after: "") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } } } }""", null, direct: true);
        await probe.SameAsync($$"""{ factSheet(id: "{{app}}") { ... on Application { {{empty}}(first: 0) { totalCount edges { node { id } } } documents(first: 3) { totalCount } } } }""", null, direct: true);
        await probe.SameAsync($$"""{ factSheet(id: "{{app}}") { ... on Application { {{empty}}(first: -1) { totalCount } } } }""", null, direct: false);
        await probe.SameAsync($$"""{ factSheet(id: "{{app}}") { ... on Application { {{empty}}(after: "bm90IGEgY3Vyc29y") { totalCount } } } }""", null, direct: false);

        // A stored value an enum does not know is an error for the tree, so the tree answers.
        var stale = new GraphData(host.Workspace);
        stale.Subscription(other, user, "OWNER");
        await stale.CommitAsync();
        await probe.SameAsync($$"""{ factSheet(id: "{{other}}") { subscriptions { edges { node { type } } } } }""", null, direct: false);
        Assert.True(probe.Served > 0);
    }

    private static string Paged(string selection) => $$"""
        query AllFactSheets($first: Int, $after: String, $filter: FilterInput, $type: FactSheetType) {
          allFactSheets(first: $first, after: $after, filter: $filter, factSheetType: $type) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { {{selection}} } }
          }
        }
        """;

    /// <summary>The client's full selection of a type (LeanIX.Client FactSheetSelection), built from the workspace's model.</summary>
    private static string FullSelection(FactSheetTypeDefinition type)
    {
        var sb = new StringBuilder("""
            id name displayName fullName description type category level status lxState qualitySeal rev createdAt updatedAt naFields
            tags { id name description color status tagGroup { id name shortName mode } }
            subscriptions { edges { node { id type createdAt user { id userName email firstName lastName displayName technicalUser status permission { role status } } roles { id name description comment subscriptionType } } } }
            documents { edges { node { id name url description origin documentType metadata refId createdAt } } }
            """);
        sb.Append(" ... on ").Append(type.Key).Append(" {");
        foreach (var field in type.Fields.Values)
            if (field.Key is not ("name" or "description") && Sub(field.Type) is { } sub) sb.Append(' ').Append(field.Key).Append(sub);
        foreach (var relation in type.Relations.Values)
        {
            sb.Append(' ').Append(relation.Key).Append(" { edges { node { id activeFrom activeUntil description");
            foreach (var field in relation.Definition.Fields.Values)
                if (Sub(field.Type) is { } sub) sb.Append(' ').Append(field.Key).Append(sub);
            sb.Append(" factSheet { id name displayName type status } } } }");
        }
        return sb.Append(" }").ToString();
    }

    private static string? Sub(string type) => type switch
    {
        FieldType.String or FieldType.SingleSelect or FieldType.MultipleSelect or FieldType.Integer or FieldType.Double => "",
        FieldType.Lifecycle => " { asString phases { phase startDate milestoneId } }",
        FieldType.ExternalId => " { type externalId externalUrl comment status externalVersion forceWrite }",
        FieldType.Location => " { rawAddress latitude longitude geoCity geoCountry geoCountryCode geoPostalCode geoStreet geoHouseNumber geoState geoStateCode placeId }",
        _ => null
    };

    /// <summary>Sends a query on each path and compares the raw bodies.</summary>
    private sealed class Probe(EmulatorHost host, HttpClient http, GraphQLExecutionMode mode)
    {
        public long Served => mode.DirectResponses;

        public static async Task<Probe> StartAsync(EmulatorHost host)
        {
            var wire = new WireClient(host);
            var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl + "/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await wire.AccessTokenAsync());
            return new Probe(host, http, host.Services.GetRequiredService<GraphQLExecutionMode>());
        }

        public async Task SameAsync(string query, JsonObject? variables, bool direct)
        {
            var version = host.Workspace.State;
            mode.DirectJson = true;
            var before = mode.DirectResponses;
            var fast = await PostAsync(query, variables);
            Assert.True(direct == mode.DirectResponses > before, $"Expected the {(direct ? "direct path" : "tree")} to serve:\n{query}\n{Cut(fast)}");
            mode.DirectJson = false;
            var tree = await PostAsync(query, variables);
            mode.DirectJson = true;
            Assert.Same(version, host.Workspace.State);
            Assert.True(fast == tree, $"The two paths differ for:\n{query}\n{variables?.ToJsonString()}\ndirect: {Cut(fast)}\ntree:   {Cut(tree)}\nfirst difference at {FirstDifference(fast, tree)}");
        }

        public async Task<JsonNode> DataAsync(string query, JsonObject? variables = null) => JsonNode.Parse(await PostAsync(query, variables))!["data"]!;

        private async Task<string> PostAsync(string query, JsonObject? variables)
        {
            var body = new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }.ToJsonString();
            using var response = await http.PostAsync("services/pathfinder/v1/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(200, (int)response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        private static int FirstDifference(string a, string b)
        {
            var i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
            return i;
        }

        private static string Cut(string s) => s.Length > 600 ? s[..600] + "…" : s;
    }
}
