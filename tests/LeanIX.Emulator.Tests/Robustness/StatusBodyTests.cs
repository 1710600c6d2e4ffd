using System.Net.Http.Headers;
using System.Text;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>D2/D79: the framework's own statuses carry the service's error body; paths are tolerant.</summary>
public class StatusBodyTests
{
    private static Task<EmulatorHost> StartAsync(Action<EmulatorOptions>? configure = null) =>
        EmulatorHost.StartAsync("empty", configure: o => { o.RateLimitPerMinute = 0; configure?.Invoke(o); });

    [Fact]
    public async Task Unknown_routes_and_wrong_methods_answer_with_the_D2_body()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);
        await client.AccessTokenAsync();
        using (var missing = await client.SendAsync(HttpMethod.Get, "services/pathfinder/v1/noSuchThing"))
            await Shapes.D2Async(missing, 404);
        using (var root = await client.Http.GetAsync("nothing/here"))
            await Shapes.D2Async(root, 404);
        using (var method = await client.SendAsync(HttpMethod.Delete, "services/pathfinder/v1/graphql"))
            await Shapes.D2Async(method, 405);
        using (var tokenGet = await client.Http.GetAsync("services/mtm/v1/oauth2/token"))
            await Shapes.OAuthAsync(tokenGet, 405);
    }

    [Fact]
    public async Task Trailing_and_repeated_slashes_reach_the_same_route_D79()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);
        using (var token = await client.RequestTokenAsync(query: "/"))
            Assert.Equal(200, (int)token.StatusCode);
        using (var doubled = await client.Http.SendAsync(Shapes.TokenRequest(
                   new StringContent("grant_type=client_credentials", Encoding.UTF8, "application/x-www-form-urlencoded"), host.ApiToken,
                   "services//mtm/v1//oauth2/token/")))
            Assert.Equal(200, (int)doubled.StatusCode);
        await client.AccessTokenAsync();
        using var graph = await client.SendAsync(HttpMethod.Post, "/services/pathfinder/v1/graphql/",
            new System.Text.Json.Nodes.JsonObject { ["query"] = "{ allFactSheets { totalCount } }" });
        Assert.Equal(200, (int)graph.StatusCode);
        using var model = await client.SendAsync(HttpMethod.Get, "services//pathfinder/v1/models/dataModel/");
        Assert.Equal(200, (int)model.StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_urls_and_headers_get_413_414_431_with_the_D2_body()
    {
        await using var host = await StartAsync(o =>
        {
            o.Requests.MaxBodyBytes = 64 * 1024;
            o.Requests.MaxUrlBytes = 2048;
            o.Requests.MaxHeaderBytes = 8192;
        });
        using var client = new WireClient(host);
        var bearer = await client.AccessTokenAsync();

        var big = new StringContent("{\"query\":\"" + new string('x', 100 * 1024) + "\"}", Encoding.UTF8, "application/json");
        using (var request = new HttpRequestMessage(HttpMethod.Post, "services/pathfinder/v1/graphql") { Content = big })
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            using var response = await client.Http.SendAsync(request);
            var body = await Shapes.D2Async(response, 413);
            Assert.Contains("maxBodyBytes", body["message"]!.GetValue<string>());
        }

        using (var longUrl = await client.SendAsync(HttpMethod.Get, "services/pathfinder/v1/factSheets?q=" + new string('a', 4000)))
            await Shapes.D2Async(longUrl, 414);

        using (var request = new HttpRequestMessage(HttpMethod.Get, "services/pathfinder/v1/factSheets"))
        {
            request.Headers.Add("X-Padding", new string('p', 10_000));
            using var response = await client.Http.SendAsync(request);
            await Shapes.D2Async(response, 431);
        }
    }

    [Fact]
    public async Task The_token_endpoint_never_answers_500_to_hostile_forms()
    {
        await using var host = await StartAsync();
        using var client = new WireClient(host);

        var malformed = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_cred", Encoding.UTF8);
        malformed.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        using (var response = await client.Http.SendAsync(Shapes.TokenRequest(malformed, host.ApiToken)))
            await Shapes.OAuthAsync(response, 400);

        var noBoundary = new StringContent("garbage", Encoding.UTF8);
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        using (var response = await client.Http.SendAsync(Shapes.TokenRequest(noBoundary, host.ApiToken)))
            await Shapes.OAuthAsync(response, 400);

        var hugeValue = new StringContent("grant_type=client_credentials&x=" + new string('v', 4 * 1024 * 1024 + 10), Encoding.UTF8, "application/x-www-form-urlencoded");
        using (var response = await client.Http.SendAsync(Shapes.TokenRequest(hugeValue, host.ApiToken)))
            await Shapes.OAuthAsync(response, 413);

        var manyKeys = new StringContent("grant_type=client_credentials&" + string.Join("&", Enumerable.Range(0, 1100).Select(i => $"k{i}=v")),
            Encoding.UTF8, "application/x-www-form-urlencoded");
        using (var response = await client.Http.SendAsync(Shapes.TokenRequest(manyKeys, host.ApiToken)))
            await Shapes.OAuthAsync(response, 400);

        // And a good exchange still works after all that.
        using var ok = await client.RequestTokenAsync();
        Assert.Equal(200, (int)ok.StatusCode);
    }
}
