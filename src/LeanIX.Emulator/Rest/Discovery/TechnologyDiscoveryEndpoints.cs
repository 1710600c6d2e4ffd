using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Discovery;

/// <summary>
/// Technology discovery, <c>/services/technology-discovery/v1</c> (admin.md §12.2, §12.3, D64): manifest ingest (PUT
/// <c>/manifests</c>, part <c>file</c>) and SBOM ingest as a job (POST <c>/factSheets/{id}/sboms</c>, part <c>sbom</c>; GET
/// <c>/sboms/jobs/{jobId}</c>). Answers are <c>{"data":{…}}</c>, errors D2 bodies (D64).
/// </summary>
public static class TechnologyDiscoveryEndpoints
{
    public const string Base = "/services/technology-discovery/v1";
    private const string Service = "technology discovery";
    private static readonly TimeSpan JobRetention = TimeSpan.FromHours(48);

    public static WebApplication MapTechnologyDiscoveryEndpoints(this WebApplication app, TimeSpan sbomProcessingTime)
    {
        ServiceRoutes.Map(app, "PUT", Base + "/manifests", true, Service, IngestManifestAsync);
        ServiceRoutes.Map(app, "POST", Base + "/factSheets/{id}/sboms", true, Service, c => IngestSbomAsync(c, sbomProcessingTime));
        ServiceRoutes.Map(app, "GET", Base + "/sboms/jobs/{jobId}", false, Service, GetJobAsync);
        return app;
    }

    /// <summary>D64: 200 <c>{"data":{"factSheetId","created"}}</c>; a file that is not YAML, or lacks name or external id, is a 400.</summary>
    private static async Task<IResult> IngestManifestAsync(HttpContext context)
    {
        var text = await ReadPartAsync(context, "file");
        var manifest = MicroserviceManifest.Parse(YamlJson.Parse(text, "manifest"));
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            var (factSheet, created) = ManifestIngest.Apply(tx, manifest);
            principal.Workspace.Commit(tx);
            return Data(new JsonObject { ["factSheetId"] = Formats.Id(factSheet.Id), ["created"] = created, ["type"] = factSheet.Type });
        }
    }

    /// <summary>admin.md §12.3: 202 with the job, SCHEDULED.</summary>
    private static async Task<IResult> IngestSbomAsync(HttpContext context, TimeSpan processingTime)
    {
        var id = ServiceRoutes.Route(context);
        var (fileName, text) = await ReadFileAsync(context, "sbom");
        var principal = context.Principal();
        using (await principal.Workspace.LockAsync(context.RequestAborted))
        {
            var tx = principal.Workspace.Begin(principal.UserId);
            if (!Guid.TryParse(id, out var factSheetId) || tx.FactSheets.Get(factSheetId) is not { IsActive: true })
                throw new NotFoundException($"Fact sheet '{id}' does not exist.", id);
            var job = new SbomJob
            {
                Id = Guid.NewGuid(), FactSheetId = factSheetId, FileName = fileName, Content = text, CreatedAt = tx.Now,
                PlannedExecutionAt = tx.Now + processingTime / 2, FinishesAt = tx.Now + processingTime, ErrorMessage = JsonError(text)
            };
            tx.Overlay<SbomJob>().Add(job);
            principal.Workspace.Commit(tx);
            return Results.Text(new JsonObject { ["data"] = Job(job, principal.Workspace.Id, tx.Now, includeJobId: true) }.ToJsonString(), "application/json", statusCode: StatusCodes.Status202Accepted);
        }
    }

    /// <summary>admin.md §12.3: jobs are kept 48 h, then 404.</summary>
    private static async Task<IResult> GetJobAsync(HttpContext context)
    {
        var id = ServiceRoutes.Route(context, "jobId");
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var now = workspace.Clock.GetUtcNow();
            var job = Guid.TryParse(id, out var jobId) ? workspace.State.Source<SbomJob>().Get(jobId) : null;
            if (job is null || now - job.CreatedAt > JobRetention) throw new NotFoundException($"SBOM job '{id}' does not exist or has expired.", id);
            return Data(Job(job, workspace.Id, now, includeJobId: false));
        }
    }

    private static JsonObject Job(SbomJob job, Guid workspaceId, DateTimeOffset now, bool includeJobId)
    {
        var (status, updatedAt) = now < job.PlannedExecutionAt ? ("SCHEDULED", job.CreatedAt)
            : now < job.FinishesAt ? ("IN_PROGRESS", job.PlannedExecutionAt)
            : (job.ErrorMessage is null ? "SUCCEEDED" : "FAILED", job.FinishesAt);
        var json = new JsonObject();
        json[includeJobId ? "jobId" : "id"] = Formats.Id(job.Id);
        json["workspaceId"] = Formats.Id(workspaceId);
        json["status"] = status;
        json["errorMessage"] = status == "FAILED" ? job.ErrorMessage : null;
        json["createdAt"] = Formats.Timestamp(job.CreatedAt);
        json["plannedExecutionAt"] = Formats.Timestamp(job.PlannedExecutionAt);
        json["updatedAt"] = Formats.Timestamp(updatedAt);
        return json;
    }

    /// <summary>D64: an SBOM that is not JSON fails its job (the upload itself is accepted).</summary>
    private static string? JsonError(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            return $"The SBOM file is not valid JSON: {e.Message}";
        }
    }

    private static async Task<string> ReadPartAsync(HttpContext context, string part) => (await ReadFileAsync(context, part)).Text;

    private static async Task<(string FileName, string Text)> ReadFileAsync(HttpContext context, string part)
    {
        if (!context.Request.HasFormContentType)
            throw new RestInputException($"The request must be multipart/form-data with the file in the part '{part}'.", context.Request.ContentType, part);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files.GetFile(part) ?? throw new RestInputException($"The multipart request has no part '{part}'.", part, part);
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        return (file.FileName, await reader.ReadToEndAsync(context.RequestAborted));
    }

    private static IResult Data(JsonNode data) => Results.Text(new JsonObject { ["data"] = data }.ToJsonString(), "application/json");
}
