using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// Reads a create/update body (webhooks.md §2) into a <see cref="WebhookSubscription"/>. PUT replaces the
/// whole object, so absent members take their defaults in both cases. Violations are 400 (D2, D32):
/// PUSH without an absolute http(s) <c>targetUrl</c>, missing or empty <c>tagSets</c> or an empty set,
/// blank tags (any other string is a tag, D85), unknown enum values, members of the wrong JSON type.
/// </summary>
public static class SubscriptionInput
{
    private static readonly string[] Methods = ["POST", "PUT", "PATCH"];

    /// <summary>The longest subscription identifier accepted.</summary>
    public const int MaxIdentifierChars = 1_000;

    public sealed record Error(string Message, string? Value);

    public static WebhookSubscription? Parse(string body, out Error? error)
    {
        error = null;
        JsonObject? o;
        try { o = JsonNode.Parse(body) as JsonObject; }
        catch (JsonException) { o = null; }
        if (o is null) return Fail<WebhookSubscription>(out error, "The body must be a JSON subscription object.", null);
        try
        {
            return Read(o, out error);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
        {
            return Fail<WebhookSubscription>(out error, "A member has the wrong JSON type: " + ex.Message, null);
        }
    }

    private static WebhookSubscription? Read(JsonObject o, out Error? error)
    {
        error = null;
        var identifier = Str(o, "identifier");
        if (string.IsNullOrWhiteSpace(identifier)) return Fail<WebhookSubscription>(out error, "identifier is required.", "identifier");
        // Issue 9: a 25 MB identifier was accepted; it is a name, bounded like one.
        if (identifier.Length > MaxIdentifierChars)
            return Fail<WebhookSubscription>(out error, $"identifier is too long: {identifier.Length} characters are over the limit of {MaxIdentifierChars}.", "identifier");
        var deliveryType = Enum(o, "deliveryType", DeliveryTypes.All, null, out error);
        if (error is not null) return null;
        if (deliveryType is null) return Fail<WebhookSubscription>(out error, "deliveryType is required (PUSH or PULL).", "deliveryType");
        var tagSets = TagSets(o, out error);
        if (tagSets is null) return null;
        var payloadMode = Enum(o, "payloadMode", PayloadModes.All, PayloadModes.Default, out error);
        if (error is not null) return null;
        var constraint = Enum(o, "workspaceConstraint", WorkspaceConstraints.All, WorkspaceConstraints.Workspace, out error);
        if (error is not null) return null;
        var targetUrl = Str(o, "targetUrl");
        var targetMethod = Str(o, "targetMethod")?.Trim().ToUpperInvariant();
        if (deliveryType == DeliveryTypes.Push)
        {
            if (string.IsNullOrWhiteSpace(targetUrl)) return Fail<WebhookSubscription>(out error, "A PUSH subscription needs a targetUrl.", "targetUrl");
            if (!Uri.TryCreate(targetUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                return Fail<WebhookSubscription>(out error, $"targetUrl '{targetUrl}' is not an absolute http or https URL.", targetUrl);
            targetMethod ??= "POST";
            if (!Methods.Contains(targetMethod))
                return Fail<WebhookSubscription>(out error, $"targetMethod '{targetMethod}' is not supported; use POST, PUT or PATCH.", targetMethod);
        }
        var maxBatchSize = o["maxBatchSize"] is { } m ? m.GetValue<int>() : WebhookSubscription.DefaultMaxBatchSize;
        if (maxBatchSize < 1) return Fail<WebhookSubscription>(out error, "maxBatchSize must be at least 1 (KiB).", maxBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new WebhookSubscription
        {
            Identifier = identifier.Trim(),
            DeliveryType = deliveryType,
            TagSets = tagSets,
            UserId = Guid.TryParse(Str(o, "userId"), out var userId) ? userId : null,
            TargetUrl = targetUrl,
            TargetMethod = targetMethod,
            AuthorizationHeader = Str(o, "authorizationHeader"),
            Callback = Str(o, "callback"),
            IgnoreError = o["ignoreError"]?.GetValue<bool>() ?? false,
            MaxBatchSize = maxBatchSize,
            WorkspaceConstraint = constraint!,
            Visibility = Str(o, "visibility"),
            PayloadMode = payloadMode!,
            Active = o["active"]?.GetValue<bool>() ?? true
        };
    }

    private static List<List<string>>? TagSets(JsonObject o, out Error? error)
    {
        error = null;
        if (o["tagSets"] is not JsonArray outer || outer.Count == 0)
            return Fail<List<List<string>>>(out error, "tagSets must be a non-empty array of tag sets.", "tagSets");
        var result = new List<List<string>>();
        foreach (var inner in outer)
        {
            if (inner is not JsonArray set || set.Count == 0)
                return Fail<List<List<string>>>(out error, "Each tag set must be a non-empty array of tags.", "tagSets");
            var tags = new List<string>();
            foreach (var t in set)
            {
                // D85: tag sets are labels matched against events, so any non-blank string is accepted
                // (LeanIX's own automation subscribes to ["MTM","WORKSPACE_DELETE"], ["integrations","CONNECTOR_CREATED"]).
                var tag = t?.GetValue<string>();
                if (string.IsNullOrWhiteSpace(tag)) return Fail<List<List<string>>>(out error, "A tag must be a non-empty string.", "tagSets");
                tags.Add(tag);
            }
            result.Add(tags);
        }
        return result;
    }

    /// <summary>Enum members compare case-insensitively and are stored upper-case.</summary>
    private static string? Enum(JsonObject o, string name, string[] allowed, string? fallback, out Error? error)
    {
        error = null;
        var raw = Str(o, name);
        if (raw is null) return fallback;
        var value = raw.Trim().ToUpperInvariant();
        if (allowed.Contains(value)) return value;
        error = new Error($"{name} '{raw}' is invalid; use {string.Join(", ", allowed)}.", raw);
        return null;
    }

    private static string? Str(JsonObject o, string name) => o[name]?.GetValue<string>();

    private static T? Fail<T>(out Error? error, string message, string? value) where T : class
    {
        error = new Error(message, value);
        return null;
    }
}
