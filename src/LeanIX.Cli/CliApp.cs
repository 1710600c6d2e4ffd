using LeanIX.Cli.Commands;
using LeanIX.Client;
using Spectre.Console;

namespace LeanIX.Cli;

/// <summary>The <c>leanix</c> command line: parses the command and runs it. Later issues add commands here.</summary>
public static class CliApp
{
    /// <summary>The help text.</summary>
    public const string Usage = """
        Usage: leanix <command> [options]

        Commands:
          datamodel pull [--output leanix.datamodel.json]
              Writes the workspace's data model, view model and English labels as a JSON snapshot,
              meant to be checked in; LeanIX.Client.Generators generates typed classes from it.
          webhooks edit
              Lists the webhook subscriptions and switches event types on and off, the further
              ones the LeanIX UI drops included.
          preload [--types T,…] [--snapshot FILE] [--stats]
              Preloads the workspace (all types, or those listed) as a script would, with a progress
              bar on stderr. --snapshot starts from FILE when it exists and writes it back;
              --stats ends with: seconds=… requests=… bytes=… factsheets=… retained_mib=…
          transport plan|apply --from WS --to WS
                    --kind tags|roles|webhooks|integrations|objects|automations|calculations|managed-code|meta-model
                    [--select NAME|type=T|subtype=S|target-type=T]… [--delete-missing] [--json] [--yes] [--backup-dir DIR]
          transport restore --to WS --backup FILE [--json] [--yes]
              Moves configuration from one workspace to another by natural key, never by id: plan shows the
              differences, apply asks (unless --yes), writes a backup of what it changes and carries it out;
              restore puts a backup back. Workspaces by name from the config file, or --from-token/--to-token.
          calculations|automations|managed-code delete-all [--yes]
              Lists every calculation, automation or managed-code configuration and deletes them
              all once you confirm; --yes confirms in advance (for scripts).

        Connection options (as the client connects):
          --token TOKEN       API token (default: LEANIX_API_TOKEN)
          --host HOST         host or base URL (default: LEANIX_HOST, else app.leanix.net)
          --workspace NAME    a named workspace from ~/.config/leanix/workspaces.json (or LEANIX_CONFIG)
          --config PATH       another workspace config file
        """;

    /// <summary>
    /// Runs one command line; returns the exit code (<see cref="ExitCodes"/>). Interactive commands prompt on
    /// <paramref name="console"/> (default: the terminal).
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default,
        IAnsiConsole? console = null)
    {
        try
        {
            if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
            {
                output.WriteLine(Usage);
                return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
            }
            return (args[0], args.Count > 1 ? args[1] : null) switch
            {
                ("datamodel", "pull") => await DataModelPullCommand.RunAsync(args.Skip(2).ToList(), output, cancellationToken).ConfigureAwait(false),
                ("datamodel", _) => throw new UsageException("'datamodel' needs a subcommand: pull."),
                ("webhooks", "edit") => await WebhooksEditCommand.RunAsync(args.Skip(2).ToList(), output, console ?? AnsiConsole.Console, cancellationToken).ConfigureAwait(false),
                ("webhooks", _) => throw new UsageException("'webhooks' needs a subcommand: edit."),
                ("preload", _) => await PreloadCommand.RunAsync(args.Skip(1).ToList(), output, error, cancellationToken).ConfigureAwait(false),
                ("quality", "check" or "remind" or "report") => await QualityCommand.RunAsync(args[1], args.Skip(2).ToList(), output, error, cancellationToken).ConfigureAwait(false),
                ("transport", "plan" or "apply" or "restore") => await TransportCommand.RunAsync(args[1], args.Skip(2).ToList(), output, error, console, cancellationToken).ConfigureAwait(false),
                ("transport", _) => throw new UsageException("'transport' needs a subcommand: plan, apply or restore."),
                ("quality", _) => throw new UsageException("'quality' needs a subcommand: check, remind or report."),
                (var area, "delete-all") when DeleteAllCommand.Areas.Contains(area) =>
                    await DeleteAllCommand.RunAsync(area, args.Skip(2).ToList(), output, console ?? AnsiConsole.Console, cancellationToken).ConfigureAwait(false),
                (var area, _) when DeleteAllCommand.Areas.Contains(area) => throw new UsageException($"'{area}' needs a subcommand: delete-all."),
                _ => throw new UsageException($"Unknown command '{args[0]}'.")
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine();
            error.WriteLine(Usage);
            return ExitCodes.Usage;
        }
        catch (ArgumentException e)
        {
            // Missing token, unknown named workspace, broken config file: the client's messages say how to fix it.
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (PreloadSnapshotMismatchException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (LeanIXRequestFailedException e)
        {
            error.WriteLine($"error: LeanIX request failed: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or UnauthorizedAccessException or TaskCanceledException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
