using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>The raw request's options: extra headers, a page limit over page/size and cursor lists.</summary>
public class RawRequestTests
{
    [Fact]
    public async Task A_page_limit_joins_the_pages_of_cursor_lists_up_to_the_limit()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        for (var i = 0; i < 5; i++)
            await lx.Connection.RequestAsync("services/pathfinder/v1/models/accessControlEntities", HttpMethod.Post, new JsonObject { ["name"] = $"VW{i}" });
        var query = new Dictionary<string, string?> { ["pageSize"] = "2" };
        var two = await lx.Connection.RequestAsync("services/pathfinder/v1/models/accessControlEntities", HttpMethod.Get, null, query,
            new RestRequestOptions { MaxPages = 2, Headers = new Dictionary<string, string> { ["X-Request-Source"] = "raw-test" } });
        Assert.Equal(["VW0", "VW1", "VW2", "VW3"], two!["data"]!.AsArray().Select(a => (string)a!["name"]!));
        Assert.NotNull((string?)two["endCursor"]);
        var all = await lx.Connection.RequestAsync("services/pathfinder/v1/models/accessControlEntities", HttpMethod.Get, null, query,
            new RestRequestOptions { MaxPages = 10 });
        Assert.Equal(5, all!["data"]!.AsArray().Count);
        Assert.Null((string?)all["endCursor"]);
    }

    [Fact]
    public async Task A_page_limit_follows_page_and_size_lists_by_their_total()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        for (var i = 0; i < 5; i++)
            await lx.Connection.RequestAsync("services/synclog/v1/synchronizations", HttpMethod.Post,
                new JsonObject { ["topic"] = "t", ["name"] = $"s{i}", ["trigger"] = "MANUAL" });
        var joined = await lx.Connection.RequestAsync("services/synclog/v1/synchronizations", HttpMethod.Get, null,
            new Dictionary<string, string?> { ["size"] = "2", ["page"] = "1" }, new RestRequestOptions { MaxPages = 10 });
        Assert.Equal(5, joined!["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_authorization_header_and_a_page_limit_below_one_are_refused()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Connection.RequestAsync("services/pathfinder/v1/features", HttpMethod.Get, null, null,
            new RestRequestOptions { Headers = new Dictionary<string, string> { ["authorization"] = "Bearer x" } }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => lx.Connection.RequestAsync("services/pathfinder/v1/features", HttpMethod.Get, null, null,
            new RestRequestOptions { MaxPages = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Connection.UploadAsync("services/pathfinder/v1/graphql/upload", []));
    }
}
