using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// <c>/services/webhooks/v1</c> (webhooks.md §1–4). Answers are D1 envelopes (<c>Subscription</c>,
/// <c>PullResult</c>, <c>Delivery</c>, <c>BasicResponse</c>), failures D2 bodies. A token sees only its
/// own workspace's subscriptions; an unknown or malformed id is 404.
/// </summary>
public static class WebhookEndpoints
{
    public const string Base = "/services/webhooks/v1";

    /// <summary>webhooks.md §1: GET …/events long-polls 10 s unless told otherwise.</summary>
    private const int DefaultPullTimeoutSeconds = 10;

    public static WebApplication MapWebhookEndpoints(this WebApplication app)
    {
        app.MapGet(Base + "/subscriptions", (Func<HttpContext, IResult>)List);
        app.MapPost(Base + "/subscriptions", (Func<HttpContext, Task<IResult>>)CreateAsync);
        app.MapGet(Base + "/subscriptions/status", (Func<HttpContext, IResult>)AllStatuses);
        app.MapGet(Base + "/subscriptions/{id}", (HttpContext c, string id) => Run(c, id, (hub, g) => Ok(hub.Get(g))));
        app.MapPut(Base + "/subscriptions/{id}", UpdateAsync);
        app.MapDelete(Base + "/subscriptions/{id}", (HttpContext c, string id) => Run(c, id, (hub, g) => Ok(hub.Delete(g))));
        app.MapGet(Base + "/subscriptions/{id}/status", (HttpContext c, string id) =>
            Run(c, id, (hub, g) => Envelope.OkResult("SubscriptionStatus", hub.Status(g).ToJson(), 1)));
        app.MapGet(Base + "/subscriptions/{id}/deliveries", Deliveries);
        app.MapGet(Base + "/subscriptions/{id}/events", PullAsync);
        app.MapPut(Base + "/subscriptions/{id}/cursor", SetCursorAsync);
        app.MapGet(Base + "/eventTags", (Func<HttpContext, IResult>)(_ =>
            Envelope.OkResult("EventTag", new JsonArray(EventTags.All.Select(t => (JsonNode?)t).ToArray()), EventTags.All.Count)));
        return app;
    }

    private static IResult List(HttpContext context)
    {
        var identifier = context.Request.Query["identifier"].FirstOrDefault();
        var list = Hub(context).List(string.IsNullOrEmpty(identifier) ? null : identifier);
        return Envelope.OkResult("Subscription", new JsonArray(list.Select(s => (JsonNode?)s.ToJson()).ToArray()), list.Count);
    }

