using System.Text.Json;
using LeanIX.Client;
using LeanIX.Client.Transport;
using Spectre.Console;

namespace LeanIX.Cli.Commands;

/// <summary>
/// <c>leanix transport plan|apply|restore</c>: moves configuration from a sandbox to a production workspace (issue 14).
/// <c>plan</c> shows the differences; <c>apply</c> shows them, asks (unless <c>--yes</c>; the seed's <c>interactive</c>),
/// writes a backup and carries them out with progress; <c>restore</c> puts a backup back. Exit code 1 when a conflict or
/// a refused change leaves the transport incomplete.
/// </summary>
public static class TransportCommand
{
    internal static async Task<int> RunAsync(string verb, IReadOnlyList<string> args, TextWriter output, TextWriter error, IAnsiConsole? console,
        CancellationToken cancellationToken)
    {
        var arguments = TransportArguments.Parse(verb, args);
        if (arguments.Help)
        {
            output.WriteLine(CliApp.Usage);
            return ExitCodes.Ok;
        }
        var terminal = console ?? ConsoleFor(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected, !Console.IsInputRedirected,
            Environment.GetEnvironmentVariable("NO_COLOR"));
        using var target = arguments.Target();
        using var source = verb == "restore" ? null : arguments.Source();
        var transport = (source ?? target).Transport;
        var plan = verb == "restore"
            ? await transport.PlanRestoreAsync(TransportClient.ReadBackup(arguments.BackupFile!), target, cancellationToken).ConfigureAwait(false)
            : await transport.PlanAsync(arguments.Kind!, arguments.Selection(), target, arguments.DeleteMissing, cancellationToken).ConfigureAwait(false);
        var conflicts = plan.Count(TransportAction.Conflict);

        if (verb == "plan")
        {
            if (arguments.Json) output.WriteLine(JsonSerializer.Serialize(plan, TransportJsonContext.Default.TransportPlan));
            else TransportPlanView.Write(terminal, plan);
            return ExitCodes.Ok;
        }
        if (!arguments.Json) TransportPlanView.Write(terminal, plan);
        if (!plan.HasChanges)
        {
            if (arguments.Json) output.WriteLine(JsonSerializer.Serialize(new TransportResult(null, [], []), TransportJsonContext.Default.TransportResult));
            else terminal.MarkupLine("Nothing to apply.");
            return conflicts > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        }
        if (!arguments.Yes && !await ConfirmAsync(terminal, plan, arguments.Json, cancellationToken).ConfigureAwait(false))
        {
            terminal.MarkupLine("Nothing was changed.");
            return ExitCodes.Ok;
        }

        var result = await ApplyAsync(transport, plan, terminal, error, arguments.BackupDirectory, cancellationToken).ConfigureAwait(false);
        if (arguments.Json)
            output.WriteLine(JsonSerializer.Serialize(result, TransportJsonContext.Default.TransportResult));
        else
        {
            terminal.MarkupLine($"Backup of what changed: {Markup.Escape(result.BackupFile ?? "-")}");
            terminal.MarkupLine($"Applied {result.Applied.Count} change{(result.Applied.Count == 1 ? "" : "s")} to workspace [bold]{Markup.Escape(plan.TargetWorkspace)}[/].");
            foreach (var failure in result.Failed)
                terminal.MarkupLine($"[red]Failed[/] {Markup.Escape(failure.Item.Key)}: {Markup.Escape(failure.Reason)}");
            if (conflicts > 0) terminal.MarkupLine($"[magenta]{conflicts} conflict{(conflicts == 1 ? "" : "s")} left as they are.[/]");
        }
        return result.Succeeded && conflicts == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static async Task<bool> ConfirmAsync(IAnsiConsole terminal, TransportPlan plan, bool json, CancellationToken cancellationToken)
    {
        if (json || !terminal.Profile.Capabilities.Interactive)
            throw new UsageException("Applying without a terminal to confirm in needs --yes.");
        var changes = plan.Items.Count(i => i.IsChange);
        return await new ConfirmationPrompt($"Apply {changes} change{(changes == 1 ? "" : "s")} to workspace '{Markup.Escape(plan.TargetWorkspace)}'?") { DefaultValue = false }
            .ShowAsync(terminal, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A progress bar on an ANSI terminal, else one line per change on standard error.</summary>
    private static async Task<TransportResult> ApplyAsync(TransportClient transport, TransportPlan plan, IAnsiConsole terminal, TextWriter error,
        string? backupDirectory, CancellationToken cancellationToken)
    {
        var options = new TransportApplyOptions { BackupDirectory = backupDirectory };
        if (!terminal.Profile.Capabilities.Ansi || !terminal.Profile.Capabilities.Interactive)
            return await transport.ApplyAsync(plan, options with { Progress = new LineProgress(error) }, cancellationToken).ConfigureAwait(false);
        TransportResult? result = null;
        await terminal.Progress().StartAsync(async context =>
        {
            var task = context.AddTask($"Applying to {Markup.Escape(plan.TargetWorkspace)}", maxValue: plan.Items.Count(i => i.IsChange));
            result = await transport.ApplyAsync(plan, options with { Progress = new BarProgress(task) }, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return result!;
    }

    /// <summary>Colour only on a terminal and when <c>NO_COLOR</c> is unset or empty (no-color.org); prompts only with a terminal on both ends.</summary>
    internal static IAnsiConsole ConsoleFor(TextWriter output, bool isTerminal, bool inputIsTerminal, string? noColor)
    {
        var colour = isTerminal && string.IsNullOrEmpty(noColor);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal && inputIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output)
        });
        if (!isTerminal) console.Profile.Width = 160; // a file or pipe has no width; keep rows whole
        return console;
    }

    private sealed class LineProgress(TextWriter error) : IProgress<TransportProgress>
    {
        public void Report(TransportProgress value) => error.WriteLine($"[{value.Done}/{value.Total}] {value.Action.ToString().ToLowerInvariant()} {value.Key}");
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<TransportProgress>
    {
        public void Report(TransportProgress value) => task.Value = value.Done;
    }
}
