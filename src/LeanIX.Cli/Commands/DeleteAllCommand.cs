using LeanIX.Client;
using Spectre.Console;

namespace LeanIX.Cli.Commands;

/// <summary>
/// <c>leanix calculations|automations|managed-code delete-all [--yes]</c>: the seed's interactive bulk deletes
/// (<c>delete_calculations(interactive=True)</c> and its siblings). The items are listed and the user is asked; nothing is
/// deleted unless the answer is yes. <c>--yes</c> confirms in advance (the seed's <c>interactive=False</c>), for scripts.
/// </summary>
public static class DeleteAllCommand
{
    /// <summary>The areas whose items can be deleted together.</summary>
    public static readonly IReadOnlyList<string> Areas = ["calculations", "automations", "managed-code"];

    internal static async Task<int> RunAsync(string area, IReadOnlyList<string> args, TextWriter output, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var connection = new ConnectionArguments();
        var yes = false;
        for (var i = 0; i < args.Count;)
        {
            var used = connection.TryTake(args, i);
            if (used > 0) { i += used; continue; }
            switch (args[i])
            {
                case "--yes" or "-y": yes = true; i++; continue;
                case "-h" or "--help": output.WriteLine(CliApp.Usage); return ExitCodes.Ok;
                default: throw new UsageException($"Unknown option '{args[i]}' for '{area} delete-all'.");
            }
        }
        using var client = connection.CreateClient();
        var deleted = await DeleteAllAsync(client, area, names => yes || Confirm(console, area, names), cancellationToken).ConfigureAwait(false);
        output.WriteLine(deleted is null ? $"No {area} in this workspace." : deleted == 0 ? "Nothing deleted." : $"Deleted {deleted} {area}.");
        return ExitCodes.Ok;
    }

    /// <summary>Deletes every item of <paramref name="area"/> once <paramref name="confirm"/> agrees; null when there was none.</summary>
    public static async Task<int?> DeleteAllAsync(LeanIXClient client, string area, Func<IReadOnlyList<string>, bool> confirm, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var asked = false;
        bool Ask(IEnumerable<string> names) { asked = true; return confirm(names.ToList()); }
        var count = area switch
        {
            "calculations" => (await client.Calculations.DeleteCalculationsAsync(all => Ask(all.Select(c => c.Name)), cancellationToken).ConfigureAwait(false)).Count,
            "automations" => (await client.Automations.DeleteAutomationsAsync(all => Ask(all.Select(t => t.Name)), cancellationToken).ConfigureAwait(false)).Count,
            "managed-code" => (await client.ManagedCode.DeleteConfigurationsAsync(all => Ask(all.Select(c => c.Name)), cancellationToken: cancellationToken).ConfigureAwait(false)).Count,
            _ => throw new UsageException($"'{area}' has no delete-all; use one of {string.Join(", ", Areas)}.")
        };
        return asked ? count : null;
    }

    private static bool Confirm(IAnsiConsole console, string area, IReadOnlyList<string> names)
    {
        foreach (var name in names) console.MarkupLineInterpolated($"  {name}");
        return console.Confirm($"Delete these {names.Count} {area}?", defaultValue: false);
    }
}
