using LeanIX.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeanIX.Emulator.Tests.Hosting;

/// <summary>
/// A loopback server with only <see cref="BandwidthMiddleware"/> in front of a body of known bytes, so the
/// pacing is measured without the emulator's own serving time. <c>/body/N</c> answers N deterministic bytes;
/// <c>/stream</c> names the response stream type the handler writes to.
/// </summary>
public sealed class PacedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PacedServer(WebApplication app, EmulatorOptions options)
    {
        _app = app;
        Options = options;
        Http = new HttpClient { BaseAddress = new Uri(EmulatorHost.BaseUrlOf(app) + "/") };
    }

    public EmulatorOptions Options { get; }
    public HttpClient Http { get; }

    public static byte[] Body(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    public static async Task<PacedServer> StartAsync(int bandwidthKbps)
    {
        var options = new EmulatorOptions { BandwidthKbps = bandwidthKbps };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(options);
        var app = builder.Build();
        app.UseMiddleware<BandwidthMiddleware>();
        app.MapGet("/body/{length:int}", async (HttpContext context, int length) =>
        {
            var body = Body(length);
            context.Response.ContentLength = length;
            // Several writes of uneven sizes, as a serializer would make them.
            for (var offset = 0; offset < length; offset += 50_000)
                await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(50_000, length - offset)));
        });
        app.MapGet("/stream", (HttpContext context) => context.Response.WriteAsync(context.Response.Body.GetType().Name));
        await app.StartAsync();
        return new PacedServer(app, options);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
