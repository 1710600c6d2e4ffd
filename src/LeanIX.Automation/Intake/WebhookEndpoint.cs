using System.Text.Json;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>
    /// The endpoint as a plain request delegate over the singletons it needs, resolved once: no per-request parameter
    /// binding or result object on the path every delivery takes.
    /// </summary>
    public static RequestDelegate Create(IServiceProvider services)
    {
        var credentials = services.GetRequiredService<WebhookCredentials>();
        var inbox = services.GetRequiredService<IEventInbox>();
        var options = services.GetRequiredService<IOptions<AutomationOptions>>();
        var log = services.GetRequiredService<IntakeLog>();
        return http => HandleAsync(http, credentials, inbox, options.Value.Webhook.MaxBodyBytes, log);
    }

    private static async Task HandleAsync(HttpContext http, WebhookCredentials credentials, IEventInbox inbox, long max, IntakeLog log)
    {
        if (!credentials.Accepts(http.Request.Headers.Authorization.ToString()))
        {
            await AnswerAsync(http, StatusCodes.Status401Unauthorized, "Missing or wrong basic-auth credentials.").ConfigureAwait(false);
            return;
        }
        if (http.Request.ContentLength > max)
        {
            await TooLargeAsync(http, max).ConfigureAwait(false);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max + 1; // our own check below answers 413 with a message; Kestrel's default would cut at 30 MB
        using var body = await PooledBody.ReadAsync(http.Request.Body, http.Request.ContentLength, max, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await TooLargeAsync(http, max).ConfigureAwait(false);
            return;
        }

        IncomingEvent incoming;
        try
        {
            incoming = IncomingEvents.From(body.Memory, "push");
        }
        catch (InvalidEventException e)
        {
            await AnswerAsync(http, StatusCodes.Status400BadRequest, e.Message).ConfigureAwait(false);
            return;
        }
        // Not cancelled when the sender gives up: the commit takes milliseconds and is never abandoned half-way, and a
        // cancellable wait would cost every delivery a registration and one more continuation.
        var added = await inbox.AppendAsync([incoming], CancellationToken.None).ConfigureAwait(false);
        if (log.Logger.IsEnabled(LogLevel.Debug)) LogReceived(log.Logger, incoming.EventType, incoming.FactSheetId, added == 0);
        var answer = added == 0 ? AlreadyReceived : Stored;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = JsonContentType;
        http.Response.ContentLength = answer.Length;
        await http.Response.Body.WriteAsync(answer, http.RequestAborted).ConfigureAwait(false);
    }

    private const string JsonContentType = "application/json; charset=utf-8";

    private static Task TooLargeAsync(HttpContext http, long max) =>
        AnswerAsync(http, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {max} bytes.");

    private static Task AnswerAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = JsonContentType;
        return JsonSerializer.SerializeAsync(http.Response.Body, new EndpointAnswer("ERROR", message), IntakeJsonContext.Default.EndpointAnswer, http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "PUSH event {EventType} for fact sheet {FactSheetId} stored (duplicate: {Duplicate})")]
    private static partial void LogReceived(ILogger logger, string? eventType, Guid? factSheetId, bool duplicate);
}
