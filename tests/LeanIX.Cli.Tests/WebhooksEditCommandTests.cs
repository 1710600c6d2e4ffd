using LeanIX.Cli.Commands;
using LeanIX.Client;
using LeanIX.Client.Webhooks;
using LeanIX.Emulator.Hosting;
using Spectre.Console.Testing;

namespace LeanIX.Cli.Tests;

/// <summary>
/// <c>leanix webhooks edit</c> driven by scripted keystrokes on a Spectre TestConsole, against the emulator. The tests
/// that read subscriptions need the emulator's webhooks service (branch hooks-emu).
/// </summary>
public class WebhooksEditCommandTests
{
    private static LeanIXClient ClientFor(EmulatorHost host) =>
        new(new LeanIXClientOptions { ApiToken = host.ApiToken, Host = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) });

    private static TestConsole Terminal()
    {
        var console = new TestConsole();
        console.Profile.Capabilities.Interactive = true;
        console.Profile.Height = 60; // every event type on one page
        return console;
    }

    [Fact]
    public async Task Keystrokes_switch_event_types_on_and_off_and_the_editor_saves_them()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = ClientFor(host);
        var sub = await client.Webhooks.CreateAsync(new WebhookSubscription
        {
            Identifier = "edit-me", DeliveryType = WebhookDeliveryType.Push, TargetUrl = "https://hooks.example.org/leanix",
            TargetMethod = "POST", TagSets = WebhookTagSets.Default
        });

        var console = Terminal();
        console.Input.PushKey(ConsoleKey.Enter);                 // pick the only subscription
        console.Input.PushKey(ConsoleKey.Spacebar);              // FACT_SHEET_CREATED (first, on) → off
        for (var i = 0; i < WebhookTagSets.Default.Count; i++)   // down to the first further type, FACT_SHEET_DELETED
            console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.Spacebar);              // → on
        console.Input.PushKey(ConsoleKey.Enter);                 // save
        console.Input.PushKey(ConsoleKey.DownArrow);             // "Done"
        console.Input.PushKey(ConsoleKey.Enter);

        var exit = await CliApp.RunAsync(["webhooks", "edit", "--host", host.BaseUrl, "--token", host.ApiToken], TextWriter.Null, TextWriter.Null,
            console: console);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Saved", console.Output);
        var stored = await client.Webhooks.GetAsync(sub.Id!.Value);
        Assert.False(WebhookTagSets.Contains(stored.TagSets, ["pathfinder", "FACT_SHEET_CREATED"]));
        Assert.True(WebhookTagSets.Contains(stored.TagSets, ["pathfinder", "FACT_SHEET_DELETED"]));
        Assert.Equal(WebhookTagSets.Default.Count, stored.TagSets.Count);
        Assert.DoesNotContain(host.ApiToken, console.Output);
    }

    [Fact]
    public async Task Confirming_without_changes_saves_nothing()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = ClientFor(host);
        await client.Webhooks.CreateAsync(new WebhookSubscription
        {
            Identifier = "leave-me", DeliveryType = WebhookDeliveryType.Pull, TagSets = [["pathfinder", "FACT_SHEET_UPDATED"]]
        });
        var console = Terminal();
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.Enter);

        await WebhooksEditCommand.EditAsync(client, console);

        Assert.Contains("No change", console.Output);
    }

    [Fact]
    public async Task Webhooks_without_a_subcommand_is_a_usage_error()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await CliApp.RunAsync(["webhooks"], TextWriter.Null, error));
        Assert.Contains("edit", error.ToString());
    }
}
