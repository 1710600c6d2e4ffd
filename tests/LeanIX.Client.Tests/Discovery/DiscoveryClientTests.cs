using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Client.Discovery;
using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Client.Tests.Discovery;

public class DiscoveryClientTests
{
    private const string Manifest = """
        version: 1
        metadata:
          name: disputes-service-v1
          externalId: disputes-service-v1
          description: "Handles payment disputes"
          applications:
            - name: Payments
          teams:
            - name: Team Disputes
          tags:
            - tagGroupName: Domain
              tagNames: [Payments]
        """;

    private const string MicroserviceQuery = """
        query($id: ID!) { factSheet(id: $id) { name description rev type tags { name }
          ... on Application { category externalId { externalId }
            relToParent { edges { node { factSheet { name } } } }
            relApplicationToOrganization { edges { node { factSheet { name } } } } } } }
        """;

    [Fact]
    public async Task A_manifest_creates_the_microservice_then_updates_it_by_external_id_through_the_mutation_layer()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.FactSheets.Of("Application").CreateAsync("Payments");
        await lx.FactSheets.Of("Organization").CreateAsync("Team Disputes");
        await lx.Tags.CreateTagGroupAsync("Domain");
        await lx.Tags.CreateTagAsync("Domain", "Payments");

        var created = await lx.Discovery.IngestManifestAsync(Manifest);
        Assert.True(created.Created);
        Assert.Equal("Application", created.Type); // the v4 fixture has no Microservice type (D64)
        var fs = (await lx.Connection.GraphQLAsync(MicroserviceQuery, new { id = created.FactSheetId }))["factSheet"]!;
        Assert.Equal(("disputes-service-v1", "Handles payment disputes", "microservice"), ((string?)fs["name"], (string?)fs["description"], (string?)fs["category"]));
        Assert.Equal("disputes-service-v1", (string?)fs["externalId"]!["externalId"]);
        Assert.Equal("Payments", (string?)fs["relToParent"]!["edges"]![0]!["node"]!["factSheet"]!["name"]);
        Assert.Equal("Team Disputes", (string?)fs["relApplicationToOrganization"]!["edges"]![0]!["node"]!["factSheet"]!["name"]);
        Assert.Equal("Payments", (string?)fs["tags"]![0]!["name"]);
        var rev = (long)fs["rev"]!;

