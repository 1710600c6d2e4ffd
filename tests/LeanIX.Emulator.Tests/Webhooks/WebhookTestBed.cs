using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;
using LeanIX.Emulator.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>
/// An emulator with the demo workspace on a fake clock, a raw wire client and the webhook and GraphQL
/// calls the tests repeat. Nothing time-driven happens until a test advances <see cref="Clock"/>:
/// a PUSH retry falls due after <see cref="RetryInterval"/>, a long poll ends at its timeout.
/// </summary>
public sealed class WebhookTestBed : IAsyncDisposable
{
    public const string Base = "services/webhooks/v1";

    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(50);

    private WebhookTestBed(EmulatorHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
        Client = new WireClient(host);
    }

    public FakeTimeProvider Clock { get; }

    public EmulatorHost Host { get; }
    public WireClient Client { get; }

    public WorkspaceWebhooks Hub => Host.Services.GetRequiredService<WebhookService>().For(Host.Workspace);

    public static async Task<WebhookTestBed> StartAsync(Action<WebhookOptions>? configure = null)
    {
        var options = new EmulatorOptions { Workspaces = { new WorkspaceConfig { Seed = "demo" } } };
        options.Webhooks.PushRetryInterval = RetryInterval;
        configure?.Invoke(options.Webhooks);
        var clock = TestClock.Start();
        return new(await EmulatorHost.StartAsync(options, clock), clock);
    }

    /// <summary>
    /// Waits for requests at the receiver, moving the clock one retry interval whenever every PUSH
    /// subscription waits for its retry. Never while an attempt is due or in flight: moving the clock
    /// then would run out that attempt's timeout and log a failure the target never caused.
    /// </summary>
    public Task<IReadOnlyList<PushReceiver.ReceivedRequest>> RetryUntilAsync(PushReceiver receiver, Func<IReadOnlyList<PushReceiver.ReceivedRequest>, bool> predicate) =>
        receiver.WaitUntilAsync(predicate, () =>
        {
            if (Hub.DuePushSubscriptions().Count == 0) Clock.Advance(RetryInterval);
        });

    /// <summary>Waits until a long poll on the subscription is registered and waiting on the server.</summary>
    public Task WaitUntilPullingAsync(string id) =>
        Eventually.TrueAsync(() => Hub.IsPulling(Guid.Parse(id)), $"a long poll on {id}");

    /// <summary>Sends a request and returns status and parsed body.</summary>
    public async Task<(int Status, JsonNode Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var response = await Client.SendAsync(method, Base + path, body);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!);
    }

    /// <summary>Sends and asserts the status; returns the whole envelope.</summary>
    public async Task<JsonNode> ExpectAsync(int status, HttpMethod method, string path, JsonNode? body = null)
    {
        var (actual, json) = await SendAsync(method, path, body);
        Assert.True(status == actual, $"{method} {path}: expected {status}, got {actual}: {json.ToJsonString()}");
        return json;
    }

    public async Task<JsonNode> CreateAsync(JsonObject body) =>
        (await ExpectAsync(200, HttpMethod.Post, "/subscriptions", body))["data"]!;

    public static JsonObject PullBody(string identifier = "pull-all", params string[][] tagSets) => new()
    {
        ["identifier"] = identifier,
        ["deliveryType"] = "PULL",
        ["tagSets"] = TagSets(tagSets.Length == 0 ? [["pathfinder"]] : tagSets),
        ["maxBatchSize"] = 4096
    };

    public static JsonObject PushBody(string targetUrl, string identifier = "push", params string[][] tagSets) => new()
    {
        ["identifier"] = identifier,
        ["deliveryType"] = "PUSH",
        ["tagSets"] = TagSets(tagSets.Length == 0 ? [["pathfinder"]] : tagSets),
        ["targetUrl"] = targetUrl,
        ["targetMethod"] = "POST",
        ["authorizationHeader"] = "Basic ZGVtbzpkZW1v",
        ["ignoreError"] = false,
        ["workspaceConstraint"] = "WORKSPACE",
        ["payloadMode"] = "DEFAULT",
        ["active"] = true
    };

    public static JsonArray TagSets(string[][] sets) =>
        new(sets.Select(s => (JsonNode?)new JsonArray(s.Select(t => (JsonNode?)t).ToArray())).ToArray());

    public async Task<string> CreatePullAsync(string identifier = "pull-all", params string[][] tagSets) =>
        (string)(await CreateAsync(PullBody(identifier, tagSets)))["id"]!;

    /// <summary>GET …/events; returns the envelope.</summary>
    public Task<JsonNode> PullAsync(string id, bool? autoCommit = null, int timeout = 0) =>
        ExpectAsync(200, HttpMethod.Get, $"/subscriptions/{id}/events?timeout={timeout}" + (autoCommit is { } a ? $"&autoCommit={(a ? "true" : "false")}" : ""));

    public Task<JsonNode> CommitAsync(string id, long offset, int status = 200) =>
        ExpectAsync(status, HttpMethod.Put, $"/subscriptions/{id}/cursor", new JsonObject { ["offset"] = offset });

    // ---- GraphQL changes ----------------------------------------------------------------------

    public async Task<Guid> CreateFactSheetAsync(string type, string name, params JsonObject[] patches)
    {
        var data = await Client.GraphQLDataAsync("""
            mutation ($input: BaseFactSheetInput!, $patches: [Patch]!) {
              createFactSheet(input: $input, patches: $patches) { factSheet { id } } }
            """, new JsonObject
        {
            ["input"] = new JsonObject { ["name"] = name, ["type"] = type },
            ["patches"] = new JsonArray(patches.Select(p => (JsonNode?)p).ToArray())
        });
        return Guid.Parse((string)data["createFactSheet"]!["factSheet"]!["id"]!);
    }

    public Task<JsonNode> UpdateAsync(Guid id, string? comment, params JsonObject[] patches) =>
        Client.GraphQLDataAsync("""
            mutation ($id: ID!, $patches: [Patch]!, $comment: String) {
              updateFactSheet(id: $id, patches: $patches, comment: $comment) { factSheet { id rev } } }
            """, new JsonObject
        {
            ["id"] = id.ToString(),
            ["comment"] = comment,
            ["patches"] = new JsonArray(patches.Select(p => (JsonNode?)p).ToArray())
        });

    public static JsonObject Patch(string op, string path, string? value) => new() { ["op"] = op, ["path"] = path, ["value"] = value };

    public static string Rel(Guid target, string extra = "") =>
        "{\"factSheetId\":\"" + target + "\"" + (extra.Length > 0 ? "," + extra : "") + "}";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
