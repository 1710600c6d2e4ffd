using System.Net;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Tests.Rest;

namespace LeanIX.Emulator.Tests.Hosting;

public sealed class MultiWorkspaceTests : IDisposable
{
    private readonly string _config = Path.Combine(Path.GetTempPath(), $"leanix-emulator-config-{Guid.NewGuid():N}.json");

    public MultiWorkspaceTests() => File.WriteAllText(_config, """
        {
          "workspaces": [
            { "name": "alpha", "apiTokens": ["alpha-token-0000000000000000000000000000"], "dataModel": "v3", "seed": "empty" },
            { "name": "beta", "apiTokens": ["beta-token-00000000000000000000000000000"], "dataModel": "v4", "seed": "empty" }
          ]
        }
        """);

    [Fact]
    public async Task Each_token_sees_only_its_own_workspace_and_model()
    {
        var options = CommandLine.Parse(["--config", _config]);
        await using var host = await EmulatorHost.StartAsync(options);
        var alpha = host.Registry.ByName("alpha")!;
        var beta = host.Registry.ByName("beta")!;
        Assert.NotEqual(alpha.Id, beta.Id);

        using var a = new WireClient(host, "alpha-token-0000000000000000000000000000");
        using var b = new WireClient(host, "beta-token-00000000000000000000000000000");

        var modelA = await a.GetJsonAsync("services/pathfinder/v1/models/dataModel");
        var modelB = await b.GetJsonAsync("services/pathfinder/v1/models/dataModel");
        Assert.NotNull(modelA["data"]!["factSheets"]!["UserGroup"]); // v3
        Assert.Null(modelB["data"]!["factSheets"]!["UserGroup"]);
        Assert.NotNull(modelB["data"]!["factSheets"]!["Platform"]);  // v4

        var wsA = await a.GetJsonAsync($"services/mtm/v1/workspaces/{alpha.Id}");
        Assert.Equal("alpha", wsA["data"]!["name"]!.GetValue<string>());
        var wsB = await b.GetJsonAsync($"services/mtm/v1/workspaces/{beta.Id}");
        Assert.Equal("beta", wsB["data"]!["name"]!.GetValue<string>());

        // D33: a workspace other than the token's → 403, both ways.
        using var crossA = await a.SendAsync(HttpMethod.Get, $"services/mtm/v1/workspaces/{beta.Id}/users");
        await RestAssert.ErrorAsync(crossA, HttpStatusCode.Forbidden);
        using var crossB = await b.SendAsync(HttpMethod.Get, $"services/mtm/v1/workspaces/{alpha.Id}/users");
        await RestAssert.ErrorAsync(crossB, HttpStatusCode.Forbidden);

        // The users each token sees are its own workspace's.
        var usersA = await a.GetJsonAsync("services/mtm/v1/users?includeTechnicalUsers=true");
        var botA = Assert.Single(usersA["data"]!.AsArray())!;
        Assert.Equal(alpha.Id.ToString(), botA["permissions"]![0]!["workspaceId"]!.GetValue<string>());
        using var otherUser = await b.SendAsync(HttpMethod.Get, $"services/mtm/v1/users/{botA["id"]!.GetValue<string>()}");
        await RestAssert.ErrorAsync(otherUser, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_token_carries_its_workspace_in_the_claims()
    {
        await using var host = await EmulatorHost.StartAsync(CommandLine.Parse(["--config", _config]));
        using var b = new WireClient(host, "beta-token-00000000000000000000000000000");
        var token = await b.AccessTokenAsync();
        var json = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1]));
        Assert.Contains(host.Registry.ByName("beta")!.Id.ToString(), json);
        Assert.Contains("\"workspaceName\":\"beta\"", json);
    }

    public void Dispose() => File.Delete(_config);
}
