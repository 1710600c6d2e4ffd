using ClosedXML.Excel;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Downloads;

/// <summary>D70: surveys declared in the emulator's workspace config are served by the survey routes and downloaded by the client.</summary>
public class ConfiguredSurveyTests
{
    [Fact]
    public async Task A_configured_survey_is_listed_and_its_results_workbook_downloads()
    {
        var created = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig
        {
            Seed = "demo",
            Surveys =
            [
                new SurveyConfig
                {
                    Title = "Hosting check", CreatedAt = created,
                    Questions = [new SurveyQuestionConfig { Id = "q1", Text = "Where is it hosted?", Type = "SINGLE_SELECT" }],
                    Runs =
                    [
                        new SurveyRunConfig
                        {
                            Status = "FINISHED", StartTime = created.AddDays(1), FactSheets = ["CRM - Sales Cloud"],
                            Answers = [new SurveyAnswerConfig { FactSheet = "CRM - Sales Cloud", Question = "q1", Answer = "SaaS" }]
                        }
                    ]
                }
            ]
        });
        await using var host = await EmulatorHost.StartAsync(options);
        using var lx = TestClients.For(host);

        var survey = Assert.Single(await lx.Downloads.ListSurveysAsync());
        Assert.Equal("Hosting check", survey.Title);
        var run = Assert.Single(await lx.Downloads.ListSurveyRunsAsync(survey.Id));
        Assert.Equal((1, 1), (run.FactSheetsTotal, run.FactSheetsCompleted));

        using var results = new MemoryStream();
        var download = await lx.Downloads.DownloadSurveyResultsAsync(run.Id, results);
        Assert.Equal("poll_results.xlsx", download.FileName);
        results.Position = 0;
        using var workbook = new XLWorkbook(results);
        var sheet = workbook.Worksheet("Results");
        Assert.Equal(["CRM - Sales Cloud", "SaaS"], new[] { 3, 4 }.Select(c => sheet.Cell(2, c).GetString()));
    }

    [Fact]
    public async Task A_survey_naming_an_unknown_fact_sheet_stops_the_start()
    {
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig
        {
            Seed = "empty",
            Surveys = [new SurveyConfig { Title = "Owners", Runs = [new SurveyRunConfig { FactSheets = ["Nowhere"] }] }]
        });
        var error = await Assert.ThrowsAsync<StartupException>(() => EmulatorHost.StartAsync(options));
        Assert.Contains("'Nowhere'", error.Message);
    }
}
