using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Auth;

/// <summary>D3: every <c>/services/*</c> route answers a bad bearer with 401 and the D2 body, GraphQL included.</summary>
public class ServiceAuthorizationTests
{
    private static IEnumerable<(HttpMethod Method, string Path)> Routes(EmulatorHost host)
    {
        var ws = host.Workspace.Id;
        var user = host.Workspace.ApiTokens.Values.First();
        yield return (HttpMethod.Get, "services/pathfinder/v1/models/dataModel");
        yield return (HttpMethod.Put, "services/pathfinder/v1/models/dataModel?force=true");
        yield return (HttpMethod.Get, "services/pathfinder/v1/models/dataModel/enriched");
        yield return (HttpMethod.Get, "services/pathfinder/v1/models/viewModel");
        yield return (HttpMethod.Get, "services/pathfinder/v1/models/languages/en");
        yield return (HttpMethod.Post, "services/pathfinder/v1/graphql");
        yield return (HttpMethod.Get, "services/pathfinder/v1/factSheets");
        yield return (HttpMethod.Get, "services/mtm/v1/workspaces");
        yield return (HttpMethod.Get, $"services/mtm/v1/workspaces/{ws}");
        yield return (HttpMethod.Get, $"services/mtm/v1/workspaces/{ws}/users");
        yield return (HttpMethod.Get, $"services/mtm/v1/workspaces/{ws}/users/{user}");
        yield return (HttpMethod.Get, $"services/mtm/v1/workspaces/{ws}/permissions");
        yield return (HttpMethod.Get, "services/mtm/v1/users");
        yield return (HttpMethod.Get, $"services/mtm/v1/users/{user}");
        yield return (HttpMethod.Get, "services/webhooks/v1/subscriptions");
        yield return (HttpMethod.Get, "services/unknown/v1/anything");
    }

    private static async Task AssertAllUnauthorizedAsync(EmulatorHost host, AuthenticationHeaderValue? header)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl + "/") };
        foreach (var (method, path) in Routes(host))
        {
            using var request = new HttpRequestMessage(method, path);
            if (method != HttpMethod.Get)
                request.Content = new StringContent("{\"query\":\"{ allFactSheets { totalCount } }\"}", Encoding.UTF8, "application/json");
            request.Headers.Authorization = header;
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode} {text}");
            var body = JsonNode.Parse(text)!.AsObject();
            Assert.Equal(["status", "type", "message", "errors", "total", "data"], body.Select(p => p.Key));
            Assert.Equal("ERROR", body["status"]!.GetValue<string>());
            Assert.Equal("ErrorResponse", body["type"]!.GetValue<string>());
            Assert.Equal("Unauthorized", body["message"]!.GetValue<string>());
            Assert.Single(body["errors"]!.AsArray());
            Assert.Equal(0, body["total"]!.GetValue<int>());
            Assert.Null(body["data"]);
        }
    }

    [Fact]
    public async Task Without_a_token_every_service_route_is_401()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        await AssertAllUnauthorizedAsync(host, null);
    }

    [Fact]
    public async Task A_basic_header_instead_of_a_bearer_is_401()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        await AssertAllUnauthorizedAsync(host, new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("apitoken:" + host.ApiToken))));
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")]
    public async Task A_malformed_token_is_401(string token)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        await AssertAllUnauthorizedAsync(host, new AuthenticationHeaderValue("Bearer", token));
    }

    [Fact]
    public async Task The_api_token_itself_is_not_a_bearer_token()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        await AssertAllUnauthorizedAsync(host, new AuthenticationHeaderValue("Bearer", host.ApiToken));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var parts = (await client.AccessTokenAsync()).Split('.');
        // Same header and claims, signed by a key the emulator does not know.
        using var other = RSA.Create(2048);
        var signature = other.SignData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var forged = parts[0] + "." + parts[1] + "." + Base64Url(signature);
        await AssertAllUnauthorizedAsync(host, new AuthenticationHeaderValue("Bearer", forged));
    }

    [Fact]
    public async Task Tampered_claims_break_the_signature()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var parts = (await client.AccessTokenAsync()).Split('.');
        var claims = JsonNode.Parse(Decode(parts[1]))!;
        claims["exp"] = claims["exp"]!.GetValue<long>() + 86400;
        var tampered = parts[0] + "." + Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString())) + "." + parts[2];
        await AssertAllUnauthorizedAsync(host, new AuthenticationHeaderValue("Bearer", tampered));
    }

    [Fact]
    public async Task An_expired_token_is_401_and_a_fresh_exchange_works_again()
    {
        var clock = TestClock.Start();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Workspaces = { new WorkspaceConfig { Seed = "empty" } } }, clock);
        using var client = new WireClient(host);
        var token = await client.AccessTokenAsync();
        using (var fresh = await client.SendAsync(HttpMethod.Get, "services/pathfinder/v1/models/dataModel"))
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        clock.Advance(TimeSpan.FromSeconds(3599));
        using (var almost = await client.SendAsync(HttpMethod.Get, "services/pathfinder/v1/models/dataModel"))
            Assert.Equal(HttpStatusCode.OK, almost.StatusCode);

        clock.Advance(TimeSpan.FromSeconds(1)); // exp = iat + 3600 (D5)
        await AssertAllUnauthorizedAsync(host, new AuthenticationHeaderValue("Bearer", token));

        using var renewed = new WireClient(host);
        var body = await renewed.GetJsonAsync("services/pathfinder/v1/models/dataModel");
        Assert.Equal("OK", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_401_asks_for_a_bearer()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var http = new HttpClient();
        using var response = await http.GetAsync(host.BaseUrl + "/services/pathfinder/v1/models/dataModel");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Non_service_paths_and_the_token_endpoint_need_no_bearer()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var token = await client.RequestTokenAsync();
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        using var http = new HttpClient();
        using var other = await http.GetAsync(host.BaseUrl + "/not-a-service");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static string Decode(string part) => Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(part));
}
