using ClosedXML.Excel;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Downloads;

/// <summary>admin.md §11.3, D70 on the client: surveys, their runs and the runs' result workbooks.</summary>
public class SurveyDownloadTests
{
    [Fact]
    public async Task Every_run_of_every_survey_is_downloaded_as_a_workbook()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var crm = await lx.FactSheets.CreateAsync("Application", "CRM");
        var erp = await lx.FactSheets.CreateAsync("Application", "ERP");
        var (poll, run) = await DownloadTestData.SeedSurveyAsync(host, "Owner check", [crm.Id, erp.Id], DateTimeOffset.UtcNow.AddDays(-1));
        await DownloadTestData.SeedSurveyAsync(host, "Hosting", [erp.Id], DateTimeOffset.UtcNow);

        var surveys = await lx.Downloads.ListSurveysAsync();
        Assert.Equal(["Hosting", "Owner check"], surveys.Select(s => s.Title));
        Assert.Equal(["Owner check"], (await lx.Downloads.ListSurveysAsync("owner")).Select(s => s.Title));
        var runs = await lx.Downloads.ListSurveyRunsAsync(poll.Id);
        Assert.Equal((run.Id, 2, 1), (Assert.Single(runs).Id, runs[0].FactSheetsTotal, runs[0].FactSheetsCompleted));

        var directory = DownloadTestData.TempDirectory();
        try
        {
            var files = await lx.Downloads.DownloadSurveysAsync(directory);
            Assert.Equal(2, files.Count);
            var owner = files.Single(f => f.Survey.Id == poll.Id);
            using var workbook = new XLWorkbook(owner.Path);
            var sheet = workbook.Worksheet("Results");
            Assert.Equal(["Fact Sheet Id", "Fact Sheet Type", "Fact Sheet Name", "Is the owner right?", "Hosting?"],
                Enumerable.Range(1, 5).Select(c => sheet.Cell(1, c).GetString()));
            Assert.Equal(["CRM", "Yes", "Cloud"], new[] { 3, 4, 5 }.Select(c => sheet.Cell(2, c).GetString()));
            Assert.Equal(("ERP", ""), (sheet.Cell(3, 3).GetString(), sheet.Cell(3, 4).GetString()));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Unknown_surveys_and_runs_are_not_found_and_a_viewer_reads_them()
    {
        await using var host = await RoleHosts.StartAsync();
        using var lx = TestClients.For(host);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Downloads.ListSurveyRunsAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Downloads.DownloadSurveyResultsAsync(Guid.NewGuid(), Stream.Null));
        var app = await lx.FactSheets.CreateAsync("Application", "CRM");
        var (_, run) = await DownloadTestData.SeedSurveyAsync(host, "Owner check", [app.Id], DateTimeOffset.UtcNow);
        using var viewer = RoleHosts.SecondClient(host);
        Assert.Single(await viewer.Downloads.ListSurveysAsync());
        using var results = new MemoryStream();
        var download = await viewer.Downloads.DownloadSurveyResultsAsync(run.Id, results);
        Assert.Equal("poll_results.xlsx", download.FileName);
        Assert.True(results.Length > 0);
        var bad = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() =>
            lx.Connection.RequestAsync("services/survey/v1/polls", query: new Dictionary<string, string?> { ["sort"] = "-owner" }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.Status);
    }
}
