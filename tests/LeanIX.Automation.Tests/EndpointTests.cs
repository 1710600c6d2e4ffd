using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LeanIX.Automation.Tests.Infrastructure;
using LeanIX.Client.Webhooks;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Automation.Tests;

/// <summary>Bad input at the PUSH endpoint is refused with the documented status and a message; nothing reaches the inbox.</summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private EmulatorHost _emulator = null!;
    private AutomationTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync("demo");
        _host = await AutomationTestHost.StartAsync(_emulator, AutomationTestHost.NewDatabasePath(), o => o.Webhook.RegisterSubscription = false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private const string ValidEvent = """{"id":987654,"type":"FactSheetUpdatedEvent","factSheet":{"id":"7e1a4c7c-5b8d-4f44-9d3b-0d9a1b2c3d4e","rev":3,"type":"Application","name":"X"}}""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_missing_or_wrong_credential_gets_401()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/webhooks/leanix", Json(ValidEvent))).StatusCode);

        using var wrong = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        wrong.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(WebhookAuthorization.Basic(_host.Credentials.User, _host.Credentials.Password + "x"));
        var answer = await wrong.PostAsync("/webhooks/leanix", Json(ValidEvent));
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.DoesNotContain(_host.Credentials.Password, await answer.Content.ReadAsStringAsync());

        Assert.Equal(0, (await _host.Inbox.CountsAsync()).Pending);
    }

    [Theory]
    [InlineData("{\"id\": 1, \"type\": ", "not valid JSON")]
    [InlineData("[1, 2, 3]", "not a LeanIX event")]
    [InlineData("{\"hello\": \"world\"}", "not a LeanIX event")]
    [InlineData("{}", "not a LeanIX event")]
    public async Task A_body_that_is_not_a_LeanIX_event_gets_400_with_a_message(string body, string message)
    {
        using var http = _host.NewWebhookClient();
        var answer = await http.PostAsync("/webhooks/leanix", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(message, await answer.Content.ReadAsStringAsync());
        Assert.Equal(0, (await _host.Inbox.CountsAsync()).Pending);
    }

    [Fact]
    public async Task A_body_over_20_MB_gets_413_with_or_without_a_content_length()
    {
        var big = "{\"id\":1,\"type\":\"FactSheetUpdatedEvent\",\"pad\":\"" + new string('x', 20 * 1024 * 1024) + "\"}";
        using var http = _host.NewWebhookClient();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.PostAsync("/webhooks/leanix", Json(big))).StatusCode);

        // Chunked: no Content-Length, so the limit is enforced while reading.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/leanix") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.SendAsync(request)).StatusCode);
        Assert.Equal(0, (await _host.Inbox.CountsAsync()).Pending);
    }

    [Fact]
    public async Task A_valid_event_is_in_the_inbox_when_200_comes_and_a_redelivery_is_not_stored_twice()
    {
        using var http = _host.NewWebhookClient();
        var answer = await http.PostAsync("/webhooks/leanix", Json(ValidEvent));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var counts = await _host.Inbox.CountsAsync();
        Assert.Equal(1, counts.Pending + counts.InFlight + counts.Done);

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/webhooks/leanix", Json(ValidEvent))).StatusCode);
        counts = await _host.Inbox.CountsAsync();
        Assert.Equal(1, counts.Pending + counts.InFlight + counts.Done);
    }

    [Fact]
    public async Task A_chunked_body_larger_than_the_first_buffer_is_stored_byte_for_byte()
    {
        // No Content-Length and over 4 KB: the pooled buffer grows while reading; non-ASCII text must survive as UTF-8.
        var body = $$$"""{"id":424242,"type":"FactSheetUpdatedEvent","factSheet":{"id":"7e1a4c7c-5b8d-4f44-9d3b-0d9a1b2c3d4f","rev":1,"type":"Application","name":"Zürich ✓ {{{new string('ü', 100_000)}}}"}}""";
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/leanix") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var http = _host.NewWebhookClient();
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);

        await using var connection = await _host.Services.GetRequiredService<Storage.AutomationDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM inbox_events WHERE dedup_key = 'event:424242'";
        Assert.Equal(body, (string?)await command.ExecuteScalarAsync());
    }
}
