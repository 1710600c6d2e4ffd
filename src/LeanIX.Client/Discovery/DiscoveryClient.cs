using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Client.Typed;
using LeanIX.Client.Wire;

namespace LeanIX.Client.Discovery;

/// <summary>
/// Catalog search, microservice discovery and geo look-up (<c>lx.Discovery</c>, admin.md §12, D64, D65, D71): reference
/// catalogs, manifest and SBOM ingest at <c>/services/technology-discovery/v1</c>, and location suggestions. Catalog search
/// and geo look-up have no published endpoint; the paths are the emulator's (D65, D71) and can be changed.
/// </summary>
public sealed class DiscoveryClient
{
    private const string TechnologyDiscovery = "services/technology-discovery/v1";
    private readonly LeanIXConnection _connection;

    internal DiscoveryClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>The reference-data path of catalog searches (D65: the real path is not published).</summary>
    public string CatalogBasePath { get; set; } = "services/reference-data/v1/source";

    /// <summary>The path of location suggestions (D71: the real endpoint is unknown).</summary>
    public string LocationsPath { get; set; } = "services/pathfinder/v1/suggestions/locations";

    /// <summary>The first wait between SBOM job polls; it doubles up to five seconds.</summary>
    internal TimeSpan InitialPollDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Items of a catalog (<see cref="Catalogs"/>) matching <paramref name="query"/>: a substring of the name or an alias, or
    /// with <paramref name="fuzzy"/> words that start alike or differ by one letter. Every page is read.
    /// </summary>
    public async Task<IReadOnlyList<CatalogItem>> FindCatalogItemsAsync(string catalog, string query, bool fuzzy = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalog);
        ArgumentNullException.ThrowIfNull(query);
        var items = new List<CatalogItem>();
        for (var page = 1; ; page++)
        {
            var envelope = await _connection.SendAsync(HttpMethod.Get, $"{CatalogBasePath}/{Uri.EscapeDataString(catalog)}/fact-sheets", Wire.EnvelopeWire, null,
                new Dictionary<string, string?> { ["q"] = query, ["fuzzy"] = fuzzy ? "true" : "false", ["page"] = page.ToString(), ["size"] = "100" },
                cancellationToken).ConfigureAwait(false);
            var batch = envelope.Data is { } data ? LeanIXConnection.Read(data, Wire.ListCatalogItem, $"GET /{CatalogBasePath}/{{catalog}}/fact-sheets") : [];
            items.AddRange(batch);
            if (batch.Count == 0 || items.Count >= (envelope.Total ?? items.Count)) return items;
        }
    }

    /// <summary>
    /// Ingests a microservice manifest (YAML, admin.md §12.2): the microservice fact sheet with its <c>metadata.externalId</c> is
    /// created or updated. A malformed manifest, or one referring to applications, teams or tag groups that do not exist, is refused (400).
    /// </summary>
    public async Task<ManifestIngestResult> IngestManifestAsync(string manifestYaml, string fileName = "leanix.yaml", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestYaml);
        var answer = await _connection.UploadAsync($"{TechnologyDiscovery}/manifests",
            [MultipartPart.File("file", fileName, Encoding.UTF8.GetBytes(manifestYaml), "application/yaml")], HttpMethod.Put, cancellationToken: cancellationToken).ConfigureAwait(false);
        const string operation = $"PUT /{TechnologyDiscovery}/manifests";
        var data = answer?["data"] as JsonObject ?? throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);
        return new ManifestIngestResult(
            Guid.TryParse((string?)data["factSheetId"], out var id) ? id : throw new LeanIXRequestFailedException($"{operation}: the response has no factSheetId.", operation),
            (bool?)data["created"] ?? false, (string?)data["type"]);
    }

    /// <summary>Uploads an SBOM (CycloneDX or SPDX JSON) for a fact sheet; the answer is the scheduled job (poll it with <see cref="WaitForSbomJobAsync"/>).</summary>
    public async Task<SbomJob> IngestSbomAsync(Guid factSheetId, byte[] sbom, string fileName = "sbom.json", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sbom);
        var answer = await _connection.UploadAsync($"{TechnologyDiscovery}/factSheets/{IdArgument.NotEmpty(factSheetId, "fact sheet")}/sboms",
            [MultipartPart.File("sbom", fileName, sbom, "application/json")], HttpMethod.Post, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Job(answer, $"POST /{TechnologyDiscovery}/factSheets/{{id}}/sboms");
    }

    /// <summary>An SBOM job as it is now.</summary>
    /// <exception cref="LeanIXNotFoundException">There is no such job (jobs are kept 48 hours).</exception>
    public async Task<SbomJob> GetSbomJobAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        var answer = await _connection.RequestAsync($"{TechnologyDiscovery}/sboms/jobs/{jobId}", HttpMethod.Get, null, null, cancellationToken).ConfigureAwait(false);
        return Job(answer, $"GET /{TechnologyDiscovery}/sboms/jobs/{{jobId}}");
    }

    /// <summary>
    /// Polls an SBOM job until it has ended (SUCCEEDED or FAILED) and returns it; waits on the client's clock, doubling the
    /// pause up to five seconds. Throws <see cref="TimeoutException"/> when it has not ended after <paramref name="maxWait"/> (default ten minutes).
    /// </summary>
    public async Task<SbomJob> WaitForSbomJobAsync(Guid jobId, TimeSpan? maxWait = null, CancellationToken cancellationToken = default)
    {
        var clock = _connection.Clock;
        var started = clock.GetTimestamp();
        var delay = InitialPollDelay;
        while (true)
        {
            var job = await GetSbomJobAsync(jobId, cancellationToken).ConfigureAwait(false);
            if (job.IsFinished) return job;
            if (clock.GetElapsedTime(started) >= (maxWait ?? TimeSpan.FromMinutes(10)))
                throw new TimeoutException($"SBOM job {jobId} is still {job.Status} after {clock.GetElapsedTime(started).TotalSeconds:0} s.");
            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
        }
    }

    /// <summary>Up to <paramref name="length"/> geocoded places for a search text (the seed's <c>get_geo_locations</c>, D71).</summary>
    public async Task<IReadOnlyList<Location>> GetGeoLocationsAsync(string query, int length = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var envelope = await _connection.SendAsync(HttpMethod.Get, LocationsPath, Wire.EnvelopeWire, null,
            new Dictionary<string, string?> { ["q"] = query, ["count"] = length.ToString() }, cancellationToken).ConfigureAwait(false);
        return envelope.Data is { } data ? LeanIXConnection.Read(data, Wire.ListLocation, $"GET /{LocationsPath}") : [];
    }

    private static SbomJob Job(JsonNode? answer, string operation)
    {
        var data = answer?["data"] as JsonObject ?? throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);
        var id = (string?)data["jobId"] ?? (string?)data["id"];
        return LeanIXConnection.Read(System.Text.Json.JsonSerializer.SerializeToElement(data, Wire.JsonObject), Wire.SbomJob, operation) with
        {
            Id = Guid.TryParse(id, out var parsed) ? parsed : throw new LeanIXRequestFailedException($"{operation}: the job has no id.", operation)
        };
    }
}
