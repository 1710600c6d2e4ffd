using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Auth;

public class TokenExchangeTests
{
    [Fact]
    public async Task Exchange_returns_the_documented_five_fields_and_a_jwt_with_the_workspace_claims()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var response = await client.RequestTokenAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["scope", "expired", "access_token", "token_type", "expires_in"], body.Select(p => p.Key));
        Assert.Equal("bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(3599, body["expires_in"]!.GetValue<int>());

        var parts = body["access_token"]!.GetValue<string>().Split('.');
        Assert.Equal("{\"alg\":\"RS256\"}", Decode(parts[0]));
        var claims = JsonNode.Parse(Decode(parts[1]))!;
        Assert.Equal(host.BaseUrl, claims["instanceUrl"]!.GetValue<string>());
        Assert.Equal(host.Workspace.Id.ToString(), claims["principal"]!["permission"]!["workspaceId"]!.GetValue<string>());
        Assert.Equal("demo", claims["principal"]!["permission"]!["workspaceName"]!.GetValue<string>());
        Assert.Equal("westeurope", claims["region"]!.GetValue<string>());
        Assert.Equal(claims["iat"]!.GetValue<long>() + 3600, claims["exp"]!.GetValue<long>());
        Assert.NotNull(claims["principal"]!["username"]);
        Assert.NotNull(claims["principal"]!["account"]!["id"]);
    }

    [Fact]
    public async Task Grant_type_in_the_query_string_with_an_empty_body_works()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var response = await client.RequestTokenAsync(body: "", query: "?grant_type=client_credentials");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Form_client_credentials_are_accepted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var http = new HttpClient();
        using var response = await http.PostAsync(host.BaseUrl + "/services/mtm/v1/oauth2/token",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = "apitoken", ["client_secret"] = host.ApiToken
            }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_api_token_gets_401_with_the_oauth_error_shape()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var response = await client.RequestTokenAsync(apiToken: "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("invalid_client", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_grant_type_gets_400()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var response = await client.RequestTokenAsync(body: "grant_type=password");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    private static string Decode(string part) => Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(part));
}
