using Microsoft.AspNetCore.Http.Features;

namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Enforces <see cref="RequestLimits"/> with the service's error body (D79): 414 for a long URL, 431
/// for a large header block, 413 for a body whose declared length is over the limit. A body without a
/// declared length is cut by Kestrel's body limit (set to the same value), which surfaces as
/// <see cref="BadHttpRequestException"/> and is answered by <see cref="ErrorBodies"/>.
/// </summary>
public static class RequestLimitMiddleware
{
    public static void ConfigureKestrel(WebApplicationBuilder builder, RequestLimits limits)
    {
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = limits.MaxBodyBytes;
            k.Limits.MaxRequestLineSize = Math.Max(RequestLimits.KestrelHardLimitBytes, limits.MaxUrlBytes + 1024);
            k.Limits.MaxRequestHeadersTotalSize = Math.Max(RequestLimits.KestrelHardLimitBytes, limits.MaxHeaderBytes + 1024);
        });
    }

    public static WebApplication UseRequestLimits(this WebApplication app, RequestLimits limits)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var urlBytes = (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
            if (urlBytes > limits.MaxUrlBytes)
            {
                await ErrorBodies.WriteAsync(context, 414, $"URI too long: more than {limits.MaxUrlBytes} bytes (limit maxUrlBytes)");
                return;
            }
            long headerBytes = 0;
            foreach (var (name, values) in request.Headers)
            {
                headerBytes += name.Length + 4;
                foreach (var value in values) headerBytes += value?.Length ?? 0;
            }
            if (headerBytes > limits.MaxHeaderBytes)
            {
                await ErrorBodies.WriteAsync(context, 431, $"Request header fields too large: more than {limits.MaxHeaderBytes} bytes (limit maxHeaderBytes)");
                return;
            }
            if (request.ContentLength > limits.MaxBodyBytes)
            {
                await ErrorBodies.WriteAsync(context, 413, $"Request body too large: more than {limits.MaxBodyBytes} bytes (limit maxBodyBytes)");
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limits.MaxBodyBytes;
            await next(context);
        });
        return app;
    }
}
