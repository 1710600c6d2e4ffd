using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LeanIX.Client.Events;
using LeanIX.Client.Webhooks;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Webhooks;

/// <summary>
/// client.Webhooks against the emulator's webhooks service (issue 5). These tests need the emulator's
/// <c>/services/webhooks/v1</c> (branch hooks-emu) and were written against webhooks.md and D27–D32 before it existed.
/// </summary>
public class WebhooksClientTests
{
    private const string Toolkit = "lx-toolkit-test";

    private static WebhookSubscription PushTo(string url, string identifier = Toolkit + "-push") => new()
    {
        Identifier = identifier,
        DeliveryType = WebhookDeliveryType.Push,
        TagSets = WebhookTagSets.Default,
        TargetUrl = url,
        TargetMethod = "POST",
        WorkspaceConstraint = WebhookWorkspaceConstraint.Workspace,
        PayloadMode = WebhookPayloadMode.Default,
        Active = true
    };

    private static WebhookSubscription Pull(string identifier = Toolkit + "-pull") => new()
    {
        Identifier = identifier,
        DeliveryType = WebhookDeliveryType.Pull,
        TagSets = [WebhookTagSets.ForPathfinder(WebhookEventTags.FactSheetCreated)],
        WorkspaceConstraint = WebhookWorkspaceConstraint.Workspace,
        Active = true
    };

    private static Task<System.Text.Json.Nodes.JsonNode> CreateApplicationAsync(LeanIXClient client, string name) =>
        client.Connection.GraphQLAsync("mutation M($name: String!) { createFactSheet(input: {name: $name, type: Application}) { factSheet { id } } }", new { name });

    [Fact]
    public async Task Create_get_list_update_and_delete_a_subscription()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var created = await client.Webhooks.CreateAsync(PushTo("https://hooks.example.org/leanix"));
        Assert.NotNull(created.Id);
        Assert.Equal(Toolkit + "-push", created.Identifier);
        Assert.Equal(WebhookDeliveryType.Push, created.DeliveryType);
        Assert.Equal(WebhookTagSets.Default.Count, created.TagSets.Count);
        var id = created.Id!.Value;

        var fetched = await client.Webhooks.GetAsync(id);
        Assert.Equal("https://hooks.example.org/leanix", fetched.TargetUrl);
        Assert.Contains(await client.Webhooks.GetAllAsync(), s => s.Id == id);
        Assert.Equal(id, Assert.Single(await client.Webhooks.GetAllAsync(Toolkit + "-push")).Id);
        Assert.Empty(await client.Webhooks.GetAllAsync("no-such-identifier"));

        var updated = await client.Webhooks.UpdateAsync(fetched with { IgnoreError = true, PayloadMode = WebhookPayloadMode.WrappedEvent });
        Assert.True(updated.IgnoreError);
        Assert.Equal(WebhookPayloadMode.WrappedEvent, (await client.Webhooks.GetAsync(id)).PayloadMode);

