using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client.Webhooks;

/// <summary>
/// Webhook subscriptions (<c>lx.Webhooks</c>): the webhooks service at <c>/services/webhooks/v1</c> (webhooks.md).
/// Reading, managing and repairing subscriptions, and reading PULL batches.
/// </summary>
public sealed class WebhooksClient
{
    private const string Base = "services/webhooks/v1/subscriptions";
    private readonly LeanIXClient _client;

    internal WebhooksClient(LeanIXClient client) => _client = client;

    // ---- Reading -------------------------------------------------------------------------------------------------

    /// <summary>Every subscription of the workspace, or only those with this <paramref name="identifier"/> (webhooks.md §1).</summary>
    public async Task<IReadOnlyList<WebhookSubscription>> GetAllAsync(string? identifier = null, CancellationToken cancellationToken = default)
    {
        var query = identifier is null ? null : new Dictionary<string, string?> { ["identifier"] = identifier };
        var body = await _client.RequestAsync(Base, HttpMethod.Get, null, query, cancellationToken).ConfigureAwait(false);
        return (body?["data"] as JsonArray ?? []).OfType<JsonNode>().Select(ToSubscription).ToList();
    }

    /// <summary>One subscription.</summary>
    /// <exception cref="LeanIXNotFoundException">No subscription has this id.</exception>
    public async Task<WebhookSubscription> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        return DataOf(await _client.RequestAsync($"{Base}/{id}", HttpMethod.Get, null, null, cancellationToken).ConfigureAwait(false), "Get subscription");
    }

    /// <summary>The delivery state of a subscription (<c>GET /subscriptions/{id}/status</c>, 2026 spec only; webhooks.md §1).</summary>
    public async Task<WebhookSubscriptionStatus> GetStatusAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        var body = await _client.RequestAsync($"{Base}/{id}/status", HttpMethod.Get, null, null, cancellationToken).ConfigureAwait(false);
        return body?["data"] is JsonObject data
            ? data.Deserialize(WebhooksJsonContext.Default.WebhookSubscriptionStatus)!
            : throw new LeanIXRequestFailedException("Get subscription status: the response holds no status.", $"GET /{Base}/{id}/status");
    }

    /// <summary>The delivery state of every subscription (<c>GET /subscriptions/status</c>).</summary>
    public async Task<IReadOnlyList<WebhookSubscriptionStatus>> GetAllStatusesAsync(CancellationToken cancellationToken = default)
    {
        var body = await _client.RequestAsync($"{Base}/status", HttpMethod.Get, null, null, cancellationToken).ConfigureAwait(false);
        return (body?["data"] as JsonArray ?? []).OfType<JsonNode>()
            .Select(n => n.Deserialize(WebhooksJsonContext.Default.WebhookSubscriptionStatus)!).ToList();
    }

    /// <summary>
    /// The next PULL batch (webhooks.md §4, D27). Without <paramref name="autoCommit"/>, the same batch comes again until
    /// <see cref="AdvanceCursorAsync"/> commits it. The service long-polls up to <paramref name="timeoutSeconds"/> when no
    /// event is waiting, so the client's <see cref="LeanIXClientOptions.Timeout"/> must be longer. Read a subscription
    /// from one reader only: concurrent pulls are rejected.
    /// </summary>
    public async Task<PullResult> GetEventsAsync(Guid id, bool autoCommit = false, int timeoutSeconds = 10, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        CheckPullTimeout(timeoutSeconds);
        var query = new Dictionary<string, string?> { ["autoCommit"] = autoCommit ? "true" : "false", ["timeout"] = timeoutSeconds.ToString() };
        var body = await _client.RequestAsync($"{Base}/{id}/events", HttpMethod.Get, null, query, cancellationToken).ConfigureAwait(false)
            ?? throw new LeanIXRequestFailedException("The PULL read answered with an empty body.", $"GET /{Base}/{id}/events");
        return PullResult.From(body);
    }

    /// <summary>
    /// Commits the PULL cursor: the next read starts at <paramref name="offset"/> (D27). Pass <see cref="PullResult.NextCursor"/>
    /// after processing a batch. An offset below the committed one is refused (400).
    /// </summary>
    public async Task AdvanceCursorAsync(Guid id, long offset, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        await _client.RequestAsync($"{Base}/{id}/cursor", HttpMethod.Put, new JsonObject { ["offset"] = offset }, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a PULL subscription without end: yields each event in order and commits a batch's
    /// <see cref="PullResult.NextCursor"/> only when the consumer asks for the event after the batch, that is after
    /// it processed every event of it. Breaking out leaves the current batch uncommitted, so it comes again on the
    /// next read (at-least-once, webhooks.md §4). Ends when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async IAsyncEnumerable<PullEvent> StreamEventsAsync(Guid id, int timeoutSeconds = 10,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        CheckId(id);
        CheckPullTimeout(timeoutSeconds);
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await GetEventsAsync(id, autoCommit: false, timeoutSeconds, cancellationToken).ConfigureAwait(false);
            foreach (var e in batch.Events)
                yield return e;
            // D27: an empty batch answers nextCursor = the committed cursor, so there is nothing to commit.
            if (batch.Events.Count > 0)
                await AdvanceCursorAsync(id, batch.NextCursor, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One page of a PUSH subscription's delivery log (webhooks.md §1, §5).</summary>
    public async Task<IReadOnlyList<Delivery>> GetDeliveriesAsync(Guid id, DeliveryListOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        options ??= new DeliveryListOptions();
        options.Validate();
        var query = new Dictionary<string, string?> { ["page"] = options.Page.ToString(), ["size"] = options.Size.ToString(), ["sort"] = options.Sort };
        var body = await _client.RequestAsync($"{Base}/{id}/deliveries", HttpMethod.Get, null, query, cancellationToken).ConfigureAwait(false);
        return (body?["data"] as JsonArray ?? []).OfType<JsonNode>().Select(ToDelivery).ToList();
    }

    /// <summary>The whole delivery log, page after page (<paramref name="pageSize"/> 1 to 100), newest first unless <paramref name="sort"/> says otherwise.</summary>
    public async IAsyncEnumerable<Delivery> GetAllDeliveriesAsync(Guid id, string? sort = null, int pageSize = 100,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        CheckId(id);
        new DeliveryListOptions { Size = pageSize }.Validate();
        var query = sort is null ? null : new Dictionary<string, string?> { ["sort"] = sort };
        await foreach (var node in _client.PagesAsync($"{Base}/{id}/deliveries", query, pageSize, cancellationToken).ConfigureAwait(false))
            yield return ToDelivery(node);
    }

    // ---- Managing ------------------------------------------------------------------------------------------------

    /// <summary>Creates a subscription from <paramref name="subscription"/> (its server-assigned members are not sent) and returns it as stored.</summary>
    /// <exception cref="ArgumentException">No identifier, no tag sets, or a PUSH subscription without an absolute http(s) target URL.</exception>
    public async Task<WebhookSubscription> CreateAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        Validate(subscription, nameof(subscription));
        var body = await Redacting(subscription, () =>
            _client.RequestAsync(Base, HttpMethod.Post, ToJson(subscription.WithoutServerFields()), null, cancellationToken)).ConfigureAwait(false);
        return DataOf(body, "Create subscription");
    }

    /// <summary>
    /// Registers a webhook the way the seed toolkit does: identifier <paramref name="name"/>, every event of
    /// <see cref="WebhookTagSets.All"/> (or <paramref name="tagSets"/>), a Basic <c>Authorization</c> header from
    /// <paramref name="user"/> and <paramref name="password"/> when both are given, POST and the DEFAULT payload.
    /// <paramref name="visibility"/> is a <see cref="WebhookVisibility"/> value; events are limited to the workspace
    /// (<c>workspaceConstraint: WORKSPACE</c>).
    /// </summary>
    public Task<WebhookSubscription> RegisterWebhookAsync(string name, string? targetUrl, string? user = null, string? password = null,
        WebhookDeliveryType deliveryType = WebhookDeliveryType.Push, bool active = true, bool ignoreError = false,
        string visibility = WebhookVisibility.Workspace,
        IReadOnlyList<IReadOnlyList<string>>? tagSets = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(visibility);
        if ((user is null) != (password is null))
            throw new ArgumentException("Give both a user and a password for basic authentication, or neither.", user is null ? nameof(user) : nameof(password));
        var subscription = new WebhookSubscription
        {
            Identifier = name,
            DeliveryType = deliveryType,
            TagSets = tagSets ?? WebhookTagSets.All,
            TargetUrl = deliveryType == WebhookDeliveryType.Push ? targetUrl : null,
            TargetMethod = deliveryType == WebhookDeliveryType.Push ? "POST" : null,
            AuthorizationHeader = user is null ? null : WebhookAuthorization.Basic(user, password!),
            Active = active,
            IgnoreError = ignoreError,
            WorkspaceConstraint = WebhookWorkspaceConstraint.Workspace,
            Visibility = visibility,
            PayloadMode = WebhookPayloadMode.Default
        };
        return CreateAsync(subscription, cancellationToken);
    }

    /// <summary>Replaces a subscription with <paramref name="subscription"/> (a full update: send every setting; webhooks.md §1).</summary>
    public async Task<WebhookSubscription> UpdateAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.Id is not { } id || id == Guid.Empty)
            throw new ArgumentException("Only a subscription with an id can be updated; create it first.", nameof(subscription));
        Validate(subscription, nameof(subscription));
        var body = await Redacting(subscription, () =>
            _client.RequestAsync($"{Base}/{id}", HttpMethod.Put, ToJson(subscription), null, cancellationToken)).ConfigureAwait(false);
        return DataOf(body, "Update subscription");
    }

    /// <summary>Deletes a subscription.</summary>
    /// <exception cref="LeanIXNotFoundException">No subscription has this id.</exception>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        await _client.RequestAsync($"{Base}/{id}", HttpMethod.Delete, null, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds one event type (a tag set, e.g. <see cref="WebhookTagSets.ForPathfinder"/>) unless the subscription has it already.</summary>
    public async Task<WebhookSubscription> AddEventTypeAsync(Guid id, IReadOnlyList<string> tagSet, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        ArgumentNullException.ThrowIfNull(tagSet);
        WebhookTagSets.Validate([tagSet], nameof(tagSet));
        var current = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (WebhookTagSets.Contains(current.TagSets, tagSet)) return current;
        return await UpdateAsync(current with { TagSets = WebhookTagSets.With(current.TagSets, [tagSet]) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds one pathfinder event type by tag, e.g. <see cref="WebhookEventTags.RelationSwitch"/>.</summary>
    public Task<WebhookSubscription> AddEventTypeAsync(Guid id, string pathfinderTag, CancellationToken cancellationToken = default) =>
        AddEventTypeAsync(id, WebhookTagSets.ForPathfinder(pathfinderTag), cancellationToken);

    // ---- Repairing -----------------------------------------------------------------------------------------------

    /// <summary>
    /// Re-creates a broken PUSH subscription (deactivated after failing deliveries, webhooks.md §5): deletes it and creates
    /// one with the same settings, active, and returns the new one (it has a new id). If the service masks
    /// <c>authorizationHeader</c> on reads, set it again with <see cref="UpdateAsync"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The subscription is PULL; re-creating it would lose its cursor.</exception>
    public async Task<WebhookSubscription> RecreateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        var old = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (old.DeliveryType != WebhookDeliveryType.Push)
            throw new InvalidOperationException($"Subscription '{old.Identifier}' is PULL; only PUSH subscriptions are re-created (a new PULL subscription would start at the end of the log, D27).");
        var settings = old.WithoutServerFields() with { Active = true };
        Validate(settings, nameof(id));
        // Delete first: the identifier is the idempotency key (webhooks.md §1), so two live copies would be ambiguous.
        await DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        return await CreateAsync(settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Re-adds the further event types (<see cref="WebhookTagSets.Further"/>) that the LeanIX UI drops when a subscription is
    /// saved there (see <see cref="WebhookTagSets.WithFurtherRestored"/>). Returns the subscription, updated only if needed.
    /// </summary>
    public async Task<WebhookSubscription> FixEventTypesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        return await FixEventTypesAsync(await GetAsync(id, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fixes the event types of every subscription whose identifier contains <paramref name="toolkitName"/> (ordinal,
    /// case-insensitive) and returns them as they are afterwards.
    /// </summary>
    public async Task<IReadOnlyList<WebhookSubscription>> FixEventTypesForToolkitAsync(string toolkitName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toolkitName);
        var result = new List<WebhookSubscription>();
        foreach (var s in await GetAllAsync(null, cancellationToken).ConfigureAwait(false))
            if (s.Identifier.Contains(toolkitName, StringComparison.OrdinalIgnoreCase))
                result.Add(await FixEventTypesAsync(s, cancellationToken).ConfigureAwait(false));
        return result;
    }

    private async Task<WebhookSubscription> FixEventTypesAsync(WebhookSubscription current, CancellationToken cancellationToken)
    {
        var fixedSets = WebhookTagSets.WithFurtherRestored(current.TagSets);
        return fixedSets.Count == current.TagSets.Count
            ? current
            : await UpdateAsync(current with { TagSets = fixedSets }, cancellationToken).ConfigureAwait(false);
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    internal static void Validate(WebhookSubscription s, string paramName)
    {
        if (string.IsNullOrWhiteSpace(s.Identifier))
            throw new ArgumentException("A webhook subscription needs an identifier.", paramName);
        WebhookTagSets.Validate(s.TagSets, paramName);
        if (s.DeliveryType == WebhookDeliveryType.Push)
        {
            // D32: PUSH without targetUrl is refused with 400; check here to say why before a round trip.
            if (string.IsNullOrWhiteSpace(s.TargetUrl))
                throw new ArgumentException($"PUSH subscription '{s.Identifier}' needs a target URL.", paramName);
            if (!Uri.TryCreate(s.TargetUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"The target URL of '{s.Identifier}' must be an absolute http or https URL.", paramName);
        }
    }

    private void CheckPullTimeout(int timeoutSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timeoutSeconds);
        // The service holds a long poll open up to timeoutSeconds; a shorter client timeout would cut every empty read.
        if (timeoutSeconds >= _client.Options.Timeout.TotalSeconds)
            throw new ArgumentOutOfRangeException(nameof(timeoutSeconds), timeoutSeconds,
                $"The long-poll timeout must be shorter than the client's request timeout ({_client.Options.Timeout.TotalSeconds:0.#} s).");
    }

    private static void CheckId(Guid id)
    {
        if (id == Guid.Empty) throw new ArgumentException("A webhook subscription id cannot be empty.", nameof(id));
    }

    /// <summary>
    /// Runs a write that carries the authorization header; should the service echo it in an error, the message is
    /// redacted so neither the header nor the password inside it reaches a log.
    /// </summary>
    private static async Task<JsonNode?> Redacting(WebhookSubscription s, Func<Task<JsonNode?>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (LeanIXRequestFailedException e) when (SecretsOf(s).Any(secret => e.Message.Contains(secret, StringComparison.Ordinal)))
        {
            throw new LeanIXRequestFailedException(Redaction.Redact(e.Message, SecretsOf(s).ToArray()), e.Operation, e.Status, e.ErrorCode, e.RequestId);
        }
    }

    private static IEnumerable<string> SecretsOf(WebhookSubscription s)
    {
        if (string.IsNullOrEmpty(s.AuthorizationHeader)) yield break;
        yield return s.AuthorizationHeader;
        var space = s.AuthorizationHeader.IndexOf(' ');
        if (space > 0 && space < s.AuthorizationHeader.Length - 1) yield return s.AuthorizationHeader[(space + 1)..];
    }

    private static JsonNode ToJson(WebhookSubscription s) => JsonSerializer.SerializeToNode(s, WebhooksJsonContext.Default.WebhookSubscription)!;

    private static WebhookSubscription ToSubscription(JsonNode node) =>
        node.Deserialize(WebhooksJsonContext.Default.WebhookSubscription) ?? throw new JsonException("Empty subscription.");

    private static Delivery ToDelivery(JsonNode node) =>
        node.Deserialize(WebhooksJsonContext.Default.Delivery) ?? throw new JsonException("Empty delivery.");

    private static WebhookSubscription DataOf(JsonNode? body, string operation) =>
        body?["data"] is JsonObject data
            ? ToSubscription(data)
            : throw new LeanIXRequestFailedException($"{operation}: the response holds no subscription.", operation);
}
