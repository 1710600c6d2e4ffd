using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Downloads;

/// <summary>
/// Workspace exports (admin.md §11.2, D69): <c>POST /exports/fullExport?exportType=</c> builds the XLSX from current data at
/// once and answers the job, <c>GET /exports</c> lists the exports (pathfinder cursor paging, <c>endCursor</c>), and
/// <c>GET /exports/downloads/{workspaceId}?key=</c> hands the file out once: the key is single use (a second use is 404) and
/// the file is gone (DELETED) when its lifetime has passed. Every role may export (D66: VIEWER has EXPORT).
/// </summary>
public static class ExportEndpoints
{
    private const string Base = "/services/pathfinder/v1/exports";
    private const string Service = "exports";
    private const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly string[] ExportTypes = ["SNAPSHOT", "AUDIT_LOG", "ARCHIVE"];

    public static WebApplication MapExportEndpoints(this WebApplication app, TimeSpan lifetime)
    {
        ServiceRoutes.Map(app, "POST", Base + "/fullExport", writes: false, Service, c => StartAsync(c, lifetime));
        ServiceRoutes.Map(app, "GET", Base, writes: false, Service, ListAsync);
        ServiceRoutes.Map(app, "GET", Base + "/downloads/{workspaceId}", writes: false, Service, DownloadAsync);
        return app;
    }

