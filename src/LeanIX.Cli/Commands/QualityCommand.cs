using LeanIX.Quality;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Mail;
using LeanIX.Quality.Reminders;
using LeanIX.Quality.Reports;
using Spectre.Console;

namespace LeanIX.Cli.Commands;

/// <summary>
/// <c>leanix quality check|remind|report</c> (issue 11 §7): the quality checkers as a table or JSON, the reminder mails
/// (or their <c>.eml</c> files) and the completeness report per organisation.
/// </summary>
public static class QualityCommand
{
    internal static async Task<int> RunAsync(string? sub, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var connection = new ConnectionArguments();
        var types = new List<string>();
        string? configPath = null, outputDir = null;
        bool json = false, dryRun = false, noMetrics = false;
        for (var i = 0; i < args.Count;)
        {
            var used = connection.TryTake(args, i);
            if (used > 0) { i += used; continue; }
            string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--type" when sub == "check": types.Add(Value()); break;
                case "--json" when sub == "check": json = true; break;
                case "--dry-run" when sub == "remind": dryRun = true; break;
                case "--output" when sub is "remind" or "report": outputDir = Value(); break;
                case "--no-metrics" when sub == "report": noMetrics = true; break;
                case "--quality-config": configPath = Value(); break;
                case "-h" or "--help": output.WriteLine(CliApp.Usage); return ExitCodes.Ok;
                default: throw new UsageException($"Unknown option '{args[i]}' for 'quality {sub}'.");
            }
            i++;
        }
        if (sub == "report" && outputDir is null) throw new UsageException("'quality report' needs --output DIR.");
        try
        {
            await using var session = await QualitySession.OpenAsync(connection, configPath, error, cancellationToken).ConfigureAwait(false);
            return sub switch
            {
                "check" => await CheckAsync(session, types, json, output, error, cancellationToken).ConfigureAwait(false),
                "remind" => await RemindAsync(session, dryRun, outputDir, output, error, cancellationToken).ConfigureAwait(false),
                _ => await ReportAsync(session, outputDir!, noMetrics, output, error, cancellationToken).ConfigureAwait(false)
            };
        }
        catch (QualityConfigurationException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static async Task<int> CheckAsync(QualitySession session, IReadOnlyList<string> types, bool json, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var result = await session.CheckAsync(error, types.Count == 0 ? null : types, ct).ConfigureAwait(false);
        if (json)
        {
            output.WriteLine(JsonReportWriter.SerializeGaps(result.Gaps));
            return ExitCodes.Ok;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (output != Console.Out) console.Profile.Width = 240; // captured output: no terminal to measure
        var table = new Table().AddColumns("Severity", "Type", "Fact sheet", "Code", "Gap", "Field / relation");
        foreach (var gap in result.Gaps.OrderByDescending(g => g.Severity).ThenBy(g => g.SubjectType, StringComparer.Ordinal).ThenBy(g => g.SubjectName, StringComparer.Ordinal))
            table.AddRow(Markup.Escape(gap.Severity.ToString()), Markup.Escape(gap.SubjectType), Markup.Escape(gap.SubjectName), Markup.Escape(gap.Code),
                Markup.Escape(gap.Message), Markup.Escape(gap.Field ?? gap.Relation ?? ""));
        console.Write(table);
        output.WriteLine($"{result.Gaps.Count} gaps on {result.GapsByFactSheet.Count} of {result.CheckedFactSheets.Count} fact sheets.");
        return ExitCodes.Ok;
    }

    private static async Task<int> RemindAsync(QualitySession session, bool dryRun, string? outputDir, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var options = ReminderOptions.Read(session.Configuration.Reminder);
        if (!dryRun && options.Smtp is null)
        {
            // Nowhere to send to (e.g. the demo without set-up): write the mails instead of failing.
            error.WriteLine("No reminder.smtp configured: writing the mails as .eml files (as --dry-run).");
            dryRun = true;
        }
        IMailTransport transport = dryRun ? new EmlDirectoryTransport(outputDir ?? "quality-mails") : new SmtpMailTransport(options.Smtp!);
        var result = await session.CheckAsync(error, null, ct).ConfigureAwait(false);
        var run = await new QualityIssueReminder(options, transport).RunAsync(result, ct).ConfigureAwait(false);
        foreach (var destination in run.Destinations) output.WriteLine(destination);
        output.WriteLine($"{run.Sent.Count} mail(s) {(dryRun ? "written" : "sent")}, {run.Throttled.Count} user(s) skipped (mailed within {options.ThrottleDays} days).");
        if (run.Todos is { } todos) output.WriteLine($"To-dos: {todos.Created} created, {todos.Kept} kept, {todos.Closed} closed.");
        return ExitCodes.Ok;
    }

    private static async Task<int> ReportAsync(QualitySession session, string outputDir, bool noMetrics, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var result = await session.CheckAsync(error, null, ct).ConfigureAwait(false);
        var report = DataCompletenessPerOrganization.Build(result);
        foreach (var path in await ReportOutputs.WriteAsync(report, outputDir, ct).ConfigureAwait(false)) output.WriteLine(path);
        if (!noMetrics)
        {
            var point = await QualityKpiPublisher.PublishAsync(session.Client, report, ct).ConfigureAwait(false);
            output.WriteLine($"KPIs posted to the '{QualityKpiPublisher.SchemaName}' metrics schema at {point.Timestamp:u}.");
        }
        output.WriteLine($"{report.Organizations.Count} organisations, {report.Workspace.FactSheets} fact sheets, completeness {report.Workspace.Completeness:0.#} %, {report.Gaps.Count} gaps.");
        return ExitCodes.Ok;
    }
}
