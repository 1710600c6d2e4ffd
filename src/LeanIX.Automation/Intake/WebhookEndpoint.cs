using System.Text.Json;
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
    // The two success answers never change: serialized once.
    private static readonly byte[] Stored = JsonSerializer.SerializeToUtf8Bytes(new EndpointAnswer("OK", "Stored."), IntakeJsonContext.Default.EndpointAnswer);
    private static readonly byte[] AlreadyReceived = JsonSerializer.SerializeToUtf8Bytes(new EndpointAnswer("OK", "Already received."), IntakeJsonContext.Default.EndpointAnswer);

    public static async Task<IResult> HandleAsync(HttpContext http, WebhookCredentials credentials, IEventInbox inbox,
        IOptions<AutomationOptions> options, IntakeLog log, CancellationToken cancellationToken)
    {
        if (!credentials.Accepts(http.Request.Headers.Authorization.ToString()))
            return Results.Json(new EndpointAnswer("ERROR", "Missing or wrong basic-auth credentials."), IntakeJsonContext.Default.EndpointAnswer, statusCode: StatusCodes.Status401Unauthorized);

        var max = options.Value.Webhook.MaxBodyBytes;
        if (http.Request.ContentLength > max)
            return TooLarge(max);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max + 1; // our own check below answers 413 with a message; Kestrel's default would cut at 30 MB
        using var body = await PooledBody.ReadAsync(http.Request.Body, http.Request.ContentLength, max, cancellationToken).ConfigureAwait(false);
        if (body is null)
            return TooLarge(max);

        IncomingEvent incoming;
        try
        {
            incoming = IncomingEvents.From(body.Memory, "push");
        }
        catch (InvalidEventException e)
        {
            return Results.Json(new EndpointAnswer("ERROR", e.Message), IntakeJsonContext.Default.EndpointAnswer, statusCode: StatusCodes.Status400BadRequest);
        }
        var added = await inbox.AppendAsync([incoming], cancellationToken).ConfigureAwait(false);
        if (log.Logger.IsEnabled(LogLevel.Debug)) LogReceived(log.Logger, incoming.EventType, incoming.FactSheetId, added == 0);
        return Results.Bytes(added == 0 ? AlreadyReceived : Stored, "application/json; charset=utf-8");
    }

    private static IResult TooLarge(long max) =>
        Results.Json(new EndpointAnswer("ERROR", $"The body is larger than {max} bytes."), IntakeJsonContext.Default.EndpointAnswer, statusCode: StatusCodes.Status413PayloadTooLarge);

    [LoggerMessage(Level = LogLevel.Debug, Message = "PUSH event {EventType} for fact sheet {FactSheetId} stored (duplicate: {Duplicate})")]
    private static partial void LogReceived(ILogger logger, string? eventType, Guid? factSheetId, bool duplicate);
}
