using System.Net;
using ClosedXML.Excel;
using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Client.Tests.Downloads;

/// <summary>admin.md §11.2, D69 on the client: export, wait, single-use key, expiry.</summary>
public class SnapshotDownloadTests
{
    [Fact]
    public async Task The_snapshot_is_a_workbook_of_current_data_and_its_key_works_once()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.FactSheets.CreateAsync("Application", "CRM");
        await lx.FactSheets.CreateAsync("ITComponent", "Postgres");
        var directory = DownloadTestData.TempDirectory();
        try
        {
            var snapshot = await lx.Downloads.DownloadSnapshotAsync(Path.Combine(directory, "snap_{workspace}_{time}.xlsx"), TimeSpan.FromMinutes(1));
            Assert.StartsWith(Path.Combine(directory, "snap_" + host.Workspace.Name + "_"), snapshot.Path);
            Assert.Equal(new FileInfo(snapshot.Path).Length, snapshot.Length);
            Assert.Empty(Directory.GetFiles(directory, "*.part"));
            using (var workbook = new XLWorkbook(snapshot.Path))
            {
                var apps = workbook.Worksheet("Application");
                Assert.Equal(("name", "Name"), (apps.Cell(1, 2).GetString(), apps.Cell(2, 2).GetString()));
                Assert.Equal("CRM", apps.Cell(3, 2).GetString());
                Assert.Equal("Postgres", workbook.Worksheet("ITComponent").Cell(3, 2).GetString());
            }

            var listed = Assert.Single(await lx.Downloads.ListExportsAsync("SNAPSHOT"));
            Assert.Equal((snapshot.Export.Id, "DOWNLOADED", (string?)null), (listed.Id, listed.Status, listed.DownloadKey));
            // D69: the key handed the file out once; a second use is refused in the D2 shape.
            var again = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Downloads.DownloadExportAsync(snapshot.Export.DownloadKey!, Stream.Null));
            Assert.Contains("used already", again.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Export_lists_page_by_end_cursor_and_bad_keys_and_workspaces_are_refused()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        for (var i = 0; i < 3; i++)
            await lx.Connection.RequestAsync("services/pathfinder/v1/exports/fullExport", HttpMethod.Post,
                query: new Dictionary<string, string?> { ["exportType"] = i == 2 ? "ARCHIVE" : "SNAPSHOT" });
        var firstPage = await lx.Connection.RequestAsync("services/pathfinder/v1/exports", HttpMethod.Get, null,
            new Dictionary<string, string?> { ["pageSize"] = "2" }, new RestRequestOptions());
        Assert.Equal(2, firstPage!["data"]!.AsArray().Count);
        Assert.NotNull((string?)firstPage["endCursor"]);
        var all = await lx.Connection.RequestAsync("services/pathfinder/v1/exports", HttpMethod.Get, null,
            new Dictionary<string, string?> { ["pageSize"] = "2" }, new RestRequestOptions { MaxPages = 5 });
        Assert.Equal(3, all!["data"]!.AsArray().Count);
        Assert.Null((string?)all["endCursor"]);
        Assert.Equal(2, (await lx.Downloads.ListExportsAsync("SNAPSHOT")).Count);

        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Downloads.DownloadExportAsync(Guid.NewGuid().ToString(), Stream.Null));
        var badType = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Connection.RequestAsync("services/pathfinder/v1/exports/fullExport",
            HttpMethod.Post, query: new Dictionary<string, string?> { ["exportType"] = "EVERYTHING" }));
        Assert.Equal(HttpStatusCode.BadRequest, badType.Status);
        var noKey = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() =>
            lx.Connection.DownloadAsync($"services/pathfinder/v1/exports/downloads/{host.Workspace.Id:D}", Stream.Null));
        Assert.Equal(HttpStatusCode.BadRequest, noKey.Status);
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => lx.Connection.DownloadAsync(
            $"services/pathfinder/v1/exports/downloads/{Guid.NewGuid():D}", Stream.Null, new Dictionary<string, string?> { ["key"] = "k" }));
    }

    [Fact]
    public async Task An_export_not_downloaded_in_time_is_deleted()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new EmulatorOptions { ExportLifetime = TimeSpan.FromMinutes(10) };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "empty" });
        await using var host = await EmulatorHost.StartAsync(options, clock);
        using var lx = TestClients.For(host);
        await lx.Connection.RequestAsync("services/pathfinder/v1/exports/fullExport", HttpMethod.Post,
            query: new Dictionary<string, string?> { ["exportType"] = "SNAPSHOT" });
        var key = Assert.Single(await lx.Downloads.ListExportsAsync()).DownloadKey!;
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal("DELETED", Assert.Single(await lx.Downloads.ListExportsAsync()).Status);
        var expired = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Downloads.DownloadExportAsync(key, Stream.Null));
        Assert.Contains("expired", expired.Message);
    }

    [Fact]
    public async Task A_viewer_may_download_a_snapshot()
    {
        await using var host = await RoleHosts.StartAsync();
        using var viewer = RoleHosts.SecondClient(host);
        var directory = DownloadTestData.TempDirectory();
        try
        {
            var snapshot = await viewer.Downloads.DownloadSnapshotAsync(Path.Combine(directory, "viewer.xlsx"));
            using var workbook = new XLWorkbook(snapshot.Path);
            Assert.Contains(workbook.Worksheets, w => w.Name == "Application");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
