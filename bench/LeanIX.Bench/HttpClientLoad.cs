using System.Diagnostics;
using System.Net;

namespace LeanIX.Bench;

/// <summary>The load sent through HttpClient (kept-alive connections, no proxy, cookies or decompression).</summary>
internal sealed class HttpClientLoad : ILoadSender
{
    private readonly HttpClient _http;
    private readonly int _concurrency;

    public HttpClientLoad(string baseUrl, int concurrency, string authorization)
    {
        _concurrency = concurrency;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5)
        }) { BaseAddress = new Uri(baseUrl) };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
    }

    public object[] Encode(string path, byte[][] bodies) => bodies.Select(body => (object)(path, body)).ToArray();

    public async Task RunAsync(object[] requests, double[] latencies, HttpStatusCode[] statuses)
    {
        var next = -1L;
        await Task.WhenAll(Enumerable.Range(0, _concurrency).Select(async _ =>
        {
            long id;
            while ((id = Interlocked.Increment(ref next)) < requests.Length)
            {
                var (path, body) = ((string, byte[]))requests[id];
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(body);
                content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
                using var response = await _http.PostAsync(path, content);
                statuses[id] = response.StatusCode;
                latencies[id] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
