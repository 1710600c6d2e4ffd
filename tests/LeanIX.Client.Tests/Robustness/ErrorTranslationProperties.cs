using System.Net;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeanIX.Client.Wire;

namespace LeanIX.Client.Tests.Robustness;

/// <summary>
/// Whatever a service, proxy or broken connection answers, the client throws a <see cref="LeanIXRequestFailedException"/>
/// (or a subtype) and no message, code or GraphQL error of it holds the API token.
/// </summary>
public class ErrorTranslationProperties
{
    private const string Operation = "GET /services/test";
    private static readonly Redactor Secrets = new([ErrorBodies.Token]);

    [Property(MaxTest = 500)]
    public Property Any_body_with_any_status_becomes_a_LeanIX_exception_on_the_REST_error_path() =>
        Prop.ForAll(ErrorBodies.Bodies, ErrorBodies.Statuses, (body, status) =>
        {
            var e = ErrorTranslator.Translate((HttpStatusCode)status, requestId: ErrorBodies.Token, retryAfter: null, body, Operation, Secrets);
            AssertKeepsTheTokenOut(e);
        });

    [Property(MaxTest = 500)]
    public Property Any_body_with_any_status_becomes_data_or_a_LeanIX_exception_on_the_GraphQL_path() =>
        Prop.ForAll(ErrorBodies.Bodies, ErrorBodies.Statuses, (body, status) =>
        {
            try
            {
                // As the connection does: non-2xx through the translator, 2xx through the GraphQL reader, then into a JsonNode.
                if (status is < 200 or > 299) throw ErrorTranslator.Translate((HttpStatusCode)status, null, null, body, Operation, Secrets);
                var data = GraphQLResponseReader.Data(body, Operation, Secrets);
                Assert.Equal(JsonValueKind.Object, data.ValueKind);
                Assert.False(HasErrors(body), "errors were reported but data was returned");
                LeanIXConnection.Read(data, LeanIXJsonContext.Default.JsonNode, Operation, Secrets);
            }
            catch (LeanIXRequestFailedException e)
            {
                AssertKeepsTheTokenOut(e);
            }
        });

    internal static void AssertKeepsTheTokenOut(LeanIXRequestFailedException e)
    {
        var texts = new List<string?> { e.ToString(), e.ErrorCode, e.RequestId, e.Operation };
        foreach (var error in e.GraphQLErrors)
            texts.AddRange([error.Message, error.ErrorType, error.ObjectId, error.ObjectPath, .. error.Path]);
        foreach (var text in texts)
            Assert.False(text?.Contains(ErrorBodies.Token, StringComparison.Ordinal) ?? false, $"the token leaked: {text}");
        Assert.False(e.ToString().Contains(JsonEncodedText.Encode(ErrorBodies.Token).ToString(), StringComparison.Ordinal), "the escaped token leaked");
    }

    private static bool HasErrors(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                && !(errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() == 0);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
