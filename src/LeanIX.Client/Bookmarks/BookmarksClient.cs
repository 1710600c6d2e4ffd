using System.Text.Json;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>
/// Bookmarks and diagrams (<c>lx.Bookmarks</c>, admin.md §5, D52–D54): saved searches, reports, diagrams and dashboards.
/// Diagrams are bookmarks of type <see cref="BookmarkTypes.Visualizer"/>; the <c>…DiagramAsync</c> methods refuse others.
/// </summary>
public sealed class BookmarksClient
{
    private const string Base = "services/pathfinder/v1/bookmarks";
    private readonly LeanIXConnection _connection;

    internal BookmarksClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>The bookmarks of one type the caller may read, optionally of one <paramref name="groupKey"/>.</summary>
    public async Task<IReadOnlyList<Bookmark>> ListAsync(string bookmarkType = BookmarkTypes.Reporting, string? groupKey = null,
        CancellationToken cancellationToken = default)
    {
        CheckType(bookmarkType, nameof(bookmarkType));
        var envelope = await _connection.SendAsync(HttpMethod.Get, Base, Wire.EnvelopeWire, null,
            new Dictionary<string, string?> { ["bookmarkType"] = bookmarkType, ["groupKey"] = groupKey }, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ListBookmark, "GET /" + Base);
    }

    /// <summary>Creates a bookmark; name, type and state are required (D52). Returns it as stored.</summary>
    public async Task<Bookmark> CreateAsync(Bookmark bookmark, CancellationToken cancellationToken = default)
    {
        Validate(bookmark);
        return await WriteAsync(HttpMethod.Post, Base, bookmark with { Id = null }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A bookmark by id. <paramref name="markAsViewed"/> (the service's default) counts the read in <see cref="Bookmark.Views"/>.</summary>
    public async Task<Bookmark> GetAsync(Guid id, bool markAsViewed = true, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        var envelope = await _connection.SendAsync(HttpMethod.Get, $"{Base}/{id}", Wire.EnvelopeWire, null,
            new Dictionary<string, string?> { ["markAsViewed"] = markAsViewed ? "true" : "false" }, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.Bookmark, $"GET /{Base}/{{id}}");
    }

    /// <summary>
    /// A bookmark by id or by name. A name is looked up among the bookmarks of <paramref name="bookmarkType"/> (every type
    /// when null), first match, case-insensitively (admin.md §5.2: the lookup is the client's).
    /// </summary>
    public async Task<Bookmark> GetAsync(string idOrName, string? bookmarkType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        if (bookmarkType is not null) CheckType(bookmarkType, nameof(bookmarkType));
        if (Guid.TryParse(idOrName, out var id))
        {
            var byId = await GetAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (bookmarkType is null || byId.Type == bookmarkType) return byId;
            throw new LeanIXNotFoundException($"Bookmark {id} is a {byId.Type} bookmark, not {bookmarkType}.", "Get bookmark");
        }
        foreach (var type in bookmarkType is null ? BookmarkTypes.All : [bookmarkType])
        {
            var match = (await ListAsync(type, cancellationToken: cancellationToken).ConfigureAwait(false))
                .FirstOrDefault(b => b.Name.Equals(idOrName, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return match;
        }
        throw new LeanIXNotFoundException($"No {(bookmarkType is null ? "" : bookmarkType + " ")}bookmark named '{idOrName}' is visible to this user.", "Get bookmark");
    }

    /// <summary>Replaces a bookmark (full PUT); <see cref="Bookmark.Id"/> is required. Returns it as stored.</summary>
    public async Task<Bookmark> UpdateAsync(Bookmark bookmark, CancellationToken cancellationToken = default)
    {
        Validate(bookmark);
        if (bookmark.Id is not { } id) throw new ArgumentException("The bookmark to update needs its Id.", nameof(bookmark));
        CheckId(id);
        return await WriteAsync(HttpMethod.Put, $"{Base}/{id}", bookmark, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a bookmark (D53: any 2xx is success).</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        CheckId(id);
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/{id}", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every diagram the caller may read.</summary>
    public Task<IReadOnlyList<Bookmark>> ListDiagramsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(BookmarkTypes.Visualizer, cancellationToken: cancellationToken);

    /// <summary>A diagram by id or name; a bookmark of another type is not found.</summary>
    public Task<Bookmark> GetDiagramAsync(string idOrName, CancellationToken cancellationToken = default) =>
        GetAsync(idOrName, BookmarkTypes.Visualizer, cancellationToken);

    /// <summary>Replaces a diagram; the bookmark must be of type VISUALIZER.</summary>
    public Task<Bookmark> UpdateDiagramAsync(Bookmark diagram, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        if (diagram.Type != BookmarkTypes.Visualizer)
            throw new ArgumentException($"A diagram is a VISUALIZER bookmark; this one is {diagram.Type}.", nameof(diagram));
        return UpdateAsync(diagram, cancellationToken);
    }

    /// <summary>Deletes a diagram; refuses (not found) when the id is a bookmark of another type.</summary>
    public async Task DeleteDiagramAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(id, markAsViewed: false, cancellationToken).ConfigureAwait(false);
        if (current.Type != BookmarkTypes.Visualizer)
            throw new LeanIXNotFoundException($"Bookmark {id} is a {current.Type} bookmark, not a diagram.", "Delete diagram");
        await DeleteAsync(id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Bookmark> WriteAsync(HttpMethod method, string path, Bookmark bookmark, CancellationToken cancellationToken)
    {
        var envelope = await _connection.SendAsync(method, path, Wire.EnvelopeWire, LeanIXConnection.Serialize(bookmark, Wire.Bookmark),
            null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.Bookmark, $"{method} /{Base}");
    }

    private static T DataOf<T>(EnvelopeWire envelope, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string operation) =>
        envelope.Data is { ValueKind: not JsonValueKind.Null } data
            ? LeanIXConnection.Read(data, type, operation)
            : throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);

    /// <summary>D52's 400 rules, checked before sending so the message names the member.</summary>
    private static void Validate(Bookmark bookmark)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        if (string.IsNullOrWhiteSpace(bookmark.Name)) throw new ArgumentException("A bookmark needs a name.", nameof(bookmark));
        CheckType(bookmark.Type, nameof(bookmark));
        if (bookmark.State is null) throw new ArgumentException("A bookmark needs a state object.", nameof(bookmark));
    }

    private static void CheckType(string type, string paramName)
    {
        if (!BookmarkTypes.All.Contains(type))
            throw new ArgumentException($"Bookmark type '{type}' is invalid; use one of {string.Join(", ", BookmarkTypes.All)}.", paramName);
    }

    private static void CheckId(Guid id)
    {
        if (id == Guid.Empty) throw new ArgumentException("The bookmark id must not be empty.", nameof(id));
    }
}
