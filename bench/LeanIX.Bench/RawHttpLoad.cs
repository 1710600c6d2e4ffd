using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LeanIX.Bench;

/// <summary>
/// A lean HTTP/1.1 load generator in the manner of wrk: one kept-alive socket per concurrent client, every request
/// encoded before the clock starts, the answer read only as far as its status and length. In production the deliveries
/// come from LeanIX's servers, whose CPU is not ours; on this 2-core machine HttpClient's own work per request is about
/// as large as the host's, so a cheap sender keeps the figures about the host. HttpClient stays available for comparison.
/// </summary>
internal sealed class RawHttpLoad : ILoadSender
{
    private readonly Socket[] _sockets;
    private readonly string _prefix;

    private RawHttpLoad(Socket[] sockets, string prefix)
    {
        _sockets = sockets;
        _prefix = prefix;
    }

    /// <summary>Opens <paramref name="concurrency"/> connections to <paramref name="baseUrl"/>.</summary>
    public static async Task<RawHttpLoad> ConnectAsync(string baseUrl, int concurrency, string authorization)
    {
        var uri = new Uri(baseUrl);
        var sockets = new Socket[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            sockets[i] = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await sockets[i].ConnectAsync(IPAddress.Loopback, uri.Port);
        }
        var prefix = $"Host: {uri.Authority}\r\nAuthorization: {authorization}\r\nContent-Type: application/json; charset=utf-8\r\n";
        return new RawHttpLoad(sockets, prefix);
    }

    /// <summary>Each whole request (head and body in one array, sent with one call), encoded once.</summary>
    public object[] Encode(string path, byte[][] bodies) => bodies.Select(body =>
    {
        var head = Encoding.ASCII.GetBytes($"POST {path} HTTP/1.1\r\n{_prefix}Content-Length: {body.Length}\r\n\r\n");
        return (object)(byte[])[.. head, .. body];
    }).ToArray();

    /// <summary>
    /// Sends the requests from all connections at once, each connection its next request as soon as the previous one is
    /// answered; records each answer's time (ms) and status.
    /// </summary>
    public async Task RunAsync(object[] requests, double[] latencies, HttpStatusCode[] statuses)
    {
        var next = -1L;
        await Task.WhenAll(_sockets.Select(socket => Task.Run(async () =>
        {
            var buffer = new byte[16 * 1024];
            long id;
            while ((id = Interlocked.Increment(ref next)) < requests.Length)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await socket.SendAsync((byte[])requests[id], SocketFlags.None);
                statuses[id] = await ReadAnswerAsync(socket, buffer);
                latencies[id] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
    }

    /// <summary>Reads one answer: headers, then Content-Length bytes (the host answers every intake request with a length).</summary>
    private static async Task<HttpStatusCode> ReadAnswerAsync(Socket socket, byte[] buffer)
    {
        var length = 0;
        while (true)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(length), SocketFlags.None);
            if (read == 0) throw new IOException("The host closed the connection.");
            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end < 0) continue;
            var head = buffer.AsSpan(0, end);
            if (!Utf8Parser.TryParse(head[9..12], out int status, out _))
                throw new IOException("Not an HTTP answer: " + Encoding.ASCII.GetString(head[..Math.Min(head.Length, 40)]));
            var bodyLength = ContentLength(head);
            while (length < end + 4 + bodyLength)
            {
                read = await socket.ReceiveAsync(buffer.AsMemory(length), SocketFlags.None);
                if (read == 0) throw new IOException("The host closed the connection.");
                length += read;
            }
            return (HttpStatusCode)status;
        }
    }

    private static int ContentLength(ReadOnlySpan<byte> head)
    {
        var at = head.IndexOf("\r\nContent-Length: "u8);
        if (at < 0) throw new IOException("The answer has no Content-Length.");
        var value = head[(at + 18)..];
        return Utf8Parser.TryParse(value, out int length, out _) ? length : throw new IOException("Bad Content-Length.");
    }

    public ValueTask DisposeAsync()
    {
        foreach (var socket in _sockets) socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
