using System.Net;
using System.Text;

namespace LeanIX.Client.Tests.Robustness;

/// <summary>Canned bodies over real HTTP: the whole client path (pipeline, connection, translation) answers with LeanIX exceptions.</summary>
public class EndToEndErrorTests
{
    [Fact]
    public async Task An_HTML_502_page_is_a_request_failure_with_its_excerpt()
    {
        await using var fake = await CannedLeanIX.StartAsync();
        fake.Answer = _ => (502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"u8.ToArray());
        using var client = new LeanIXClient(fake.Options());
        var e = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => client.Connection.RequestAsync("/services/x"));
        Assert.Equal(HttpStatusCode.BadGateway, e.Status);
        Assert.Contains("502 Bad Gateway", e.Message);
    }

    [Fact]
    public async Task Empty_errors_with_an_error_status_is_a_request_failure_not_a_crash()
    {
        await using var fake = await CannedLeanIX.StartAsync();
        fake.Answer = _ => (400, "application/json", """{"errors": []}"""u8.ToArray());
        using var client = new LeanIXClient(fake.Options());
        var e = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => client.Connection.RequestAsync("/services/x"));
        Assert.Equal(HttpStatusCode.BadRequest, e.Status);
    }

    [Theory]
    [InlineData("""{"data": null, "errors": []}""")]
    [InlineData("""{"errors": null}""")]
    [InlineData("{}")]
    [InlineData("""{"data": {"allFact""")]
    public async Task A_GraphQL_200_without_data_is_a_request_failure(string body)
    {
        await using var fake = await CannedLeanIX.StartAsync();
        fake.Answer = _ => (200, "application/json", Encoding.UTF8.GetBytes(body));
        using var client = new LeanIXClient(fake.Options());
        var e = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => client.Connection.GraphQLAsync("{ allFactSheets { totalCount } }"));
        Assert.Equal(typeof(LeanIXRequestFailedException), e.GetType());
    }

    [Fact]
    public async Task A_GraphQL_200_with_partial_data_and_errors_is_a_business_exception()
    {
        await using var fake = await CannedLeanIX.StartAsync();
        fake.Answer = _ => (200, "application/json", """{"data": {"a": {"id": "1"}}, "errors": [{"message": "No b", "path": ["b"]}]}"""u8.ToArray());
        using var client = new LeanIXClient(fake.Options());
        var e = await Assert.ThrowsAsync<LeanIXBusinessException>(() => client.Connection.GraphQLAsync("{ a { id } b { id } }"));
        Assert.Equal("No b", e.GraphQLErrors.Single().Message);
    }

    [Fact]
    public async Task An_error_body_echoing_the_API_and_access_tokens_is_masked()
    {
        await using var fake = await CannedLeanIX.StartAsync();
        using var client = new LeanIXClient(fake.Options());
        await client.Connection.ConnectAsync();
        fake.Answer = request => (200, "application/json", Encoding.UTF8.GetBytes(
            $$"""{"data": null, "errors": [{"message": "{{CannedLeanIX.ApiToken}} / {{request.Headers.Authorization.ToString()["Bearer ".Length..]}}"}]}"""));
        var e = await Assert.ThrowsAsync<LeanIXBusinessException>(() => client.Connection.GraphQLAsync("{ a }"));
        var bearer = fake.Requests.Last().Authorization!["Bearer ".Length..];
        Assert.Equal("*** / ***", e.GraphQLErrors.Single().Message);
        Assert.DoesNotContain(CannedLeanIX.ApiToken, e.ToString());
        Assert.DoesNotContain(bearer, e.ToString());
    }
}
