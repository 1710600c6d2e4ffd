using System.Collections.Concurrent;
using LeanIX.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>
/// A real HTTP listener on 127.0.0.1 standing in for a customer's webhook endpoint: it checks the
/// Authorization header, answers scripted statuses first (e.g. three 500s) and records every request.
/// </summary>
public sealed class PushReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReceivedRequest> _received = [];
    private readonly Lock _lock = new();

    public sealed record ReceivedRequest(string Method, string? Authorization, string? ContentType, string Body, int AnsweredStatus);

    private PushReceiver(WebApplication app, string? expectedAuthorization)
    {
        _app = app;
        ExpectedAuthorization = expectedAuthorization;
    }

    public string Url { get; private set; } = "";

    /// <summary>Statuses answered to the next requests before the receiver answers 200.</summary>
    public ConcurrentQueue<int> Script { get; } = new();

    public string? ExpectedAuthorization { get; }

    public IReadOnlyList<ReceivedRequest> Received
    {
        get { lock (_lock) return [.. _received]; }
    }

    public static async Task<PushReceiver> StartAsync(string? expectedAuthorization = "Basic ZGVtbzpkZW1v")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new PushReceiver(app, expectedAuthorization);
        app.Map("/hook", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = EmulatorHost.BaseUrlOf(app) + "/hook";
        return receiver;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var authorization = context.Request.Headers.Authorization.FirstOrDefault();
        var status = ExpectedAuthorization is not null && authorization != ExpectedAuthorization
            ? StatusCodes.Status401Unauthorized
            : Script.TryDequeue(out var scripted) ? scripted : StatusCodes.Status200OK;
        lock (_lock)
            _received.Add(new ReceivedRequest(context.Request.Method, authorization, context.Request.ContentType, body, status));
        context.Response.StatusCode = status;
        await context.Response.WriteAsync(status == 200 ? "thanks" : $"refused with {status}");
    }

    /// <summary>
    /// Waits (a bounded poll: the emulator's PUSH worker runs on its own) until <paramref name="predicate"/>
    /// holds for the received requests; <paramref name="between"/> runs between polls, e.g. to advance
    /// the fake clock so that a retry falls due.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedRequest>> WaitUntilAsync(Func<IReadOnlyList<ReceivedRequest>, bool> predicate, Action? between = null, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            var snapshot = Received;
            if (predicate(snapshot)) return snapshot;
            between?.Invoke();
            await Task.Delay(25);
        }
        Assert.Fail($"The receiver did not get the expected requests in {seconds} s; got {Received.Count}: "
            + string.Join(" | ", Received.Select(r => $"{r.AnsweredStatus} {r.Body[..Math.Min(80, r.Body.Length)]}")));
        return [];
    }

    public int Successes => Received.Count(r => r.AnsweredStatus == 200);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
