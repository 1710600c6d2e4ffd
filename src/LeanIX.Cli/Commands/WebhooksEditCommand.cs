using LeanIX.Client;
using LeanIX.Client.Webhooks;
using Spectre.Console;

namespace LeanIX.Cli.Commands;

/// <summary>
/// <c>leanix webhooks edit</c>: lists the workspace's webhook subscriptions; for the one picked, the user switches event
/// types on and off from the union of the default and further tag sets (issue 5 §7), and the change is saved at once.
/// Useful because the LeanIX UI cannot show, and drops, the further event types (webhooks.md §7).
/// </summary>
public static class WebhooksEditCommand
{
    private const int Done = -1;

    internal static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var connection = new ConnectionArguments();
        for (var i = 0; i < args.Count;)
        {
            var used = connection.TryTake(args, i);
            if (used > 0) { i += used; continue; }
            if (args[i] is "-h" or "--help")
            {
                output.WriteLine(CliApp.Usage);
                return ExitCodes.Ok;
            }
            throw new UsageException($"Unknown option '{args[i]}' for 'webhooks edit'.");
        }
        using var client = connection.CreateClient();
        await EditAsync(client, console, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>Runs the editor on <paramref name="console"/> until the user picks "Done".</summary>
    public static async Task EditAsync(LeanIXClient client, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        var subscriptions = (await client.Webhooks.GetAllAsync(null, cancellationToken).ConfigureAwait(false)).ToList();
        if (subscriptions.Count == 0)
        {
            console.MarkupLine("No webhook subscriptions in this workspace.");
            return;
        }
        while (true)
        {
            var pick = await new SelectionPrompt<int>()
                .Title("Which [green]webhook subscription[/] do you want to edit?")
                .PageSize(Math.Max(3, Math.Min(20, subscriptions.Count + 1)))
                .AddChoices(Enumerable.Range(0, subscriptions.Count).Append(Done))
                .UseConverter(i => i == Done ? "Done" : Describe(subscriptions[i]))
                .ShowAsync(console, cancellationToken).ConfigureAwait(false);
            if (pick == Done) return;
            subscriptions[pick] = await EditOneAsync(client, console, subscriptions[pick], cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<WebhookSubscription> EditOneAsync(LeanIXClient client, IAnsiConsole console, WebhookSubscription subscription,
        CancellationToken cancellationToken)
    {
        var offered = WebhookEventTypeSelection.Offered;
        var prompt = new MultiSelectionPrompt<int>()
            .Title($"Event types of [green]{Markup.Escape(subscription.Identifier)}[/]")
            .NotRequired()
            .PageSize(Math.Max(3, offered.Count))
            .InstructionsText("[grey](space: switch an event type on or off, enter: save)[/]")
            .AddChoices(Enumerable.Range(0, offered.Count))
            .UseConverter(i => Markup.Escape(WebhookEventTypeSelection.Label(offered[i]))
                + (WebhookEventTypeSelection.IsFurther(offered[i]) ? " [grey](further)[/]" : ""));
        for (var i = 0; i < offered.Count; i++)
            if (WebhookTagSets.Contains(subscription.TagSets, offered[i])) prompt.Select(i);
        var chosen = await prompt.ShowAsync(console, cancellationToken).ConfigureAwait(false);

        var tagSets = WebhookEventTypeSelection.Apply(subscription.TagSets, chosen.Select(i => offered[i]));
        if (WebhookEventTypeSelection.SameSets(tagSets, subscription.TagSets))
        {
            console.MarkupLine($"No change to [green]{Markup.Escape(subscription.Identifier)}[/].");
            return subscription;
        }
        if (tagSets.Count == 0)
        {
            // D32: a subscription without tag sets is refused; say so instead of sending it.
            console.MarkupLine($"[yellow]Not saved:[/] {Markup.Escape(subscription.Identifier)} needs at least one event type.");
            return subscription;
        }
        var saved = await client.Webhooks.UpdateAsync(subscription with { TagSets = tagSets }, cancellationToken).ConfigureAwait(false);
        console.MarkupLine($"Saved [green]{Markup.Escape(saved.Identifier)}[/]: {saved.TagSets.Count} event types.");
        return saved;
    }

    private static string Describe(WebhookSubscription s) =>
        $"{Markup.Escape(s.Identifier)} [grey]({s.DeliveryType.ToString().ToUpperInvariant()}, {s.TagSets.Count} event types{(s.Active ? "" : ", inactive")})[/]";
}
