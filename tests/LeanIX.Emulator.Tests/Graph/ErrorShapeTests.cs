using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D17 error shapes for syntax and validation errors, and the transport rules of graphql.md §1.</summary>
public class ErrorShapeTests
{
    private static void AssertValidationError(JsonNode result, string expectedPrefix)
    {
        Assert.Equal(JsonValueKind.Null, result["data"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True(result.AsObject().ContainsKey("data"), "data must be present (null)");
        var error = result["errors"]![0]!;
        Assert.StartsWith(expectedPrefix, (string?)error["message"]);
        Assert.NotNull(error["locations"]![0]!["line"]);
        Assert.NotNull(error["locations"]![0]!["column"]);
        Assert.Null(error["extensions"]);
    }

    [Fact]
    public async Task Unknown_field_is_FieldUndefined_as_in_the_docs()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var result = await client.GraphQLAsync("{ allFactSheets { edges { node { id nonExistenField } } } }");
        AssertValidationError(result, "Validation error of type FieldUndefined: Field nonExistenField is undefined");
    }

    [Fact]
    public async Task Unknown_type_in_inline_fragment_is_UnknownType()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var result = await client.GraphQLAsync("{ allFactSheets { edges { node { id ... on Nope { name } } } } }");
        AssertValidationError(result, "Validation error of type UnknownType: Unknown type Nope");
    }

    [Fact]
    public async Task Unknown_FactSheetType_enum_value_is_WrongType_as_literal_and_variable()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var literal = await client.GraphQLAsync("{ allFactSheets(factSheetType: Nope) { totalCount } }");
        AssertValidationError(literal, "Validation error of type WrongType: argument 'factSheetType' with value 'Nope' is not a valid 'FactSheetType'");
        var variable = await client.GraphQLAsync("query ($t: FactSheetType) { allFactSheets(factSheetType: $t) { totalCount } }",
            new JsonObject { ["t"] = "Nope" });
        AssertValidationError(variable, "Validation error of type WrongType:");
    }

    [Fact]
    public async Task Unknown_fact_sheet_type_in_FactSheetTypes_facet_keys_is_WrongType()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var result = await client.GraphQLAsync("""
            { allFactSheets(filter: {facetFilters: [{facetKey: "FactSheetTypes", operator: OR, keys: ["Nope"]}]}) { totalCount } }
            """);
        AssertValidationError(result, "Validation error of type WrongType: argument 'filter.facetFilters.keys' with value 'Nope'");
    }

    [Fact]
    public async Task Oversized_query_gets_the_documented_denial_of_service_error()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var query = "{ allFactSheets { totalCount } }" + new string(' ', LeanIX.Emulator.Graph.Execution.GraphQLEndpoint.MaxQueryCharacters);
        var result = await client.GraphQLAsync(query);
        Assert.Equal("""{"errors":[{"message":"The request contains too many characters. To prevent Denial Of Service attacks, parsing has been cancelled."}]}""",
            result.ToJsonString());
    }

    [Fact]
    public async Task Unknown_argument_missing_argument_and_syntax_errors_have_their_kinds()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        AssertValidationError(await client.GraphQLAsync("{ allFactSheets(bogus: 1) { totalCount } }"),
            "Validation error of type UnknownArgument: Unknown field argument bogus");
        AssertValidationError(await client.GraphQLAsync("{ factSheet { id } }"),
            "Validation error of type MissingFieldArgument: Missing field argument id");
        AssertValidationError(await client.GraphQLAsync("{ allFactSheets { totalCount "),
            "Validation error of type InvalidSyntax:");
    }

    [Fact]
    public async Task Malformed_json_body_is_http_400_with_the_rest_error_envelope_and_upload_is_400()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var request = new HttpRequestMessage(HttpMethod.Post, "services/pathfinder/v1/graphql")
        {
            Content = new StringContent("{not json", Encoding.UTF8, "application/json")
        };
        request.Headers.Authorization = new("Bearer", await client.AccessTokenAsync());
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ERROR", (string?)body["status"]);
        Assert.Equal("ErrorResponse", (string?)body["type"]);
        Assert.Equal(JsonValueKind.Null, body["data"]?.GetValueKind() ?? JsonValueKind.Null);

        using var upload = await client.SendAsync(HttpMethod.Post, "services/pathfinder/v1/graphql/upload", new JsonObject { ["query"] = "{ x }" });
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
    }

    [Fact]
    public async Task Success_response_carries_errors_null_next_to_data_and_unknown_factSheet_id_is_null_without_error()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var result = await client.GraphQLAsync("""{ factSheet(id: "00000000-0000-4000-8000-000000000000") { id } }""");
        // D77: the key is present with a JSON null, right after data.
        Assert.Equal(["data", "errors"], result.AsObject().Select(p => p.Key));
        Assert.Null(result["errors"]);
        Assert.Equal(JsonValueKind.Null, result["data"]!["factSheet"]?.GetValueKind() ?? JsonValueKind.Null);
    }

    [Fact]
    public async Task Business_error_of_one_mutation_has_data_with_null_field_and_extensions()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var missing = "00000000-0000-4000-8000-00000000abcd";
        var result = await client.GraphQLAsync($$"""
            mutation { upd: updateFactSheet(id: "{{missing}}", patches: []) { factSheet { id } } }
            """);
        Assert.Equal("{\"upd\":null}", result["data"]!.ToJsonString());
        var error = result["errors"]!.AsArray().Single()!;
        Assert.Equal($"FactSheet with id '{missing}' not found", (string?)error["message"]);
        Assert.Equal("[\"upd\"]", error["path"]!.ToJsonString());
        Assert.Equal("BUSINESS_LOGIC", (string?)error["extensions"]!["errorType"]);
        Assert.Equal("FactSheet", (string?)error["extensions"]!["entityType"]);
        Assert.Equal(missing, (string?)error["extensions"]!["objectId"]);
        Assert.True(error["extensions"]!.AsObject().ContainsKey("objectPath"));
    }

    [Fact]
    public async Task Missing_bearer_is_401_with_the_rest_envelope_not_a_graphql_body()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var response = await client.Http.PostAsync("services/pathfinder/v1/graphql",
            new StringContent("""{"query":"{ allTags { totalCount } }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ERROR", (string?)body["status"]);
        Assert.Null(body["errors"]![0]!["locations"]);
    }
}