        var updated = await lx.Discovery.IngestManifestAsync(Manifest.Replace("Handles payment disputes", "Handles disputes and chargebacks"));
        Assert.False(updated.Created);
        Assert.Equal(created.FactSheetId, updated.FactSheetId);
        fs = (await lx.Connection.GraphQLAsync(MicroserviceQuery, new { id = created.FactSheetId }))["factSheet"]!;
        Assert.Equal("Handles disputes and chargebacks", (string?)fs["description"]);
        Assert.True((long)fs["rev"]! > rev);
        Assert.Single(fs["relToParent"]!["edges"]!.AsArray()); // relations are not duplicated
    }

    [Fact]
    public async Task A_malformed_manifest_or_one_with_unknown_references_gets_a_clear_400_and_changes_nothing()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var notYaml = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Discovery.IngestManifestAsync("metadata:\n  name: [unclosed\n"));
        Assert.Equal(HttpStatusCode.BadRequest, notYaml.Status);
        Assert.Contains("not valid YAML", notYaml.Message);

        var noExternalId = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Discovery.IngestManifestAsync("version: 1\nmetadata:\n  name: orphan\n"));
        Assert.Contains("'metadata.externalId' is required", noExternalId.Message);

        var unknownGroup = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Discovery.IngestManifestAsync(Manifest));
        Assert.Equal(HttpStatusCode.BadRequest, unknownGroup.Status);
        Assert.Contains("The tag group 'Domain' does not exist", unknownGroup.Message);
        await lx.Tags.CreateTagGroupAsync("Domain");
        await lx.Tags.CreateTagAsync("Domain", "Payments");
        var unknownApp = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Discovery.IngestManifestAsync(Manifest));
        Assert.Contains("no active Application with name 'Payments'", unknownApp.Message);
        Assert.Empty(await lx.FactSheets.Of("Application").AllAsync());
    }

    [Fact]
    public async Task An_SBOM_job_is_polled_to_its_end_and_a_file_that_is_not_JSON_fails_its_job()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Workspaces = { new WorkspaceConfig { Seed = "empty" } } }, clock);
        await using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock)
            .AddLeanIX(o => { o.ApiToken = host.ApiToken; o.Host = host.BaseUrl; o.Timeout = TimeSpan.FromMinutes(5); })
            .BuildServiceProvider();
        var lx = provider.GetRequiredService<LeanIXClient>();
        var app = await lx.FactSheets.Of("Application").CreateAsync("Payments");
        var sbom = Encoding.UTF8.GetBytes("""{"bomFormat":"CycloneDX","specVersion":"1.5","components":[]}""");

        var job = await lx.Discovery.IngestSbomAsync(app.Id, sbom);
        Assert.Equal(SbomJobStatus.Scheduled, job.Status);
        Assert.Equal(host.Workspace.Id, job.WorkspaceId);
        var wait = lx.Discovery.WaitForSbomJobAsync(job.Id);
        var seen = new HashSet<string>();
        for (var i = 0; i < 2000 && !wait.IsCompleted; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100)); // the one fake clock moves the job and the client's polls
            await Task.Delay(5);
        }
        var done = await wait;
        Assert.Equal(SbomJobStatus.Succeeded, done.Status);
        Assert.Null(done.ErrorMessage);

        var broken = await lx.Discovery.IngestSbomAsync(app.Id, Encoding.UTF8.GetBytes("<bom/>"), "bom.xml");
        clock.Advance(TimeSpan.FromSeconds(2));
        var failed = await lx.Discovery.GetSbomJobAsync(broken.Id);
        Assert.Equal(SbomJobStatus.Failed, failed.Status);
        Assert.Contains("not valid JSON", failed.ErrorMessage);

        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Discovery.IngestSbomAsync(Guid.NewGuid(), sbom));
        clock.Advance(TimeSpan.FromHours(49)); // jobs are kept 48 h
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Discovery.GetSbomJobAsync(job.Id));
    }

    [Fact]
    public async Task Catalog_items_are_found_by_substring_or_fuzzily_and_an_unknown_catalog_is_not_found()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        Assert.Equal(["saas-jira-software"], (await lx.Discovery.FindCatalogItemsAsync(Catalogs.Saas, "jira")).Select(i => i.Id));
        Assert.Empty(await lx.Discovery.FindCatalogItemsAsync(Catalogs.Saas, "jirra"));
        Assert.Equal(["saas-jira-software"], (await lx.Discovery.FindCatalogItemsAsync(Catalogs.Saas, "jirra", fuzzy: true)).Select(i => i.Id));
        var postgres = await lx.Discovery.FindCatalogItemsAsync(Catalogs.Ltls, "postgres");
        Assert.Equal(2, postgres.Count);
        Assert.All(postgres, p => Assert.Equal("ITComponent", p.Type));
        Assert.Contains("Postgres 16", postgres.SelectMany(p => p.Aliases));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Discovery.FindCatalogItemsAsync("books", "x"));
    }

    [Fact]
    public async Task Geo_locations_come_from_the_offline_geocoder()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var munich = Assert.Single(await lx.Discovery.GetGeoLocationsAsync("München"));
        Assert.Equal(("Munich", "DE"), (munich.GeoCity, munich.GeoCountryCode));
        Assert.NotNull(munich.Latitude);
        Assert.Empty(await lx.Discovery.GetGeoLocationsAsync("Atlantis"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => lx.Discovery.GetGeoLocationsAsync("Paris", 0));
        var refused = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Connection.RequestAsync(
            "services/pathfinder/v1/suggestions/locations", query: new Dictionary<string, string?> { ["q"] = "Paris", ["count"] = "many" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
    }

    [Fact]
    public async Task A_viewer_may_search_but_not_ingest()
    {
        await using var host = await RoleHosts.StartAsync();
        using var viewer = RoleHosts.SecondClient(host);
        Assert.NotEmpty(await viewer.Discovery.FindCatalogItemsAsync(Catalogs.Saas, "slack"));
        var refused = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Discovery.IngestManifestAsync(Manifest));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }
}
