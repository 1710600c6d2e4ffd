using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeanIX.Client.Tests.Robustness;

/// <summary>
/// A loopback stand-in for LeanIX that answers whatever a test tells it to: its token endpoint issues an access token
/// whose <c>instanceUrl</c> is this server (or <see cref="InstanceUrl"/>), every other path answers <see cref="Answer"/>.
/// It records each request's path and Authorization header, so tests see where a token went. The emulator is another
/// engineer's; this fake keeps canned bodies out of it.
/// </summary>
internal sealed class CannedLeanIX : IAsyncDisposable
{
    public const string ApiToken = "canned-api-token-0123456789";
    public const string TokenPath = "/services/mtm/v1/oauth2/token";
    public const string GraphQLPath = "/services/pathfinder/v1/graphql";

    private readonly WebApplication _app;

    private CannedLeanIX(WebApplication app) => _app = app;

    /// <summary>The base URL, <c>http://127.0.0.1:port</c>.</summary>
    public string BaseUrl => Urls.Single();

    private ICollection<string> Urls => _app.Urls;

    /// <summary>The instance URL the issued token names; this server unless a test points it elsewhere.</summary>
    public string? InstanceUrl { get; set; }

    /// <summary>The access token it issues (a JWT whose signature nobody checks, as with LeanIX's own clients).</summary>
    public string AccessToken => Jwt(InstanceUrl ?? BaseUrl);

    /// <summary>What every path but the token endpoint answers: status, content type, body.</summary>
    public Func<HttpRequest, (int Status, string ContentType, byte[] Body)> Answer { get; set; } =
        _ => (200, "application/json", """{"data":{}}"""u8.ToArray());

    /// <summary>Every request: path and Authorization header (null when none).</summary>
    public ConcurrentQueue<(string Path, string? Authorization)> Requests { get; } = new();

    /// <summary>Requests to paths other than the token endpoint.</summary>
    public int ApiRequests => Requests.Count(r => r.Path != TokenPath);

    public static async Task<CannedLeanIX> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new CannedLeanIX(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Options for a client of this fake, with fast retries.</summary>
    public LeanIXClientOptions Options(Action<LeanIXClientOptions>? configure = null)
    {
        var options = new LeanIXClientOptions { ApiToken = ApiToken, Host = BaseUrl, RetryDelay = TimeSpan.FromMilliseconds(10), MaxRetries = 1 };
        configure?.Invoke(options);
        return options;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue((request.Path.Value ?? "/", request.Headers.Authorization.FirstOrDefault()));
        if (request.Path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(new JsonObject
            {
                ["access_token"] = AccessToken, ["token_type"] = "bearer", ["expires_in"] = 3600
            }.ToJsonString());
            return;
        }
        var (status, contentType, body) = Answer(request);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body);
    }

    private static string Jwt(string instanceUrl)
    {
        var payload = new JsonObject
        {
            ["instanceUrl"] = instanceUrl,
            ["region"] = "local",
            ["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
            ["principal"] = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(), ["username"] = "canned@example.org",
                ["permission"] = new JsonObject { ["workspaceId"] = "11111111-2222-3333-4444-555555555555", ["workspaceName"] = "canned", ["role"] = "ADMIN" }
            }
        };
        return $"{Segment("""{"alg":"none"}""")}.{Segment(payload.ToJsonString())}.c2lnbmF0dXJl";
    }

    private static string Segment(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
