using System.Net;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Downloads;

/// <summary>admin.md §11, D68–D70 over the wire: the export job and its single-use key, and the survey routes of v2 and v1.</summary>
public class DownloadEndpointTests
{
    private const string Exports = "services/pathfinder/v1/exports";

    [Fact]
    public async Task An_export_answers_its_job_and_its_key_hands_the_xlsx_out_once()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        using var started = await client.SendAsync(HttpMethod.Post, Exports + "/fullExport?exportType=SNAPSHOT");
        var job = (await RestAssert.OkAsync(started, "JobResponseData"))["data"]!;
        Assert.Equal("A new job is queued.", (string?)job["message"]);
        var list = await client.GetJsonAsync(Exports + "?exportType=SNAPSHOT&sorting=createdAt&sortDirection=DESC");
        var export = list["data"]![0]!;
        Assert.Equal($"job:1:{(string)export["id"]!}", (string?)job["jobId"]);
        Assert.Equal("COMPLETED", (string?)export["status"]);
        var key = (string)export["downloadKey"]!;

        var url = $"{Exports}/downloads/{host.Workspace.Id:D}?key={key}";
        using (var file = await client.SendAsync(HttpMethod.Get, url))
        {
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
            var bytes = await file.Content.ReadAsByteArrayAsync();
            Assert.Equal((byte)'P', bytes[0]); // an XLSX is a zip archive
        }
        using (var again = await client.SendAsync(HttpMethod.Get, url))
            await RestAssert.ErrorAsync(again, HttpStatusCode.NotFound, "used already");
        Assert.Equal("DOWNLOADED", (string?)(await client.GetJsonAsync(Exports))["data"]![0]!["status"]);
        using (var audit = await client.SendAsync(HttpMethod.Post, Exports + "/fullExport?exportType=AUDIT_LOG"))
            await RestAssert.ErrorAsync(audit, HttpStatusCode.NotImplemented);
        using (var cursor = await client.SendAsync(HttpMethod.Get, Exports + "?cursor=bogus"))
            await RestAssert.ErrorAsync(cursor, HttpStatusCode.BadRequest, "Cursor");
    }

    [Fact]
    public async Task Poll_v2_answers_carry_the_deprecation_headers_and_writes_are_not_implemented()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.Overlay<Poll>().Add(new Poll { Id = Guid.NewGuid(), Title = "Owner check", CreatedAt = DateTimeOffset.UtcNow });
            host.Workspace.Commit(tx);
        }
        using var client = new WireClient(host);
        using (var v2 = await client.SendAsync(HttpMethod.Get, $"services/poll/v2/polls?workspaceId={host.Workspace.Id:D}&sort=createdAt-desc"))
        {
            var body = await RestAssert.OkAsync(v2, "Poll");
            Assert.Equal("Owner check", (string?)body["data"]![0]!["title"]);
            Assert.Equal("""{"state": "deprecated"}""", v2.Headers.GetValues("X-SAP-stateInfo").Single());
            Assert.Contains("survey/v1", v2.Headers.GetValues("X-API-Warn").Single());
        }
        using (var other = await client.SendAsync(HttpMethod.Get, $"services/poll/v2/polls?workspaceId={Guid.NewGuid():D}"))
            await RestAssert.ErrorAsync(other, HttpStatusCode.Forbidden);
        using (var badSort = await client.SendAsync(HttpMethod.Get, "services/poll/v2/polls?sort=createdAt-sideways"))
            await RestAssert.ErrorAsync(badSort, HttpStatusCode.BadRequest, "sort");
        using (var v1 = await client.SendAsync(HttpMethod.Get, "services/survey/v1/polls?sort=-createdAt"))
        {
            await RestAssert.OkAsync(v1, "Poll");
            Assert.False(v1.Headers.Contains("X-API-Warn"));
        }
        using (var create = await client.SendAsync(HttpMethod.Post, "services/survey/v1/polls", new System.Text.Json.Nodes.JsonObject { ["title"] = "x" }))
            await RestAssert.ErrorAsync(create, HttpStatusCode.NotImplemented, "D70");
        using (var missing = await client.SendAsync(HttpMethod.Get, $"services/survey/v1/pollRuns/{Guid.NewGuid():D}/poll_results.xlsx"))
            await RestAssert.ErrorAsync(missing, HttpStatusCode.NotFound);
    }
}
