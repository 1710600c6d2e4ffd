using System.Globalization;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// Downloads (<c>lx.Downloads</c>, admin.md §11): document files (and their upload through <c>/graphql/upload</c>), the workspace
/// snapshot (export, wait, single-use key, D69) and survey results (§11.3, D70). Files are streamed to disk, never held whole.
/// </summary>
public sealed class DownloadsClient
{
    private const string Pathfinder = "services/pathfinder/v1";
    private const string SurveyBase = "services/survey/v1";
    private readonly LeanIXConnection _connection;

    internal DownloadsClient(LeanIXConnection connection) => _connection = connection;

    /// <summary>The first wait between export polls; it doubles up to <see cref="MaxPollDelay"/>.</summary>
    internal TimeSpan InitialPollDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between export polls.</summary>
    internal TimeSpan MaxPollDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Creates a file document on a fact sheet: a <c>createDocument</c> sent as multipart through <c>/graphql/upload</c> with the
    /// file (admin.md §11.1). Returns the document as created.
    /// </summary>
    public async Task<FactSheetDocument> UploadDocumentAsync(Guid factSheetId, string name, string fileName, ReadOnlyMemory<byte> content,
        string? mediaType = null, string? description = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var request = new JsonObject
        {
            ["query"] = """
                mutation CreateDocument($factSheetId: ID!, $name: String!, $description: String) {
                  createDocument(factSheetId: $factSheetId, name: $name, description: $description) { id name url description origin documentType }
                }
                """,
            ["variables"] = new JsonObject { ["factSheetId"] = factSheetId.ToString("D"), ["name"] = name, ["description"] = description }
        };
        var answer = await _connection.UploadAsync(Pathfinder + "/graphql/upload",
            [MultipartPart.Text("graphQLRequest", request.ToJsonString(), "application/json"), MultipartPart.File("file", fileName, content, mediaType)],
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (answer?["errors"] is JsonArray { Count: > 0 })
            throw GraphQLResponseReader.Failure(System.Text.Encoding.UTF8.GetBytes(answer.ToJsonString()), "POST /" + Pathfinder + "/graphql/upload",
                _connection.RedactorFor(null));
        var d = answer?["data"]?["createDocument"] as JsonObject ?? throw Unreadable("graphql/upload", "no createDocument result");
        return new FactSheetDocument(Guid.Parse((string)d["id"]!), (string?)d["name"] ?? name, (string?)d["url"], (string?)d["description"],
            (string?)d["origin"], (string?)d["documentType"]);
    }

    /// <summary>A document's file, streamed to <paramref name="destination"/>. A link document has none (D68: <see cref="LeanIXNotFoundException"/>).</summary>
    public Task<RestDownload> DownloadDocumentAsync(Guid documentId, Stream destination, CancellationToken cancellationToken = default) =>
        _connection.DownloadAsync($"{Pathfinder}/documents/{documentId:D}/download", destination, cancellationToken: cancellationToken);

    /// <summary>
    /// The seed's <c>download_resource(document)</c> (D68): a file document is written into <paramref name="directory"/> under the
    /// service's file name; a link document (one with a <c>url</c>) is not fetched – its URL is returned.
    /// </summary>
    public async Task<ResourceDownload> DownloadResourceAsync(FactSheetDocument document, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!string.IsNullOrEmpty(document.Url)) return new ResourceDownload(document.Id, null, document.Url);
        Directory.CreateDirectory(directory);
        var partial = Path.Combine(directory, $".{document.Id:N}.part");
        RestDownload download;
        try
        {
            await using (var file = File.Create(partial))
                download = await DownloadDocumentAsync(document.Id, file, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
        var path = Path.Combine(directory, SafeFileName(download.FileName ?? document.Name));
        File.Move(partial, path, overwrite: true);
        return new ResourceDownload(document.Id, path, null);
    }

    /// <summary>Exports of the workspace, newest first (<c>GET /exports</c>), optionally of one type.</summary>
    public async Task<IReadOnlyList<WorkspaceExport>> ListExportsAsync(string? exportType = null, CancellationToken cancellationToken = default)
    {
        var body = await _connection.RequestAsync(Pathfinder + "/exports", HttpMethod.Get, null,
            new Dictionary<string, string?> { ["exportType"] = exportType, ["sorting"] = "createdAt", ["sortDirection"] = "DESC", ["pageSize"] = "100" },
            new RestRequestOptions { MaxPages = 10 }, cancellationToken).ConfigureAwait(false);
        return (body?["data"] as JsonArray ?? []).OfType<JsonObject>().Select(Export).ToList();
    }

    /// <summary>
    /// The seed's <c>download_snapshot(filename, timeout_secs=14400)</c> (admin.md §11.2, D69): requests a SNAPSHOT export, polls
    /// <c>GET /exports</c> with backoff until it is COMPLETED (at most <paramref name="timeout"/>, default 4 hours), then downloads
    /// the file with its single-use key. <paramref name="fileName"/> may hold <c>{workspace}</c> and <c>{time}</c>.
    /// </summary>
    /// <exception cref="SnapshotTimeoutException">The export had not completed within <paramref name="timeout"/>.</exception>
    public async Task<SnapshotDownload> DownloadSnapshotAsync(string fileName = "snapshot_{workspace}_{time}.xlsx", TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var limit = timeout ?? TimeSpan.FromHours(4);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(timeout));
        var ws = await _connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var clock = _connection.Clock;
        var requestedAt = clock.GetUtcNow();
        var job = await _connection.RequestAsync(Pathfinder + "/exports/fullExport", HttpMethod.Post,
            query: new Dictionary<string, string?> { ["exportType"] = "SNAPSHOT" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        var exportId = ExportIdOf((string?)job?["data"]?["jobId"]);
        var started = clock.GetTimestamp();
        var delay = InitialPollDelay;
        WorkspaceExport? export;
        while (true)
        {
            var exports = await ListExportsAsync("SNAPSHOT", cancellationToken).ConfigureAwait(false);
            // D69: the export the job id names; without one, the newest snapshot requested since this call.
            export = exportId is { } id ? exports.FirstOrDefault(e => e.Id == id)
                : exports.Where(e => e.CreatedAt >= requestedAt.AddSeconds(-1)).MaxBy(e => e.CreatedAt);
            if (export is { Status: "COMPLETED", DownloadKey: { Length: > 0 } }) break;
            if (export?.Status is "ERROR" or "DELETED" or "CANCELED" or "DOWNLOADED")
                throw new LeanIXRequestFailedException($"The snapshot export {export.Id:D} ended {export.Status} before it could be downloaded.",
                    "GET /" + Pathfinder + "/exports", null, export.Status);
            var waited = clock.GetElapsedTime(started);
            if (waited >= limit) throw new SnapshotTimeoutException(export?.Id ?? exportId, export?.Status ?? "not listed", waited);
            await Task.Delay(delay < limit - waited ? delay : limit - waited, clock, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollDelay.Ticks));
        }
        var path = fileName.Replace("{workspace}", ws.WorkspaceName, StringComparison.Ordinal)
            .Replace("{time}", clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var length = await DownloadToFileAsync($"{Pathfinder}/exports/downloads/{ws.WorkspaceId:D}",
            new Dictionary<string, string?> { ["key"] = export.DownloadKey }, path, cancellationToken).ConfigureAwait(false);
        return new SnapshotDownload(path, export, length);
    }

    /// <summary>Downloads an export's file with its key; a key works once (D69: a second use is <see cref="LeanIXNotFoundException"/>).</summary>
    public async Task<RestDownload> DownloadExportAsync(string downloadKey, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(downloadKey);
        var ws = await _connection.GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        return await _connection.DownloadAsync($"{Pathfinder}/exports/downloads/{ws.WorkspaceId:D}", destination,
            new Dictionary<string, string?> { ["key"] = downloadKey }, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every survey, newest first (survey v1 <c>GET /polls</c>, paged), optionally those whose title holds <paramref name="title"/>.</summary>
    public async Task<IReadOnlyList<Survey>> ListSurveysAsync(string? title = null, CancellationToken cancellationToken = default)
    {
        var query = new Dictionary<string, string?> { ["sort"] = "-createdAt", ["q"] = title };
        var items = await _connection.Pages(SurveyBase + "/polls", query, 100, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        return items.Select(p => new Survey(Guid.Parse(p.GetProperty("id").GetString()!), p.GetProperty("title").GetString() ?? "",
            p.TryGetProperty("language", out var l) ? l.GetString() : null,
            p.TryGetProperty("createdAt", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String ? Timestamp(c.GetString()) : null)).ToList();
    }

    /// <summary>The runs of a survey, newest first (survey v1 <c>GET /polls/{id}/pollRuns</c>, paged).</summary>
    public async Task<IReadOnlyList<SurveyRun>> ListSurveyRunsAsync(Guid surveyId, CancellationToken cancellationToken = default)
    {
        var items = await _connection.Pages($"{SurveyBase}/polls/{surveyId:D}/pollRuns", new Dictionary<string, string?> { ["sort"] = "-startTime" }, 100,
            cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        return items.Select(r => new SurveyRun(Guid.Parse(r.GetProperty("id").GetString()!), surveyId,
            r.TryGetProperty("status", out var s) ? s.GetString() : null,
            r.TryGetProperty("startTime", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? Timestamp(t.GetString()) : null,
            r.TryGetProperty("factsheetsTotal", out var total) && total.TryGetInt32(out var n) ? n : 0,
            r.TryGetProperty("factsheetsCompleted", out var done) && done.TryGetInt32(out var m) ? m : 0)).ToList();
    }

    /// <summary>One run's results workbook (<c>GET /pollRuns/{id}/poll_results.xlsx</c>), streamed to <paramref name="destination"/>.</summary>
    public Task<RestDownload> DownloadSurveyResultsAsync(Guid runId, Stream destination, CancellationToken cancellationToken = default) =>
        _connection.DownloadAsync($"{SurveyBase}/pollRuns/{runId:D}/poll_results.xlsx", destination, cancellationToken: cancellationToken);

    /// <summary>
    /// The seed's <c>download_surveys(filename)</c> (admin.md §11.3, D70): the results of every run of every survey, one XLSX per run in
    /// <paramref name="directory"/> named <c>&lt;survey title&gt;_&lt;run id&gt;.xlsx</c>. Uses survey v1, as poll v2 is deprecated.
    /// </summary>
    public async Task<IReadOnlyList<SurveyResultsFile>> DownloadSurveysAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var written = new List<SurveyResultsFile>();
        foreach (var survey in await ListSurveysAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        foreach (var run in await ListSurveyRunsAsync(survey.Id, cancellationToken).ConfigureAwait(false))
        {
            var path = Path.Combine(directory, SafeFileName($"{survey.Title}_{run.Id:D}.xlsx"));
            await DownloadToFileAsync($"{SurveyBase}/pollRuns/{run.Id:D}/poll_results.xlsx", null, path, cancellationToken).ConfigureAwait(false);
            written.Add(new SurveyResultsFile(survey, run, path));
        }
        return written;
    }

    /// <summary>Streams to a temporary file next to <paramref name="path"/> and moves it there only when complete.</summary>
    private async Task<long> DownloadToFileAsync(string apiPath, IReadOnlyDictionary<string, string?>? query, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".part";
        try
        {
            RestDownload download;
            await using (var file = File.Create(partial))
                download = await _connection.DownloadAsync(apiPath, file, query, cancellationToken: cancellationToken).ConfigureAwait(false);
            File.Move(partial, full, overwrite: true);
            return download.Length;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    private static WorkspaceExport Export(JsonObject e) => new(
        Guid.TryParse((string?)e["id"], out var id) ? id : throw Unreadable("exports", "an export without an id"),
        (string?)e["type"] ?? "", (string?)e["status"] ?? "", Timestamp((string?)e["createdAt"]), Timestamp((string?)e["deleteAt"]),
        (string?)e["downloadKey"], (string?)e["downloadFilename"]);

    /// <summary>D69: <c>job:&lt;seq&gt;:&lt;exportId&gt;</c>; other job ids name no export.</summary>
    internal static Guid? ExportIdOf(string? jobId) =>
        jobId?.Split(':') is [_, _, var last] && Guid.TryParse(last, out var id) ? id : null;

    private static DateTimeOffset? Timestamp(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray()).Trim();
        return safe.Length == 0 || safe is "." or ".." ? "download" : safe;
    }

    private static LeanIXRequestFailedException Unreadable(string path, string what) =>
        new($"{Pathfinder}/{path}: the response holds {what}.", "/" + Pathfinder + "/" + path, System.Net.HttpStatusCode.OK);
}
