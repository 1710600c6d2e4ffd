using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Bookmarks;

/// <summary>
/// Bookmarks and diagrams (admin.md §5.1, D52–D54): list by type, create, read (counting a view), replace,
/// delete. Diagrams are VISUALIZER bookmarks. D1 envelopes of type <c>Bookmark</c>, D2 errors, DELETE → 204
/// (D53). Every change emits BOOKMARK_CREATED/UPDATED/DELETED (D54) through the change log.
/// </summary>
public static class BookmarkEndpoints
{
    public const string Base = "/services/pathfinder/v1/bookmarks";

    public static WebApplication MapBookmarkEndpoints(this WebApplication app)
    {
        app.MapGet(Base, (Func<HttpContext, Task<IResult>>)ListAsync); // a bare RequestDelegate would drop the IResult
        app.MapPost(Base, (Func<HttpContext, Task<IResult>>)CreateAsync);
        app.MapGet(Base + "/{id}", GetAsync);
        app.MapPut(Base + "/{id}", UpdateAsync);
        app.MapDelete(Base + "/{id}", DeleteAsync);
        return app;
    }

    /// <summary>D52: <c>bookmarkType</c> is required; <c>groupKey</c> and <c>oDataOnly</c> narrow the list to what the caller may read.</summary>
    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var type = context.Request.Query["bookmarkType"].ToString();
        if (string.IsNullOrEmpty(type))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, "The query parameter 'bookmarkType' is required.", "bookmarkType");
        if (!BookmarkTypes.All.Contains(type))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"Bookmark type '{type}' is invalid; use one of {string.Join(", ", BookmarkTypes.All)}.", type);
        var groupKey = context.Request.Query["groupKey"].ToString();
        var oDataOnly = bool.TryParse(context.Request.Query["oDataOnly"], out var o) && o;
        var principal = context.Principal();
        var access = new BookmarkAccess(principal);
        using (await principal.Workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = principal.Workspace.State;
            var list = view.Source<Bookmark>().All
                .Where(b => b.Type == type && access.CanRead(b) && (groupKey.Length == 0 || b.GroupKey == groupKey) && (!oDataOnly || b.ODataEnabled))
                .OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Id)
                .Select(b => (JsonNode)BookmarkJson.Bookmark(b, view, access)).ToArray();
            return Envelope.OkResult("Bookmark", new JsonArray(list), list.Length);
        }
    }

    /// <summary>
    /// admin.md §5.2 [I]: the creator owns the bookmark unless an ADMIN names another owner; D52: sharing defaults to
    /// SYSTEM (predefined), SHARED (permitted users) or PUBLISHED.
    /// </summary>
    private static async Task<IResult> CreateAsync(HttpContext context)
    {
        var principal = context.Principal();
        var access = new BookmarkAccess(principal);
        if (access.IsViewer) return ViewerRefused();
        if (BookmarkInput.Parse(await ReadBodyAsync(context), out var error) is not { } input) return BadRequest(error!.Value);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            if (UnknownUser(tx, input) is { } unknown) return unknown;
            var owner = access.IsAdmin && input.UserId is { } named ? named : principal.UserId;
            var bookmark = new Bookmark
            {
                Id = Guid.NewGuid(), UserId = owner, Name = input.Name, Type = input.Type, StateJson = input.StateJson,
                CreatedAt = tx.Now, UpdatedAt = tx.Now, Views = 0, ReplaySequence = 1,
                Predefined = input.Predefined && access.IsAdmin
            };
            Apply(bookmark, input);
            bookmark.Sharing = input.Sharing ?? (bookmark.Predefined ? "SYSTEM"
                : bookmark.PermittedReadUserIds.Count + bookmark.PermittedWriteUserIds.Count > 0 ? "SHARED" : "PUBLISHED");
            tx.Overlay<Bookmark>().Add(bookmark);
            Record(tx, EventTypes.BookmarkCreated, bookmark);
            workspace.Commit(tx);
            return Envelope.OkResult("Bookmark", BookmarkJson.Bookmark(bookmark, workspace.State, access), 1);
        }
    }

    /// <summary>admin.md §5.1: <c>markAsViewed</c> (default true) counts the read in <c>views</c>.</summary>
    private static async Task<IResult> GetAsync(HttpContext context, string id)
    {
        var principal = context.Principal();
        var access = new BookmarkAccess(principal);
        var markAsViewed = !bool.TryParse(context.Request.Query["markAsViewed"], out var m) || m;
        var workspace = principal.Workspace;
        if (!Guid.TryParse(id, out var bookmarkId)) return NotFound(id);
        if (!markAsViewed)
        {
            using (await workspace.ReadLockAsync(context.RequestAborted))
            {
                var found = workspace.State.Source<Bookmark>().Get(bookmarkId);
                if (found is null) return NotFound(id);
                return access.CanRead(found) ? Envelope.OkResult("Bookmark", BookmarkJson.Bookmark(found, workspace.State, access), 1) : NotReadable(id);
            }
        }
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            if (tx.Overlay<Bookmark>().Edit(bookmarkId) is not { } bookmark) return NotFound(id);
            if (!access.CanRead(bookmark)) return NotReadable(id);
            bookmark.Views++; // a counter, not a change of the bookmark: no event
            workspace.Commit(tx);
            return Envelope.OkResult("Bookmark", BookmarkJson.Bookmark(bookmark, workspace.State, access), 1);
        }
    }

    /// <summary>admin.md §5.1: PUT replaces the bookmark; id, owner, creation time and views stay.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext context, string id)
    {
        var principal = context.Principal();
        var access = new BookmarkAccess(principal);
        if (access.IsViewer) return ViewerRefused();
        var body = await ReadBodyAsync(context);
        if (!Guid.TryParse(id, out var bookmarkId)) return NotFound(id);
        if (BookmarkInput.Parse(body, out var error) is not { } input) return BadRequest(error!.Value);
        if (body?["id"] is JsonValue bodyId && bodyId.TryGetValue<string>(out var bodyText) && !(Guid.TryParse(bodyText, out var parsed) && parsed == bookmarkId))
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"The body's id '{bodyText}' is not the path's bookmark id '{id}'.", bodyText);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            if (tx.Overlay<Bookmark>().Edit(bookmarkId) is not { } bookmark) return NotFound(id);
            if (!access.CanRead(bookmark)) return NotReadable(id);
            if (!access.CanWrite(bookmark)) return NotWritable(id);
            if (UnknownUser(tx, input) is { } unknown) return unknown;
            bookmark.Name = input.Name;
            bookmark.Type = input.Type;
            bookmark.StateJson = input.StateJson;
            Apply(bookmark, input);
            if (input.Sharing is not null) bookmark.Sharing = input.Sharing;
            if (access.IsAdmin && input.UserId is { } owner) bookmark.UserId = owner;
            bookmark.UpdatedAt = tx.Now;
            bookmark.ReplaySequence++;
            Record(tx, EventTypes.BookmarkUpdated, bookmark);
            workspace.Commit(tx);
            return Envelope.OkResult("Bookmark", BookmarkJson.Bookmark(bookmark, workspace.State, access), 1);
        }
    }

    /// <summary>D53: 204 with an empty body.</summary>
    private static async Task<IResult> DeleteAsync(HttpContext context, string id)
    {
        var principal = context.Principal();
        var access = new BookmarkAccess(principal);
        if (access.IsViewer) return ViewerRefused();
        if (!Guid.TryParse(id, out var bookmarkId)) return NotFound(id);
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            if (tx.Source<Bookmark>().Get(bookmarkId) is not { } bookmark) return NotFound(id);
            if (!access.CanRead(bookmark)) return NotReadable(id);
            if (!access.CanWrite(bookmark)) return NotWritable(id);
            tx.Overlay<Bookmark>().Remove(bookmarkId);
            Record(tx, EventTypes.BookmarkDeleted, bookmark);
            workspace.Commit(tx);
            return Results.NoContent();
        }
    }

    private static void Apply(Bookmark bookmark, BookmarkInput input)
    {
        bookmark.GroupKey = input.GroupKey;
        bookmark.Description = input.Description;
        bookmark.PermittedReadUserIds = input.PermittedReadUserIds;
        bookmark.PermittedWriteUserIds = input.PermittedWriteUserIds;
        bookmark.Temporary = input.Temporary;
        bookmark.ODataEnabled = input.ODataEnabled;
        if (input.DefaultSharingPriority is { } priority) bookmark.DefaultSharingPriority = priority;
    }

    /// <summary>D54: the change record carries the event's bookmark snapshot (still there after a delete).</summary>
    private static void Record(WorkspaceTransaction tx, string eventType, Bookmark bookmark) =>
        tx.Record(new ChangeRecord
        {
            EventType = eventType, EntityType = tx.Workspace.Kinds.Of<Bookmark>().Name, EntityId = bookmark.Id,
            NewValue = BookmarkJson.EventSnapshot(bookmark)
        });

    private static IResult? UnknownUser(WorkspaceTransaction tx, BookmarkInput input)
    {
        foreach (var id in input.PermittedReadUserIds.Concat(input.PermittedWriteUserIds).Concat(input.UserId is { } u ? [u] : []))
            if (tx.Users.Get(id) is null)
                return Envelope.ErrorResult(StatusCodes.Status400BadRequest, $"User '{id}' does not exist in workspace '{tx.Workspace.Name}'.", id.ToString());
        return null;
    }

    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult BadRequest((string Param, string Message) error) =>
        Envelope.ErrorResult(StatusCodes.Status400BadRequest, error.Message, error.Param);

    private static IResult NotFound(string id) => Envelope.ErrorResult(StatusCodes.Status404NotFound, $"Bookmark '{id}' does not exist.", id);

    private static IResult NotReadable(string id) =>
        Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"Bookmark '{id}' is not shared with the caller.", id);

    private static IResult NotWritable(string id) =>
        Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The caller may read but not change bookmark '{id}'.", id);

    private static IResult ViewerRefused() =>
        Envelope.ErrorResult(StatusCodes.Status403Forbidden, "A VIEWER may not create, change or delete bookmarks (D66).", "VIEWER");
}
