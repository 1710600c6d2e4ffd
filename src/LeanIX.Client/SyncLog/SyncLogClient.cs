using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeanIX.Client.Wire;

namespace LeanIX.Client.SyncLog;

/// <summary>
/// The synchronization log (<c>lx.SyncLog</c>): runs and their items at <c>/services/synclog/v1</c> (admin.md §2).
/// What an integration writes so that people see in LeanIX what it did.
/// </summary>
public sealed class SyncLogClient
{
    private const string Base = "services/synclog/v1/synchronizations";

    /// <summary>D45: the service takes at most this many items per batch; larger sets go in several.</summary>
    public const int MaxItemsPerBatch = 1000;

    private readonly LeanIXConnection _connection;

    internal SyncLogClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>
    /// Creates a run and adds its items (the seed's <c>create_sync_log_entry</c>: POST <c>/synchronizations</c>, then
    /// POST <c>/syncItemBatch</c> per 1,000 items, admin.md §2.2). Returns the run as stored after the items, so a
    /// status left out shows the one derived from them (D46).
    /// </summary>
    public async Task<SyncLogEntry> CreateEntryAsync(SyncLogEntry entry, IEnumerable<SyncLogItem>? items = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var created = await SendEntryAsync(HttpMethod.Post, Base, entry with { Id = null }, cancellationToken).ConfigureAwait(false);
        var id = created.Id ?? throw new LeanIXRequestFailedException("The created synchronization has no id.", $"POST /{Base}");
        if (items is null) return created;
        var added = await AddItemsAsync(id, items, cancellationToken).ConfigureAwait(false);
        return added.Count == 0 ? created : await GetEntryAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a run (full PUT, the seed's <c>update_sync_log_entry</c>): members left null take their defaults, a null status is derived again.</summary>
    /// <exception cref="LeanIXNotFoundException">No run has this id.</exception>
    public Task<SyncLogEntry> UpdateEntryAsync(string id, SyncLogEntry entry, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        ArgumentNullException.ThrowIfNull(entry);
        return SendEntryAsync(HttpMethod.Put, $"{Base}/{id}", entry with { Id = id }, cancellationToken);
    }

    /// <summary>Adds items to a run (POST <c>/syncItemBatch</c>, 1,000 per request, D45); returns them as created, with ids and times.</summary>
    /// <exception cref="LeanIXNotFoundException">No run has this id.</exception>
    public async Task<IReadOnlyList<SyncLogItem>> AddItemsAsync(string id, IEnumerable<SyncLogItem> items, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        ArgumentNullException.ThrowIfNull(items);
        var created = new List<SyncLogItem>();
        foreach (var batch in items.Select(i => i with { Id = null, SynchronizationId = null, CreatedAt = null }).Chunk(MaxItemsPerBatch))
        {
            var body = LeanIXConnection.Serialize(batch.ToList(), Wire.ListSyncLogItem);
            var envelope = await _connection.SendAsync(HttpMethod.Post, $"{Base}/{id}/syncItemBatch", Wire.EnvelopeWire, body, null, cancellationToken).ConfigureAwait(false);
            created.AddRange(DataOf(envelope, Wire.ListSyncLogItem, $"POST /{Base}/{{id}}/syncItemBatch"));
        }
        return created;
    }

    /// <summary>One run.</summary>
    /// <exception cref="LeanIXNotFoundException">No run has this id.</exception>
    public Task<SyncLogEntry> GetEntryAsync(string id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        return SendEntryAsync(HttpMethod.Get, $"{Base}/{id}", null, cancellationToken);
    }

    /// <summary>The runs, newest first unless <see cref="SyncLogQuery.Sort"/> says otherwise, page by page (page/size, D44; the token is the page number).</summary>
    public AsyncPageable<SyncLogEntry> List(SyncLogQuery? query = null) =>
        _connection.Pages(Base, query?.ToParameters(), 100)
            .Select(e => LeanIXConnection.Read(e, Wire.SyncLogEntry, $"GET /{Base}"));

    /// <summary>The items of a run in the order they were added, optionally only those with <paramref name="status"/>.</summary>
    public AsyncPageable<SyncLogItem> Items(string id, string? status = null)
    {
        CheckId(id);
        return _connection.Pages($"{Base}/{id}/syncItems", new Dictionary<string, string?> { ["status"] = status }, 100)
            .Select(e => LeanIXConnection.Read(e, Wire.SyncLogItem, $"GET /{Base}/{{id}}/syncItems"));
    }

    /// <summary>The topics runs were written under.</summary>
    public Task<IReadOnlyList<string>> GetTopicsAsync(CancellationToken cancellationToken = default) => GetStringsAsync("topics", cancellationToken);

    /// <summary>The triggers runs were written with.</summary>
    public Task<IReadOnlyList<string>> GetTriggersAsync(CancellationToken cancellationToken = default) => GetStringsAsync("triggers", cancellationToken);

    /// <summary>Asks a running synchronization to stop; its progress becomes <c>ABORTION_PENDING</c>.</summary>
    /// <exception cref="LeanIXNotFoundException">No run has this id.</exception>
    /// <exception cref="LeanIXRequestFailedException">The run has already ended (409).</exception>
    public Task<SyncLogEntry> RequestAbortionAsync(string id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        return SendEntryAsync(HttpMethod.Post, $"{Base}/{id}/requestAbortion", null, cancellationToken);
    }

    /// <summary>Removes every item of a run (the run stays).</summary>
    public async Task DeleteItemsAsync(string id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/{id}/syncItems", null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<string>> GetStringsAsync(string what, CancellationToken cancellationToken)
    {
        var envelope = await _connection.SendAsync(HttpMethod.Get, $"{Base}/{what}", Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ListString, $"GET /{Base}/{what}");
    }

    private async Task<SyncLogEntry> SendEntryAsync(HttpMethod method, string path, SyncLogEntry? entry, CancellationToken cancellationToken)
    {
        var body = entry is null ? null : LeanIXConnection.Serialize(entry, Wire.SyncLogEntry);
        var envelope = await _connection.SendAsync(method, path, Wire.EnvelopeWire, body, null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.SyncLogEntry, $"{method} /{Base}");
    }

    private static T DataOf<T>(EnvelopeWire envelope, JsonTypeInfo<T> type, string operation) =>
        envelope.Data is { ValueKind: not JsonValueKind.Null } data
            ? LeanIXConnection.Read(data, type, operation)
            : throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);

    private static void CheckId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!Guid.TryParse(id, out _)) throw new ArgumentException($"'{id}' is not a synchronization id (a UUID).", nameof(id));
    }
}
