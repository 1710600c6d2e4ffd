using System.Net;
using System.Text;

namespace LeanIX.Client.Tests.Robustness;

/// <summary>The error bodies named in issue 9, one by one: each becomes a LeanIX exception with a message saying what came back.</summary>
public class ErrorBodyCases
{
    private const string Operation = "GET /services/test";

    [Theory]
    [InlineData("""{"errors": []}""", 200)]
    [InlineData("""{"errors": []}""", 400)]
    [InlineData("""{"errors": []}""", 500)]
    [InlineData("""{"data": null, "errors": []}""", 502)]
    [InlineData("""{"errors": null}""", 503)]
    [InlineData("{}", 422)]
    [InlineData("""{"errors": "text"}""", 400)]
    [InlineData("""{"errors": [1, null]}""", 409)]
    [InlineData("""{"message": 5}""", 500)]
    [InlineData("<html><body><h1>502 Bad Gateway</h1></body></html>", 502)]
    [InlineData("""{"status":"ERROR","message":"Inval""", 400)]
    [InlineData("", 504)]
    public void A_REST_error_body_of_any_shape_becomes_a_LeanIX_exception(string body, int status)
    {
        var e = ErrorTranslator.Translate((HttpStatusCode)status, null, null, Encoding.UTF8.GetBytes(body), Operation, Redactor.None);
        Assert.Equal((HttpStatusCode)status, e.Status);
        Assert.Contains($"HTTP {status}", e.Message);
        if (body.Length > 0) Assert.Contains(body[..Math.Min(body.Length, 20)], e.Message);
    }

    [Fact]
    public void Escaped_lone_surrogates_are_shown_as_written_not_thrown()
    {
        var e = ErrorTranslator.Translate(HttpStatusCode.BadRequest, null, null, """{"message": "\uD800", "errors": [{"value": "\uDC00"}]}"""u8, Operation, Redactor.None);
        Assert.EndsWith(": \"\\uD800\"", e.Message);
        Assert.Equal("\"\\uDC00\"", e.ErrorCode);
    }

    [Fact]
    public void The_statuses_keep_their_exception_types()
    {
        static LeanIXRequestFailedException Of(int status) =>
            ErrorTranslator.Translate((HttpStatusCode)status, null, null, """{"errors": []}"""u8, Operation, Redactor.None);
        Assert.IsType<LeanIXAuthenticationException>(Of(401));
        Assert.IsType<LeanIXAuthenticationException>(Of(403));
        Assert.IsType<LeanIXNotFoundException>(Of(404));
        Assert.IsType<LeanIXRateLimitedException>(Of(429));
        Assert.IsType<LeanIXRequestFailedException>(Of(500));
    }

    [Fact]
    public void A_D2_body_gives_its_message_and_code()
    {
        var e = ErrorTranslator.Translate(HttpStatusCode.Conflict, "req-1", null,
            """{"status":"ERROR","type":"ErrorResponse","message":"Name taken","errors":[{"value":"NAME_TAKEN","messages":["x"]}],"total":0,"data":null}"""u8,
            Operation, Redactor.None);
        Assert.Equal("GET /services/test failed with HTTP 409 Conflict: Name taken", e.Message);
        Assert.Equal("NAME_TAKEN", e.ErrorCode);
        Assert.Equal("req-1", e.RequestId);
    }

    [Fact]
    public void A_GraphQL_error_body_with_an_error_status_gives_the_first_message() =>
        Assert.EndsWith(": Syntax error at 1:3",
            ErrorTranslator.Translate(HttpStatusCode.BadRequest, null, null, """{"errors":[null, 7, {"message":"Syntax error at 1:3"}]}"""u8, Operation, Redactor.None).Message);

    [Theory]
    [InlineData("""{"data": null, "errors": []}""")]
    [InlineData("""{"errors": null}""")]
    [InlineData("""{"errors": []}""")]
    [InlineData("{}")]
    [InlineData("""{"data": null}""")]
    [InlineData("""{"data": []}""")]
    [InlineData("null")]
    [InlineData("<html>502</html>")]
    [InlineData("""{"data": {"a": 1""")]
    public void A_GraphQL_answer_without_data_or_errors_is_a_request_failure(string body)
    {
        var e = Assert.Throws<LeanIXRequestFailedException>(() => GraphQLResponseReader.Data(Encoding.UTF8.GetBytes(body), Operation, Redactor.None));
        Assert.Equal(typeof(LeanIXRequestFailedException), e.GetType());
        Assert.Empty(e.GraphQLErrors);
    }

    [Theory]
    [InlineData("""{"errors": "text"}""", "text")]
    [InlineData("""{"errors": [1, null]}""", "1")]
    [InlineData("""{"errors": [{"message": 5}]}""", "5")]
    [InlineData("""{"errors": [{"message": "\uD800"}]}""", "\"\\uD800\"")]
    [InlineData("""{"data": null, "errors": [{"message": "Boom", "path": ["a", 0], "extensions": {"errorType": "BUSINESS_LOGIC"}}]}""", "Boom")]
    public void A_GraphQL_answer_with_errors_of_any_shape_is_a_business_exception(string body, string firstMessage)
    {
        var e = Assert.Throws<LeanIXBusinessException>(() => GraphQLResponseReader.Data(Encoding.UTF8.GetBytes(body), Operation, Redactor.None));
        Assert.Equal(firstMessage, e.GraphQLErrors[0].Message);
    }

    [Fact]
    public void Partial_data_with_errors_is_a_business_exception_D17()
    {
        var e = Assert.Throws<LeanIXBusinessException>(() => GraphQLResponseReader.Data(
            """{"data": {"a": {"id": "1"}, "b": null}, "errors": [{"message": "No b", "path": ["b"], "extensions": {"errorType": "BUSINESS_LOGIC", "objectId": "42", "objectPath": "/name"}}]}"""u8,
            Operation, Redactor.None));
        var error = e.GraphQLErrors.Single();
        Assert.Equal(("No b", "b", "BUSINESS_LOGIC", "42", "/name"), (error.Message, string.Join('.', error.Path), error.ErrorType, error.ObjectId, error.ObjectPath));
        Assert.Equal("BUSINESS_LOGIC", e.ErrorCode);
        Assert.Equal($"{Operation} failed: [BUSINESS_LOGIC] No b (at b)", e.Message);
    }

    [Fact]
    public void Data_with_empty_or_null_errors_is_data()
    {
        Assert.Equal(1, GraphQLResponseReader.Data("""{"data": {"a": 1}, "errors": []}"""u8, Operation, Redactor.None).GetProperty("a").GetInt32());
        Assert.Equal(1, GraphQLResponseReader.Data("""{"data": {"a": 1}, "errors": null}"""u8, Operation, Redactor.None).GetProperty("a").GetInt32());
    }

    [Fact]
    public void A_token_echoed_in_escaped_JSON_is_masked()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"message": {{ErrorBodies.EscapedToken}}, "errors": [{"value": {{ErrorBodies.EscapedToken}}}]}""");
        var e = ErrorTranslator.Translate(HttpStatusCode.BadRequest, null, null, body, Operation, new Redactor([ErrorBodies.Token]));
        Assert.Equal($"{Operation} failed with HTTP 400 BadRequest: ***", e.Message);
        Assert.Equal("***", e.ErrorCode);
    }
}