    private static async Task<IResult> StartAsync(HttpContext context, TimeSpan lifetime)
    {
        var type = context.Request.Query["exportType"].FirstOrDefault() ?? "SNAPSHOT";
        if (!ExportTypes.Contains(type, StringComparer.Ordinal))
            throw new RestInputException($"exportType must be one of {string.Join(", ", ExportTypes)}, not '{type}'.", type, "exportType");
        if (type == "AUDIT_LOG")
            return Envelope.ErrorResult(StatusCodes.Status501NotImplemented, "The emulator exports SNAPSHOT and ARCHIVE, not AUDIT_LOG.", type);
        var principal = context.Principal();
        var workspace = principal.Workspace;
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            var (content, count) = SnapshotWorkbook.Build(tx, type == "ARCHIVE" ? FactSheetStatus.Archived : FactSheetStatus.Active);
            var now = tx.Now;
            var export = new Export
            {
                Id = Guid.NewGuid(), UserId = principal.UserId, Sequence = tx.Source<Export>().All.Count() + 1, Type = type,
                Status = "COMPLETED", CreatedAt = now, DeleteAt = now + lifetime, DownloadKey = Guid.NewGuid().ToString("D"),
                DownloadFilename = $"{workspace.Name}_{type.ToLowerInvariant()}_{now.UtcDateTime:yyyy-MM-dd_HHmmss}.xlsx",
                FactSheetCount = count, Content = content
            };
            tx.Overlay<Export>().Add(export);
            workspace.Commit(tx);
            // D69: the job id carries the export id, so a client needs no guessing to find its export.
            return Envelope.OkResult("JobResponseData", new JsonObject
            {
                ["jobId"] = $"job:{export.Sequence.ToString(CultureInfo.InvariantCulture)}:{Formats.Id(export.Id)}",
                ["message"] = "A new job is queued.", ["synclogId"] = null
            }, 1);
        }
    }

    /// <summary><c>exportType</c>, <c>userId</c>, <c>pageSize</c> (40, max 100), <c>cursor</c>, <c>sorting</c> (createdAt), <c>sortDirection</c> (DESC).</summary>
    private static async Task<IResult> ListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var size = 40;
        if (query["pageSize"].FirstOrDefault() is { Length: > 0 } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1))
            throw new RestInputException($"pageSize must be a whole number ≥ 1, not '{p}'.", p, "pageSize");
        size = Math.Min(size, 100);
        var offset = 0;
        if (query["cursor"].FirstOrDefault() is { Length: > 0 } cursor && !OffsetCursor.TryDecode(cursor, out offset))
            throw new RestInputException($"Cursor '{cursor}' is not one this list gave out.", cursor, "cursor");
        var sorting = query["sorting"].FirstOrDefault() ?? "createdAt";
        if (sorting is not ("createdAt" or "type" or "status"))
            throw new RestInputException($"sorting must be createdAt, type or status, not '{sorting}'.", sorting, "sorting");
        var ascending = (query["sortDirection"].FirstOrDefault() ?? "DESC").Equals("ASC", StringComparison.OrdinalIgnoreCase);
        var type = query["exportType"].FirstOrDefault();
        Guid? userId = query["userId"].FirstOrDefault() is { Length: > 0 } u
            ? Guid.TryParse(u, out var uid) ? uid : throw new RestInputException($"userId '{u}' is not a UUID.", u, "userId")
            : null;
        var principal = context.Principal();
        using (await principal.Workspace.ReadLockAsync(context.RequestAborted))
        {
            var now = principal.Workspace.Clock.GetUtcNow();
            var matching = principal.Workspace.State.Source<Export>().All
                .Where(e => (type is null || e.Type == type) && (userId is null || e.UserId == userId)).ToList();
            Func<Export, IComparable> key = sorting switch { "type" => e => e.Type, "status" => e => StatusAt(e, now), _ => e => e.CreatedAt };
            var ordered = (ascending ? matching.OrderBy(key) : matching.OrderByDescending(key)).ThenByDescending(e => e.Sequence).ToList();
            var page = ordered.Skip(offset).Take(size).Select(e => (JsonNode?)Json(e, now)).ToArray();
            var end = offset + page.Length;
            var body = Envelope.Ok("Export", new JsonArray(page), ordered.Count);
            body["endCursor"] = end < ordered.Count ? OffsetCursor.Encode(end) : null;
            return Results.Text(body.ToJsonString(), "application/json");
        }
    }

    /// <summary>D69: a key hands out its file once; unknown, used or expired keys are 404.</summary>
    private static async Task<IResult> DownloadAsync(HttpContext context)
    {
        var principal = context.Principal();
        var workspace = principal.Workspace;
        var ws = ServiceRoutes.Route(context, "workspaceId");
        if (!(Guid.TryParse(ws, out var wsId) && wsId == workspace.Id))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"The access token does not grant access to workspace '{ws}'.", ws);
        if (context.Request.Query["key"].FirstOrDefault() is not { Length: > 0 } key)
            throw new RestInputException("A download needs the export's downloadKey as the query parameter 'key'.", null, "key");
        using (await workspace.LockAsync(context.RequestAborted))
        {
            var tx = workspace.Begin(principal.UserId);
            var export = tx.Source<Export>().All.FirstOrDefault(e => e.DownloadKey == key)
                ?? throw new NotFoundException($"Download key '{key}' is unknown.", key);
            if (export.Status == "DOWNLOADED")
                throw new NotFoundException($"Download key '{key}' was used already: a key is good for one download.", key);
            if (StatusAt(export, tx.Now) != "COMPLETED" || export.Content is null)
            {
                var expired = tx.Overlay<Export>().Edit(export.Id)!;
                expired.Status = "DELETED";
                expired.Content = null;
                workspace.Commit(tx);
                throw new NotFoundException($"Export '{Formats.Id(export.Id)}' expired at {Formats.Timestamp(export.DeleteAt!.Value)}; its file is gone.", key);
            }
            var downloaded = tx.Overlay<Export>().Edit(export.Id)!;
            var content = downloaded.Content!;
            downloaded.Status = "DOWNLOADED";
            downloaded.Content = null;
            workspace.Commit(tx);
            return Results.File(content, XlsxMediaType, export.DownloadFilename);
        }
    }

    /// <summary>D69: a completed export past its <c>deleteAt</c> reads as DELETED.</summary>
    private static string StatusAt(Export e, DateTimeOffset now) => e.Status == "COMPLETED" && e.DeleteAt <= now ? "DELETED" : e.Status;

    /// <summary>RUBY-PF Export; the key is shown only while it can be used.</summary>
    private static JsonObject Json(Export e, DateTimeOffset now)
    {
        var status = StatusAt(e, now);
        return new JsonObject
        {
            ["id"] = Formats.Id(e.Id), ["userId"] = Formats.Id(e.UserId), ["type"] = e.Type, ["status"] = status,
            ["localFilename"] = Formats.Id(e.Id) + ".xlsx", ["downloadFilename"] = e.DownloadFilename,
            ["createdAt"] = Formats.Timestamp(e.CreatedAt), ["deleteAt"] = e.DeleteAt is { } d ? Formats.Timestamp(d) : null, ["dryRun"] = false,
            ["downloadKey"] = status == "COMPLETED" ? e.DownloadKey : null, ["factSheetTypes"] = null, ["factSheetCount"] = e.FactSheetCount,
            ["columnCount"] = null, ["bookmark"] = null
        };
    }
}
