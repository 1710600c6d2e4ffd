using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Hosting;

/// <summary>
/// D2/D79: every status the emulator produces carries the service's error body, the framework's own
/// answers included (404 unknown route, 405, 413, 414, 415, 431) and any unexpected exception (500).
/// The token endpoint's errors use its OAuth shape (D4); everything else the D2 envelope.
/// </summary>
public static class ErrorBodies
{
    public static WebApplication UseErrorBodies(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LeanIX.Emulator.Errors");
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                // Kestrel's own refusals surfacing while the body is read (over-long body → 413, truncated → 400).
                await WriteAsync(context, e.StatusCode, e.StatusCode == 413 ? "Request body too large" : "Bad request: " + e.Message);
            }
            catch (LeanIX.Emulator.Store.StoredValueTooLargeException e) when (!context.Response.HasStarted)
            {
                // A writer that did not check sizes itself: still a clear refusal, nothing was stored.
                await WriteAsync(context, 400, e.Message);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away; nobody is left to answer.
            }
            catch (Exception e) when (!context.Response.HasStarted)
            {
                logger.LogError(e, "Unhandled error on {Path}", context.Request.Path);
                await WriteAsync(context, 500, "Internal server error");
            }
        });
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            await WriteAsync(context, context.Response.StatusCode, DefaultMessage(context.Response.StatusCode));
        });
        return app;
    }

    /// <summary>Writes the error body the path's service uses.</summary>
    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        if (context.Request.Path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase))
            return TokenEndpoint.WriteOAuthErrorAsync(context, status, status == 413 ? "invalid_request" : OAuthErrorOf(status), message);
        return Envelope.WriteErrorAsync(context, status, message, context.Request.Path.Value);
    }

    private static string OAuthErrorOf(int status) => status switch
    {
        >= 500 => "server_error",
        _ => "invalid_request"
    };

    private static string DefaultMessage(int status) => status switch
    {
        404 => "Not found: no such route",
        405 => "Method not allowed",
        413 => "Request body too large",
        414 => "URI too long",
        415 => "Unsupported media type",
        431 => "Request header fields too large",
        _ => ReasonPhrase(status)
    };

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error " + status;
}
