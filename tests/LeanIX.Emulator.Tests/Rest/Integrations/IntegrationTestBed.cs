using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Wire;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Emulator.Tests.Rest.Integrations;

/// <summary>
/// An emulator (empty v4 workspace, fake clock) with a raw wire client and the Integration API calls the tests repeat.
/// Runs process on the emulator's background threads; <see cref="WaitForEndAsync"/> polls the status route until the
/// run has ended, as a client does.
/// </summary>
public sealed class IntegrationTestBed : IAsyncDisposable
{
    public const string Base = "services/integration-api/v1";
    public const string ViewerToken = "viewer-token-integration";

    private IntegrationTestBed(EmulatorHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
        Client = new WireClient(host);
    }

    public EmulatorHost Host { get; }
    public FakeTimeProvider Clock { get; }
    public WireClient Client { get; }

    public static async Task<IntegrationTestBed> StartAsync(string seed = "empty", TimeSpan? runDelay = null)
    {
        var options = new EmulatorOptions { Workspaces = { new WorkspaceConfig { Seed = seed } } };
        options.Integrations.RunDelay = runDelay ?? TimeSpan.Zero;
        var clock = TestClock.Start();
        var bed = new IntegrationTestBed(await EmulatorHost.StartAsync(options, clock), clock);
        await bed.AddUserAsync("viewer@example.com", "VIEWER", ViewerToken);
        await bed.AddUserAsync("owner@example.com", "MEMBER", null);
        return bed;
    }

    /// <summary>Adds a workspace user; with a token, that token logs in as the user (its role is the token's role).</summary>
    public async Task AddUserAsync(string email, string role, string? apiToken)
    {
        var workspace = Host.Workspace;
        var id = Ids.FromName("integration-test-user:" + email);
        using (await workspace.LockAsync())
        {
            var tx = workspace.Begin(null);
            tx.Users.Add(new User { Id = id, UserName = email, Email = email, FirstName = "Test", LastName = role, PermissionId = Ids.FromName("perm:" + email), PermissionRole = role });
            workspace.Commit(tx);
        }
        if (apiToken is not null) workspace.ApiTokens[apiToken] = id;
    }

    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null, WireClient? client = null)
    {
        using var response = await (client ?? Client).SendAsync(method, Base + path, body);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode?> ExpectAsync(int status, HttpMethod method, string path, JsonNode? body = null, WireClient? client = null)
    {
        var (actual, json) = await SendAsync(method, path, body, client);
        Assert.True(status == actual, $"{method} {path}: expected {status}, got {actual}: {json?.ToJsonString()}");
        return json;
    }

    /// <summary>Asserts a D2 error body whose message contains <paramref name="fragment"/>.</summary>
    public async Task ExpectErrorAsync(int status, HttpMethod method, string path, JsonNode? body, string fragment, WireClient? client = null)
    {
        var json = await ExpectAsync(status, method, path, body, client);
        Assert.Equal("ERROR", (string?)json!["status"]);
        Assert.Contains(fragment, (string?)json["message"]);
    }

    public Task PutConfigurationAsync(JsonObject configuration) => ExpectAsync(204, HttpMethod.Put, "/configurations", configuration);

    /// <summary>POST <c>/synchronizationRuns?start=true</c>, then polls the status until the run ended; returns the run id.</summary>
    public async Task<string> RunAsync(JsonObject ldif, bool test = false)
    {
        var created = await ExpectAsync(200, HttpMethod.Post, "/synchronizationRuns?start=true" + (test ? "&test=true" : ""), ldif);
        var id = (string)created!["id"]!;
        await WaitForEndAsync(id);
        return id;
    }

    /// <summary>
    /// Polls the status route until the run ended, as a client does. The bound is generous (a 1,000-item import runs for
    /// seconds on a busy machine); a poll never waits for time to pass on the fake clock.
    /// </summary>
    public async Task<JsonNode> WaitForEndAsync(string id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            var status = (await ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/status"))!;
            if ((string?)status["status"] is "FINISHED" or "FAILED" or "STOPPED") return status;
            Assert.True(DateTime.UtcNow < deadline, $"run {id} did not end: {status.ToJsonString()}");
            await Task.Delay(20);
        }
    }

    public async Task<JsonArray> WarningsAsync(string id) => (JsonArray)(await ExpectAsync(200, HttpMethod.Get, $"/synchronizationRuns/{id}/warnings"))!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