    /// <summary>HTTP 200 with the D1 envelope, as LeanIX's own provisioning checks (webhooks.md §1, D32).</summary>
    private static async Task<IResult> CreateAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context);
        if (SubscriptionInput.Parse(body, out var error) is not { } input)
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error!.Message, error.Value);
        return Ok(Hub(context).Create(input, context.Principal().UserId));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string id)
    {
        var body = await ReadBodyAsync(context);
        return Run(context, id, (hub, g) =>
        {
            hub.Get(g); // 404 before 400 for an unknown id
            return SubscriptionInput.Parse(body, out var error) is { } input
                ? Ok(hub.Update(g, input))
                : Envelope.ErrorResult(StatusCodes.Status400BadRequest, error!.Message, error.Value);
        });
    }

    private static IResult AllStatuses(HttpContext context)
    {
        var statuses = Hub(context).Statuses();
        return Envelope.OkResult("SubscriptionStatus", new JsonArray(statuses.Select(s => (JsonNode?)s.ToJson()).ToArray()), statuses.Count);
    }

    /// <summary>webhooks.md §1: page 1-indexed (0 taken as 1), size default 30 clamped to 100, sort createdAt-desc.</summary>
    private static IResult Deliveries(HttpContext context, string id)
    {
        var query = context.Request.Query;
        if (PageRequest.Parse(query, out var error) is not { } paging)
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, error!.Value.Message, error.Value.Param);
        var sort = query["sort"].FirstOrDefault() ?? "createdAt-desc";
        bool newestFirst;
        switch (sort.ToLowerInvariant())
        {
            case "createdat-desc" or "createdat,desc": newestFirst = true; break;
            case "createdat-asc" or "createdat,asc" or "createdat": newestFirst = false; break;
            default: return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"sort '{sort}' is not supported; use createdAt-desc or createdAt-asc.", sort);
        }
        return Run(context, id, (hub, g) =>
        {
            var (items, total) = hub.Deliveries(g, paging.Page, paging.Size, newestFirst);
            return Envelope.OkResult("Delivery", new JsonArray(items.Select(d => (JsonNode?)d.ToJson()).ToArray()), total);
        });
    }

    /// <summary>D27 PULL: <c>autoCommit</c> (default false), <c>timeout</c> seconds (default 10, 0 = at once).</summary>
    private static async Task<IResult> PullAsync(HttpContext context, string id, WebhookService webhooks)
    {
        var query = context.Request.Query;
        var autoCommitText = query["autoCommit"].FirstOrDefault();
        var autoCommit = false;
        if (autoCommitText is not null && !bool.TryParse(autoCommitText, out autoCommit))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, "autoCommit must be true or false.", autoCommitText);
        if (!TryInt(query["timeout"], DefaultPullTimeoutSeconds, out var timeout) || timeout < 0)
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, "timeout must be a non-negative number of seconds.", query["timeout"]);
        timeout = Math.Min(timeout, webhooks.Options.MaxPullTimeoutSeconds);
        if (!Guid.TryParse(id, out var guid)) return NotFound(id);
        try
        {
            var result = await Hub(context).PullAsync(guid, autoCommit, TimeSpan.FromSeconds(timeout), context.RequestAborted);
            return Envelope.OkResult("PullResult", result.ToJson(webhooks.BaseUrl), result.Events.Count);
        }
        catch (WebhookException ex)
        {
            return Envelope.ErrorResult(ex.Status, ex.Message, ex.Value);
        }
    }

    /// <summary>D27: body <c>{"offset": n}</c>; answers a BasicResponse.</summary>
    private static async Task<IResult> SetCursorAsync(HttpContext context, string id)
    {
        var body = await ReadBodyAsync(context);
        long? offset = null;
        try
        {
            if (JsonNode.Parse(body) is JsonObject o && o["offset"] is JsonValue v) offset = v.GetValue<long>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException) { }
        if (offset is not { } n)
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, "The body must be {\"offset\": <integer>}.", body.Length > 200 ? body[..200] : body);
        return Run(context, id, (hub, g) =>
        {
            hub.SetCursor(g, n);
            return Envelope.OkResult("BasicResponse", null, 0);
        });
    }

    private static IResult Run(HttpContext context, string id, Func<WorkspaceWebhooks, Guid, IResult> action)
    {
        if (!Guid.TryParse(id, out var guid)) return NotFound(id);
        try
        {
            return action(Hub(context), guid);
        }
        catch (WebhookException ex)
        {
            return Envelope.ErrorResult(ex.Status, ex.Message, ex.Value);
        }
    }

    private static IResult Ok(WebhookSubscription s) => Envelope.OkResult("Subscription", s.ToJson(), 1);

    private static IResult NotFound(string id) =>
        Envelope.ErrorResult(StatusCodes.Status404NotFound, $"Subscription '{id}' does not exist.", id);

    private static WorkspaceWebhooks Hub(HttpContext context) =>
        context.RequestServices.GetRequiredService<WebhookService>().For(context.Principal().Workspace);

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync(context.RequestAborted);
    }

    private static bool TryInt(Microsoft.Extensions.Primitives.StringValues values, int fallback, out int value)
    {
        var text = values.FirstOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
