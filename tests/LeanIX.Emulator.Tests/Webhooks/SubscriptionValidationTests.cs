using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>D2, D32: bad subscription bodies are 400 with the D2 error body, on create and on update.</summary>
public class SubscriptionValidationTests
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { "PUSH without targetUrl", """{"identifier":"x","deliveryType":"PUSH","tagSets":[["pathfinder"]]}""" },
        { "malformed targetUrl", """{"identifier":"x","deliveryType":"PUSH","tagSets":[["pathfinder"]],"targetUrl":"not a url"}""" },
        { "non-http targetUrl", """{"identifier":"x","deliveryType":"PUSH","tagSets":[["pathfinder"]],"targetUrl":"ftp://example.org/x"}""" },
        { "relative targetUrl", """{"identifier":"x","deliveryType":"PUSH","tagSets":[["pathfinder"]],"targetUrl":"/hook"}""" },
        { "empty tagSets", """{"identifier":"x","deliveryType":"PULL","tagSets":[]}""" },
        { "missing tagSets", """{"identifier":"x","deliveryType":"PULL"}""" },
        { "empty inner tag set", """{"identifier":"x","deliveryType":"PULL","tagSets":[[]]}""" },
        { "blank tag", """{"identifier":"x","deliveryType":"PULL","tagSets":[["pathfinder"," "]]}""" },
        { "empty tag", """{"identifier":"x","deliveryType":"PULL","tagSets":[["pathfinder",""]]}""" },
        { "bad deliveryType", """{"identifier":"x","deliveryType":"CARRIER_PIGEON","tagSets":[["pathfinder"]]}""" },
        { "missing deliveryType", """{"identifier":"x","tagSets":[["pathfinder"]]}""" },
        { "bad payloadMode", """{"identifier":"x","deliveryType":"PULL","tagSets":[["pathfinder"]],"payloadMode":"EVERYTHING"}""" },
        { "bad workspaceConstraint", """{"identifier":"x","deliveryType":"PULL","tagSets":[["pathfinder"]],"workspaceConstraint":"SOMETIMES"}""" },
        { "bad targetMethod", """{"identifier":"x","deliveryType":"PUSH","tagSets":[["pathfinder"]],"targetUrl":"https://a.example","targetMethod":"BREW"}""" },
        { "missing identifier", """{"deliveryType":"PULL","tagSets":[["pathfinder"]]}""" },
        { "wrong JSON type", """{"identifier":"x","deliveryType":"PULL","tagSets":[["pathfinder"]],"active":"yes"}""" },
        { "zero maxBatchSize", """{"identifier":"x","deliveryType":"PULL","tagSets":[["pathfinder"]],"maxBatchSize":0}""" },
        { "not an object", """[1,2,3]""" },
        { "not JSON", """{{{""" }
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Create_refuses_with_400(string why, string body)
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var (status, json) = await SendRawAsync(bed, HttpMethod.Post, "/subscriptions", body);
        Assert.True(status == 400, $"{why}: {status} {json}");
        var error = JsonNode.Parse(json)!;
        Assert.Equal("ERROR", (string?)error["status"]);
        Assert.Equal("ErrorResponse", (string?)error["type"]);
        Assert.False(string.IsNullOrEmpty((string?)error["message"]));
        Assert.Empty((await bed.ExpectAsync(200, HttpMethod.Get, "/subscriptions"))["data"]!.AsArray());
    }

    [Fact]
    public async Task Update_refuses_bad_bodies_and_keeps_the_old_subscription()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = await bed.CreatePullAsync("keep");
        var (status, _) = await SendRawAsync(bed, HttpMethod.Put, $"/subscriptions/{id}",
            """{"identifier":"x","deliveryType":"PUSH","tagSets":[["pathfinder"]]}""");
        Assert.Equal(400, status);
        var (status2, _) = await SendRawAsync(bed, HttpMethod.Put, $"/subscriptions/{id}",
            """{"identifier":"x","deliveryType":"PULL","tagSets":[[""]]}""");
        Assert.Equal(400, status2);
        Assert.Equal("keep", (string?)(await bed.ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}"))["data"]!["identifier"]);
    }

    [Fact]
    public async Task Known_catalogue_tags_and_lower_case_enums_are_accepted()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var body = WebhookTestBed.PullBody("catalogue", ["pathfinder", "COMMENT_CREATED"], ["integrations", "CONFIGURATION_CREATED"], ["MTM", "WORKSPACE_CREATE"]);
        body["deliveryType"] = "pull";
        body["payloadMode"] = "no_payload";
        var s = await bed.CreateAsync(body);
        Assert.Equal("PULL", (string?)s["deliveryType"]);
        Assert.Equal("NO_PAYLOAD", (string?)s["payloadMode"]);
    }

    private static async Task<(int, string)> SendRawAsync(WebhookTestBed bed, HttpMethod method, string path, string body)
    {
        var request = new HttpRequestMessage(method, WebhookTestBed.Base + path)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json")
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await bed.Client.AccessTokenAsync());
        using var response = await bed.Client.Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
