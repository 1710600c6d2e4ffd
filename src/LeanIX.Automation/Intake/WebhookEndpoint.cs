using System.Text;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Intake;

/// <summary>
/// The PUSH endpoint: checks the credentials (401), the size (413 beyond <see cref="WebhookOptions.MaxBodyBytes"/>,
/// webhooks.md §5: LeanIX payloads are at most 20 MB) and the body (400 with a message), then stores the event in the
/// inbox and answers 200 only after the commit.
/// </summary>
internal static partial class WebhookEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, WebhookCredentials credentials, IEventInbox inbox,
        IOptions<AutomationOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!credentials.Accepts(http.Request.Headers.Authorization.ToString()))
            return Results.Json(new EndpointAnswer("ERROR", "Missing or wrong basic-auth credentials."), IntakeJsonContext.Default.EndpointAnswer, statusCode: StatusCodes.Status401Unauthorized);

        var max = options.Value.Webhook.MaxBodyBytes;
        if (http.Request.ContentLength > max)
            return TooLarge(max);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max + 1; // our own check below answers 413 with a message; Kestrel's default would cut at 30 MB
        var body = await ReadLimitedAsync(http.Request.Body, max, cancellationToken).ConfigureAwait(false);
        if (body is null)
            return TooLarge(max);

        IncomingEvent incoming;
        try
        {
            incoming = IncomingEvents.From(body, "push");
        }
        catch (InvalidEventException e)
        {
            return Results.Json(new EndpointAnswer("ERROR", e.Message), IntakeJsonContext.Default.EndpointAnswer, statusCode: StatusCodes.Status400BadRequest);
        }
        var added = await inbox.AppendAsync([incoming], cancellationToken).ConfigureAwait(false);
        LogReceived(loggers.CreateLogger("LeanIX.Automation.Intake"), incoming.EventType, incoming.FactSheetId, added == 0);
        return Results.Json(new EndpointAnswer("OK", added == 0 ? "Already received." : "Stored."), IntakeJsonContext.Default.EndpointAnswer);
    }

    private static IResult TooLarge(long max) =>
        Results.Json(new EndpointAnswer("ERROR", $"The body is larger than {max} bytes."), IntakeJsonContext.Default.EndpointAnswer, statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>Reads the body as UTF-8, or null as soon as it passes <paramref name="max"/> bytes (chunked bodies have no length).</summary>
    private static async Task<string?> ReadLimitedAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "PUSH event {EventType} for fact sheet {FactSheetId} stored (duplicate: {Duplicate})")]
    private static partial void LogReceived(ILogger logger, string? eventType, Guid? factSheetId, bool duplicate);
}
