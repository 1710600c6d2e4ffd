using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeanIX.Client.Wire;

namespace LeanIX.Client.Webhooks;

/// <summary>
/// Webhook subscriptions (<c>lx.Webhooks</c>): the webhooks service at <c>/services/webhooks/v1</c> (webhooks.md).
/// Reading, managing and repairing subscriptions, and reading PULL batches.
/// </summary>
public sealed class WebhooksClient
{
    private const string Base = "services/webhooks/v1/subscriptions";
    private readonly LeanIXConnection _connection;

    internal WebhooksClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    // ---- Reading -------------------------------------------------------------------------------------------------

    /// <summary>Every subscription of the workspace, or only those with this <paramref name="identifier"/> (webhooks.md §1).</summary>
    public async Task<IReadOnlyList<WebhookSubscription>> GetAllAsync(string? identifier = null, CancellationToken cancellationToken = default)
    {
        var query = identifier is null ? null : new Dictionary<string, string?> { ["identifier"] = identifier };
        return await GetDataAsync($"{Base}", Wire.ListWebhookSubscription, query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One subscription.</summary>
    /// <exception cref="LeanIXNotFoundException">No subscription has this id.</exception>
    public async Task<WebhookSubscription> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        return await GetDataAsync($"{Base}/{id}", Wire.WebhookSubscription, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The delivery state of a subscription (<c>GET /subscriptions/{id}/status</c>, 2026 spec only; webhooks.md §1).</summary>
    public async Task<WebhookSubscriptionStatus> GetStatusAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        return await GetDataAsync($"{Base}/{id}/status", Wire.WebhookSubscriptionStatus, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The delivery state of every subscription (<c>GET /subscriptions/status</c>).</summary>
    public async Task<IReadOnlyList<WebhookSubscriptionStatus>> GetAllStatusesAsync(CancellationToken cancellationToken = default)
    {
        return await GetDataAsync($"{Base}/status", Wire.ListWebhookSubscriptionStatus, null, cancellationToken).ConfigureAwait(false);
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
        var envelope = await _connection.SendAsync(HttpMethod.Get, $"{Base}/{id}/events", Wire.EnvelopeWire, null, query, cancellationToken).ConfigureAwait(false);
        return PullResult.From(envelope.Data is { ValueKind: JsonValueKind.Object } data
            ? LeanIXConnection.Read(data, Wire.PullResultWire, $"GET /{Base}/{{id}}/events")
            : throw new LeanIXRequestFailedException("The PULL read answered without a batch.", $"GET /{Base}/{{id}}/events"));
    }

    /// <summary>
    /// Commits the PULL cursor: the next read starts at <paramref name="offset"/> (D27). Pass <see cref="PullResult.NextCursor"/>
    /// after processing a batch. An offset below the committed one is refused (400).
    /// </summary>
    public async Task AdvanceCursorAsync(Guid id, long offset, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        await _connection.SendAsync(HttpMethod.Put, $"{Base}/{id}/cursor", LeanIXConnection.Serialize(new PullCursorWire(offset), Wire.PullCursorWire), cancellationToken).ConfigureAwait(false);
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
        return await GetDataAsync($"{Base}/{id}/deliveries", Wire.ListDelivery, query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The whole delivery log as a pageable (<paramref name="pageSize"/> 1 to 100; the continuation token is the next page
    /// number), newest first unless <paramref name="sort"/> says otherwise.
    /// </summary>
    public AsyncPageable<Delivery> GetAllDeliveriesAsync(Guid id, string? sort = null, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        new DeliveryListOptions { Size = pageSize }.Validate();
        var query = sort is null ? null : new Dictionary<string, string?> { ["sort"] = sort };
        return _connection.Pages($"{Base}/{id}/deliveries", query, pageSize, cancellationToken)
            .Select(e => LeanIXConnection.Read(e, Wire.Delivery, $"GET /{Base}/{{id}}/deliveries"));
    }

    // ---- Managing ------------------------------------------------------------------------------------------------

    /// <summary>Creates a subscription from <paramref name="subscription"/> (its server-assigned members are not sent) and returns it as stored.</summary>
    /// <exception cref="ArgumentException">No identifier, no tag sets, or a PUSH subscription without an absolute http(s) target URL.</exception>
    public async Task<WebhookSubscription> CreateAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        Validate(subscription, nameof(subscription));
        return await WriteAsync(HttpMethod.Post, Base, subscription.WithoutServerFields(), cancellationToken).ConfigureAwait(false);
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
        return await WriteAsync(HttpMethod.Put, $"{Base}/{id}", subscription, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a subscription.</summary>
    /// <exception cref="LeanIXNotFoundException">No subscription has this id.</exception>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/{id}", null, cancellationToken).ConfigureAwait(false);
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
        if (timeoutSeconds >= _connection.Options.Timeout.TotalSeconds)
            throw new ArgumentOutOfRangeException(nameof(timeoutSeconds), timeoutSeconds,
                $"The long-poll timeout must be shorter than the client's request timeout ({_connection.Options.Timeout.TotalSeconds:0.#} s).");
    }

    private static void CheckId(Guid id)
    {
        if (id == Guid.Empty) throw new ArgumentException("A webhook subscription id cannot be empty.", nameof(id));
    }

    /// <summary>
    /// Sends a subscription. Its authorization header (and the credential inside it) is handed to the connection as a
    /// secret, so an error body that echoes it is redacted before the exception is made: type and data stay.
    /// </summary>
    private async Task<WebhookSubscription> WriteAsync(HttpMethod method, string path, WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        var envelope = await _connection.SendAsync(method, path, Wire.EnvelopeWire, LeanIXConnection.Serialize(subscription, Wire.WebhookSubscription),
            null, cancellationToken, SecretsOf(subscription).ToList()).ConfigureAwait(false);
        return DataOf(envelope, Wire.WebhookSubscription, $"{method} /{Base}");
    }

    private async Task<T> GetDataAsync<T>(string path, JsonTypeInfo<T> type, IReadOnlyDictionary<string, string?>? query, CancellationToken cancellationToken)
    {
        var envelope = await _connection.SendAsync(HttpMethod.Get, path, Wire.EnvelopeWire, null, query, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, type, $"GET /{Base}");
    }

    private static T DataOf<T>(EnvelopeWire envelope, JsonTypeInfo<T> type, string operation) =>
        envelope.Data is { ValueKind: not JsonValueKind.Null } data
            ? LeanIXConnection.Read(data, type, operation)
            : throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);

    private static IEnumerable<string> SecretsOf(WebhookSubscription s)
    {
        if (string.IsNullOrEmpty(s.AuthorizationHeader)) yield break;
        yield return s.AuthorizationHeader;
        var space = s.AuthorizationHeader.IndexOf(' ');
        if (space > 0 && space < s.AuthorizationHeader.Length - 1) yield return s.AuthorizationHeader[(space + 1)..];
    }

}
