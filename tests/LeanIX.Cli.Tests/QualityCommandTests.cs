using LeanIX.Emulator.Hosting;
using LeanIX.Quality.Reports;
using MimeKit;

namespace LeanIX.Cli.Tests;

/// <summary><c>leanix quality check|remind|report</c> against the demo workspace.</summary>
public class QualityCommandTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task check_prints_the_gaps_of_a_type_as_a_table_and_as_JSON()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        var (code, table, _) = await RunAsync("quality", "check", "--type", "Application", "--token", host.ApiToken, "--host", host.BaseUrl);
        Assert.Equal(0, code);
        Assert.Contains("Document Management System", table);
        Assert.Contains("MISSING_DESCRIPTION", table);
        Assert.DoesNotContain("UserGroup", table);

        var (jsonCode, json, _) = await RunAsync("quality", "check", "--type", "Application", "--json", "--token", host.ApiToken, "--host", host.BaseUrl);
        Assert.Equal(0, jsonCode);
        var gaps = JsonReportWriter.DeserializeGaps(json)!;
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.Equal("Application", g.SubjectType));
        Assert.Contains($"{gaps.Count} gaps on", table);
        Assert.Contains(gaps, g => g.SubjectName == "Document Management System" && g.Code == "MISSING_DESCRIPTION");
    }

    [Fact]
    public async Task remind_dry_run_writes_one_eml_per_user_and_report_writes_the_three_outputs()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        var dir = Directory.CreateTempSubdirectory("leanix-quality-cli-").FullName;
        try
        {
            var (code, output, _) = await RunAsync("quality", "remind", "--dry-run", "--output", Path.Combine(dir, "mails"), "--token", host.ApiToken, "--host", host.BaseUrl);
            Assert.Equal(0, code);
            var files = Directory.GetFiles(Path.Combine(dir, "mails"), "*.eml");
            Assert.Contains($"{files.Length} mail(s) written", output);
            Assert.Contains(files, f => MimeMessage.Load(f).To.Mailboxes.Single().Address == "jane.doe@example.com");

            var (reportCode, reportOutput, _) = await RunAsync("quality", "report", "--output", Path.Combine(dir, "report"), "--token", host.ApiToken, "--host", host.BaseUrl);
            Assert.Equal(0, reportCode);
            foreach (var file in new[] { ReportOutputs.Excel, ReportOutputs.Html, ReportOutputs.Json })
                Assert.True(new FileInfo(Path.Combine(dir, "report", file)).Length > 1000, file);
            Assert.Contains("KPIs posted to the 'Data Quality' metrics schema", reportOutput);
            var report = JsonReportWriter.Deserialize(await File.ReadAllTextAsync(Path.Combine(dir, "report", ReportOutputs.Json)))!;
            Assert.Equal("Acme Holding SE", report.Organizations[0].Name);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task Without_a_token_the_demo_workspace_is_used_and_bad_configuration_is_a_usage_error()
    {
        var (code, output, error) = await RunAsync("quality", "check", "--type", "ITComponent");
        Assert.Equal(0, code);
        Assert.Contains("using the demo workspace", error);
        Assert.Contains("SAP ECC", output);

        var config = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(config, """{"checkers": {"completion": {"threshold": 2}}}""");
            var (badCode, _, badError) = await RunAsync("quality", "check", "--quality-config", config);
            Assert.Equal(ExitCodes.Usage, badCode);
            Assert.Contains("checkers.completion.threshold", badError);
        }
        finally { File.Delete(config); }

        var (usage, _, usageError) = await RunAsync("quality", "report");
        Assert.Equal(ExitCodes.Usage, usage);
        Assert.Contains("needs --output DIR", usageError);
    }
}