        await client.Webhooks.DeleteAsync(id);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Webhooks.GetAsync(id));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Webhooks.DeleteAsync(id));
    }

    [Fact]
    public async Task Register_builds_a_basic_authorization_header_and_subscribes_to_default_and_further_events()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var s = await client.Webhooks.RegisterWebhookAsync(Toolkit + "-reg", "https://hooks.example.org/leanix", "hook", "s3cret",
            WebhookDeliveryType.Push, active: true, ignoreError: true, WebhookVisibility.Private);
        var stored = await client.Webhooks.GetAsync(s.Id!.Value);
        Assert.Equal(WebhookAuthorization.Basic("hook", "s3cret"), stored.AuthorizationHeader);
        Assert.Equal("POST", stored.TargetMethod);
        Assert.True(stored.IgnoreError);
        Assert.Equal(WebhookVisibility.Private, stored.Visibility);
        Assert.Equal(WebhookWorkspaceConstraint.Workspace, stored.WorkspaceConstraint);
        Assert.Equal(WebhookTagSets.All.Count, stored.TagSets.Count);
    }

    [Fact]
    public async Task Add_event_type_adds_a_tag_set_once()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var s = await client.Webhooks.CreateAsync(PushTo("https://hooks.example.org/leanix"));
        var once = await client.Webhooks.AddEventTypeAsync(s.Id!.Value, WebhookEventTags.RelationSwitch);
        var twice = await client.Webhooks.AddEventTypeAsync(s.Id!.Value, ["RELATION_SWITCH", "pathfinder"]);
        Assert.Equal(s.TagSets.Count + 1, once.TagSets.Count);
        Assert.Equal(once.TagSets.Count, twice.TagSets.Count);
        Assert.True(WebhookTagSets.Contains((await client.Webhooks.GetAsync(s.Id!.Value)).TagSets, ["pathfinder", "RELATION_SWITCH"]));
    }

    [Fact]
    public async Task Fix_event_types_re_adds_the_further_sets_on_one_or_on_every_toolkit_subscription()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var one = await client.Webhooks.CreateAsync(PushTo("https://hooks.example.org/a", Toolkit + "-a"));
        var two = await client.Webhooks.CreateAsync(PushTo("https://hooks.example.org/b", "prefix-" + Toolkit.ToUpperInvariant() + "-b"));
        var other = await client.Webhooks.CreateAsync(PushTo("https://hooks.example.org/c", "someone-else"));

        var fixedOne = await client.Webhooks.FixEventTypesAsync(one.Id!.Value);
        Assert.Equal(WebhookTagSets.All.Count, fixedOne.TagSets.Count);

        var fixedAll = await client.Webhooks.FixEventTypesForToolkitAsync(Toolkit);
        Assert.Equal(new[] { one.Id, two.Id }.Order(), fixedAll.Select(s => s.Id).Order());
        Assert.All(fixedAll, s => Assert.Equal(WebhookTagSets.All.Count, s.TagSets.Count));
        Assert.Equal(WebhookTagSets.Default.Count, (await client.Webhooks.GetAsync(other.Id!.Value)).TagSets.Count);
    }

    [Fact]
    public async Task Recreate_replaces_a_push_subscription_with_the_same_settings_and_refuses_pull()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var old = await client.Webhooks.CreateAsync(PushTo("https://hooks.example.org/leanix") with
        {
            AuthorizationHeader = WebhookAuthorization.Basic("u", "p"), Active = false, IgnoreError = true
        });
        var fresh = await client.Webhooks.RecreateAsync(old.Id!.Value);
        Assert.NotEqual(old.Id, fresh.Id);
        Assert.True(fresh.Active);
        Assert.Equal((old.Identifier, old.TargetUrl, old.IgnoreError, old.TagSets.Count), (fresh.Identifier, fresh.TargetUrl, fresh.IgnoreError, fresh.TagSets.Count));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Webhooks.GetAsync(old.Id!.Value));

        var pull = await client.Webhooks.CreateAsync(Pull());
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.Webhooks.RecreateAsync(pull.Id!.Value));
    }

    [Fact]
    public async Task Pull_returns_the_same_batch_until_the_cursor_advances()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var sub = await client.Webhooks.CreateAsync(Pull());
        var id = sub.Id!.Value;
        Assert.Empty((await client.Webhooks.GetEventsAsync(id, timeoutSeconds: 0)).Events); // D27: starts at the end of the log

        await CreateApplicationAsync(client, "Webhook Pull One");
        await CreateApplicationAsync(client, "Webhook Pull Two");
        var batch = await client.Webhooks.GetEventsAsync(id, timeoutSeconds: 0);
        var names = batch.Events.Select(e => Assert.IsType<FactSheetCreatedEvent>(e.Event).FactSheet!.Name).ToList();
        Assert.Equal(["Webhook Pull One", "Webhook Pull Two"], names);
        Assert.True(batch.NextCursor > batch.Events[^1].Offset);

        var again = await client.Webhooks.GetEventsAsync(id, timeoutSeconds: 0); // at-least-once: not committed yet
        Assert.Equal(batch.Events.Select(e => e.Offset), again.Events.Select(e => e.Offset));

        await client.Webhooks.AdvanceCursorAsync(id, batch.NextCursor);
        var empty = await client.Webhooks.GetEventsAsync(id, timeoutSeconds: 0);
        Assert.Empty(empty.Events);
        Assert.Equal(batch.NextCursor, empty.NextCursor);

        // A reconnect (a new client) continues from the committed cursor without loss.
        await CreateApplicationAsync(client, "Webhook Pull Three");
        using var reconnected = TestClients.For(host);
        var next = await reconnected.Webhooks.GetEventsAsync(id, autoCommit: true, timeoutSeconds: 0);
        Assert.Equal("Webhook Pull Three", Assert.IsType<FactSheetCreatedEvent>(Assert.Single(next.Events).Event).FactSheet!.Name);
        Assert.Empty((await reconnected.Webhooks.GetEventsAsync(id, timeoutSeconds: 0)).Events); // autoCommit committed it

        // D27: moving the cursor back is refused.
        var back = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => client.Webhooks.AdvanceCursorAsync(id, 0));
        Assert.Equal(HttpStatusCode.BadRequest, back.Status);
    }

    [Fact]
    public async Task Streaming_commits_a_batch_once_the_reader_asks_for_more()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var id = (await client.Webhooks.CreateAsync(Pull())).Id!.Value;
        await CreateApplicationAsync(client, "Webhook Stream One");

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new List<string>();
        await foreach (var e in client.Webhooks.StreamEventsAsync(id, timeoutSeconds: 1, cts.Token))
        {
            seen.Add(Assert.IsType<FactSheetCreatedEvent>(e.Event).FactSheet!.Name!);
            if (seen.Count == 1) await CreateApplicationAsync(client, "Webhook Stream Two");
            if (seen.Count == 2) break; // the second batch is not committed: the reader left before asking for more
        }
        Assert.Equal(["Webhook Stream One", "Webhook Stream Two"], seen);
        var again = await client.Webhooks.GetEventsAsync(id, timeoutSeconds: 0);
        Assert.Equal("Webhook Stream Two", Assert.IsType<FactSheetCreatedEvent>(Assert.Single(again.Events).Event).FactSheet!.Name);
    }

    [Fact]
    public async Task Push_reaches_a_listener_with_basic_auth_and_is_logged_as_a_delivery()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        using var receiver = PushReceiver.Start();
        var sub = await client.Webhooks.RegisterWebhookAsync(Toolkit + "-listener", receiver.Url, "hook", "s3cret",
            tagSets: [WebhookTagSets.ForPathfinder(WebhookEventTags.FactSheetCreated)]);

        await CreateApplicationAsync(client, "Webhook Push Target");
        var request = await receiver.NextAsync(TimeSpan.FromSeconds(15));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("hook:s3cret")), request.Authorization);
        Assert.Equal("Webhook Push Target", Assert.IsType<FactSheetCreatedEvent>(LeanIXEvents.Parse(request.Body)).FactSheet!.Name);

        Delivery? delivery = null;
        for (var i = 0; i < 50 && delivery is null; i++, await Task.Delay(100))
            delivery = (await client.Webhooks.GetDeliveriesAsync(sub.Id!.Value, new DeliveryListOptions { Size = 10 })).FirstOrDefault(d => d.Success);
        Assert.NotNull(delivery);
        Assert.Equal(200, delivery.HttpStatus);
        var all = new List<Delivery>();
        await foreach (var d in client.Webhooks.GetAllDeliveriesAsync(sub.Id!.Value, "createdAt-asc", pageSize: 1)) all.Add(d);
        Assert.NotEmpty(all);
        var status = await client.Webhooks.GetStatusAsync(sub.Id!.Value);
        Assert.Equal(sub.Id, status.Id);
        Assert.Equal(200, status.LastDeliveryStatus);
        Assert.Contains(await client.Webhooks.GetAllStatusesAsync(), s => s.Id == sub.Id);
    }

    [Fact]
    public async Task A_wrong_credential_at_the_target_is_logged_as_a_failed_delivery()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        using var receiver = PushReceiver.Start(expectedAuthorization: WebhookAuthorization.Basic("hook", "right"));
        var sub = await client.Webhooks.RegisterWebhookAsync(Toolkit + "-wrong-cred", receiver.Url, "hook", "wrong", ignoreError: true,
            tagSets: [WebhookTagSets.ForPathfinder(WebhookEventTags.FactSheetCreated)]);

        await CreateApplicationAsync(client, "Webhook Wrong Credential");
        await receiver.NextAsync(TimeSpan.FromSeconds(15));
        Delivery? delivery = null;
        for (var i = 0; i < 50 && delivery is null; i++, await Task.Delay(100))
            delivery = (await client.Webhooks.GetDeliveriesAsync(sub.Id!.Value)).FirstOrDefault();
        Assert.NotNull(delivery);
        Assert.False(delivery.Success);
        Assert.Equal(401, delivery.HttpStatus);
        Assert.True((await client.Webhooks.GetStatusAsync(sub.Id!.Value)).ErrorCount >= 1);
    }

    [Fact]
    public async Task The_service_refuses_what_the_client_cannot_check()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Webhooks.GetAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Webhooks.GetEventsAsync(Guid.NewGuid(), timeoutSeconds: 0));
        var ghost = PushTo("https://hooks.example.org/x") with { Id = Guid.NewGuid() };
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Webhooks.UpdateAsync(ghost));

        // D85: a custom tag passes the client and the service (tag sets are labels).
        var custom = await client.Webhooks.RegisterWebhookAsync(
            Toolkit + "-custom-tag", "https://hooks.example.org/x", "hook", "s3cret-Pa55", tagSets: [["MTM", "WORKSPACE_DELETE"], ["pathfinder", "NO_SUCH_EVENT"]]);
        Assert.True(WebhookTagSets.Contains(custom.TagSets, ["MTM", "WORKSPACE_DELETE"]));
        Assert.True(WebhookTagSets.Contains(custom.TagSets, ["pathfinder", "NO_SUCH_EVENT"]));
        // A refused request carrying the password keeps it out of the message.
        var refused = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.Webhooks.UpdateAsync(
            ghost with { AuthorizationHeader = WebhookAuthorization.Basic("hook", "s3cret-Pa55") }));
        Assert.DoesNotContain("s3cret-Pa55", refused.Message);
        Assert.DoesNotContain(WebhookAuthorization.Basic("hook", "s3cret-Pa55")["Basic ".Length..], refused.Message);

        // D27/emulator: a cursor beyond the end of the log is refused.
        var pull = await client.Webhooks.CreateAsync(Pull(Toolkit + "-beyond"));
        var beyond = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => client.Webhooks.AdvanceCursorAsync(pull.Id!.Value, long.MaxValue / 2));
        Assert.Equal(HttpStatusCode.BadRequest, beyond.Status);
    }

    /// <summary>A real HTTP listener standing in for the user's webhook endpoint (not for LeanIX).</summary>
    private sealed class PushReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly BlockingCollection<(string? Authorization, string Body)> _received = new();
        private readonly string? _expectedAuthorization;

        private PushReceiver(int port, string? expectedAuthorization)
        {
            _expectedAuthorization = expectedAuthorization;
            Url = $"http://127.0.0.1:{port}/hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public string Url { get; }

        /// <summary>Starts listening; with <paramref name="expectedAuthorization"/>, other credentials get 401 as a real endpoint would.</summary>
        public static PushReceiver Start(string? expectedAuthorization = null)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return new PushReceiver(port, expectedAuthorization);
        }

        public Task<(string? Authorization, string Body)> NextAsync(TimeSpan timeout) => Task.Run(() =>
            _received.TryTake(out var item, timeout) ? item : throw new TimeoutException($"No PUSH delivery within {timeout.TotalSeconds} s."));

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var authorization = context.Request.Headers["Authorization"];
                _received.Add((authorization, await reader.ReadToEndAsync()));
                context.Response.StatusCode = _expectedAuthorization is null || authorization == _expectedAuthorization ? 200 : 401;
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Close();
            _received.Dispose();
        }
    }

    [Theory]
    [InlineData(400, typeof(LeanIXRequestFailedException))]
    [InlineData(404, typeof(LeanIXNotFoundException))]
    [InlineData(429, typeof(LeanIXRateLimitedException))]
    public async Task An_error_that_echoes_the_credential_is_redacted_and_keeps_its_type_and_data(int status, Type expected)
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host, o => o.MaxRetries = 1);
        await client.Connection.ConnectAsync();
        host.Faults.FailNext("/services/webhooks/v1/subscriptions", status, count: 2, retryAfter: TimeSpan.FromSeconds(1), echoRequest: true);
        var e = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => client.Webhooks.RegisterWebhookAsync(
            Toolkit + "-echo", "https://hooks.example.org/x", "hook", "s3cret-Pa55"));
        Assert.Equal(expected, e.GetType());
        Assert.Equal((HttpStatusCode)status, e.Status);
        Assert.Contains("Injected fault", e.Message); // the service's message is still there
        Assert.Contains(Toolkit + "-echo", e.Message);
        Assert.DoesNotContain("s3cret-Pa55", e.Message);
        Assert.DoesNotContain(WebhookAuthorization.Basic("hook", "s3cret-Pa55")["Basic ".Length..], e.Message);
        if (e is LeanIXRateLimitedException limited) Assert.Equal(TimeSpan.FromSeconds(1), limited.RetryAfter);
    }
}
