using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using LeanIX.Client;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Reports;
using LeanIX.Quality.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Quality.Tests;

/// <summary>DataCompletenessPerOrganization on the demo: roll-up figures, the three outputs read back, KPIs in the metrics service.</summary>
public class ReportTests
{
    private static async Task<DataCompletenessReport> BuildAsync(DemoWorkspace demo, TimeProvider? clock = null)
    {
        var workspace = await Workspace.QualityWorkspace.LoadAsync(demo.Client, clock: clock);
        return DataCompletenessPerOrganization.Build(workspace, QualityCheckerRegistry.CreateDefault().Create(null, workspace.Model));
    }

    [Fact]
    public async Task Figures_roll_up_through_the_hierarchy()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        var workspace = await Workspace.QualityWorkspace.LoadAsync(demo.Client);
        var result = QualityRunner.Run(workspace, QualityCheckerRegistry.CreateDefault().Create(null, workspace.Model));
        var report = DataCompletenessPerOrganization.Build(result);

        Assert.Equal(result.Gaps.Count, report.Workspace.Gaps);
        Assert.Equal(result.Gaps.Count, report.Gaps.Count);
        Assert.Equal(workspace.Organizations.Count, report.Organizations.Count);
        var holdingUnit = workspace.Organizations.Single(o => o.Name == "Acme Holding SE");
        var holding = report.Organizations.Single(o => o.Name == "Acme Holding SE");
        Assert.Same(report.Organizations[0], holding); // the root comes first, its children after it
        var all = holdingUnit.SelfAndDescendants().SelectMany(o => o.ResponsibleFor).Select(f => f.Id).Distinct().ToList();
        Assert.Equal(all.Count, holding.FactSheets);
        Assert.Equal(all.Sum(id => result.GapsOf(id).Count), holding.Gaps);
        Assert.Equal(all.Count(id => result.GapsOf(id).Count == 0), holding.FactSheetsWithoutGaps);
        Assert.Equal(holding.Gaps, holding.GapsByCode.Values.Sum());
        Assert.Equal(holding.Gaps, holding.GapsBySeverity.Values.Sum());
        var germany = report.Organizations.Single(o => o.Name == "Acme Germany GmbH");
        Assert.Equal("Acme Holding SE / Acme Germany GmbH", germany.Path);
        Assert.True(germany.FactSheets <= holding.FactSheets);
        Assert.InRange(holding.Completeness, 1, 100);
    }

    [Fact]
    public async Task The_Excel_HTML_and_JSON_outputs_read_back_and_workspace_text_is_escaped()
    {
        await using var demo = await DemoWorkspace.StartAsync();
        const string hostile = "<script>alert('x')</script> & \"Co\"";
        var dms = await demo.Client.FactSheets.GetAsync("Application", "Document Management System");
        await demo.Client.FactSheets.UpdateAsync(dms, [Patch.Replace("/name", hostile)]);
        demo.Client.ClearCache();
        var report = await BuildAsync(demo);
        var dir = Directory.CreateTempSubdirectory("quality-report-").FullName;
        try
        {
            var paths = await ReportOutputs.WriteAsync(report, dir);

            using (var workbook = new XLWorkbook(paths[0]))
            {
                Assert.Equal(ExcelReportWriter.SheetNames, workbook.Worksheets.Select(s => s.Name));
                foreach (var sheet in workbook.Worksheets) Assert.Equal(1, sheet.SheetView.SplitRow);
                var organisations = workbook.Worksheet("Organisations");
                Assert.Equal("Organisation", organisations.Cell(1, 1).GetString());
                Assert.Equal("Workspace", organisations.Cell(2, 1).GetString());
                var holdingRow = organisations.RowsUsed().Single(r => r.Cell(1).GetString() == "Acme Holding SE");
                var holding = report.Organizations.Single(o => o.Name == "Acme Holding SE");
                Assert.Equal(holding.FactSheets, holdingRow.Cell(5).GetValue<int>());
                Assert.Equal(holding.Gaps, holdingRow.Cell(9).GetValue<int>());
                var gaps = workbook.Worksheet("Gaps");
                Assert.Equal(report.Gaps.Count + 1, gaps.RowsUsed().Count());
                Assert.Contains(gaps.RowsUsed(), r => r.Cell(4).GetString() == hostile && r.Cell(9).GetString().Contains(dms.Id.ToString()));
                var byCode = workbook.Worksheet("Gaps by code");
                Assert.Equal(report.Codes, byCode.Row(1).CellsUsed().Skip(2).Select(c => c.GetString()));
            }

            var html = await File.ReadAllTextAsync(paths[1]);
            Assert.DoesNotContain("<script>", html);
            var document = new HtmlParser().ParseDocument(html);
            Assert.Empty(document.Scripts);
            Assert.Equal(2, document.QuerySelectorAll("svg").Length);
            Assert.Empty(document.QuerySelectorAll("link, img, iframe")); // nothing to fetch: it reads offline
            var links = document.QuerySelectorAll("td a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href"))).ToList();
            Assert.Equal(report.Gaps.Count, links.Count);
            Assert.Contains(links, l => l.Text == hostile && l.Href == report.Gaps.First(g => g.Gap.SubjectId == dms.Id).Link);
            Assert.Equal(report.Organizations.Count, document.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Length);
            Assert.Contains(document.QuerySelectorAll("svg text"), t => t.TextContent == "Acme Holding SE");
            System.Xml.Linq.XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]); // well-formed XHTML

            var json = JsonReportWriter.Deserialize(await File.ReadAllTextAsync(paths[2]))!;
            Assert.Equal(report.Gaps.Count, json.Gaps.Count);
            Assert.Equal(report.Organizations.Select(o => (o.Name, o.FactSheets, o.Gaps)), json.Organizations.Select(o => (o.Name, o.FactSheets, o.Gaps)));
            Assert.Contains("\"severity\": \"Error\"", await File.ReadAllTextAsync(paths[2]));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task KPIs_land_in_the_Data_Quality_schema_which_is_created_once()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero));
        await using var demo = await DemoWorkspace.StartAsync();
        Assert.DoesNotContain(await demo.Client.Metrics.GetSchemasAsync(), s => s.Name == QualityKpiPublisher.SchemaName);

        var first = await BuildAsync(demo, clock);
        await QualityKpiPublisher.PublishAsync(demo.Client, first);
        clock.Advance(TimeSpan.FromDays(7));
        var second = await BuildAsync(demo, clock);
        await QualityKpiPublisher.PublishAsync(demo.Client, second);

        var schema = Assert.Single(await demo.Client.Metrics.GetSchemasAsync(), s => s.Name == QualityKpiPublisher.SchemaName);
        var points = await demo.Client.Metrics.GetPointsAsync(schema.Uuid!);
        Assert.Equal([first.GeneratedAt, second.GeneratedAt], points.Select(p => p.Timestamp).Order());
        var stored = points.Single(p => p.Timestamp == first.GeneratedAt);
        Assert.Equal(first.Workspace.Completeness, stored.Metrics["completeness"]);
        Assert.Equal(first.Workspace.Gaps, stored.Metrics["gaps"]);
        Assert.Equal(first.Gaps.Where(g => g.Gap.Code == GapCodes.NoOwner).Select(g => g.Gap.SubjectId).Distinct().Count(), stored.Metrics["missingOwner"]);
        Assert.Equal("workspace", stored.Dimensions["scope"]);
        var charts = await demo.Client.Metrics.GetChartsAsync();
        Assert.Equal(3, charts.Count); // completeness, missing owner, missing description: the standard KPIs the schema holds
    }
}
