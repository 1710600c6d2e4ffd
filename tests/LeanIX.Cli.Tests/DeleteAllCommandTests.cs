using LeanIX.Client;
using LeanIX.Client.Calculations;
using LeanIX.Emulator.Hosting;
using Spectre.Console.Testing;

namespace LeanIX.Cli.Tests;

/// <summary><c>leanix calculations|automations|managed-code delete-all</c>: nothing goes without a yes, typed or <c>--yes</c>.</summary>
public class DeleteAllCommandTests
{
    private static LeanIXClient ClientFor(EmulatorHost host) =>
        new(new LeanIXClientOptions { ApiToken = host.ApiToken, Host = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) });

    private static async Task CreateCalculationsAsync(LeanIXClient client)
    {
        foreach (var field in new[] { "businessCriticality", "functionalSuitability" })
            await client.Calculations.CreateAsync(new Calculation
            {
                Name = $"Set {field}", AffectedFactSheetType = "Application", AffectedFieldKey = field, Code = "export function main() { return null; }"
            });
    }

    private static TestConsole Terminal()
    {
        var console = new TestConsole();
        console.Profile.Capabilities.Interactive = true;
        return console;
    }

    [Fact]
    public async Task Answering_no_deletes_nothing_and_answering_yes_deletes_every_calculation()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = ClientFor(host);
        await CreateCalculationsAsync(client);
        string[] args = ["calculations", "delete-all", "--host", host.BaseUrl, "--token", host.ApiToken];

        var console = Terminal();
        console.Input.PushTextWithEnter("n");
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(args, output, TextWriter.Null, console: console));
        Assert.Contains("Set businessCriticality", console.Output);
        Assert.Contains("Nothing deleted.", output.ToString());
        Assert.Equal(2, (await client.Calculations.ListAsync()).Count);

        console = Terminal();
        console.Input.PushTextWithEnter("y");
        output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(args, output, TextWriter.Null, console: console));
        Assert.Contains("Deleted 2 calculations.", output.ToString());
        Assert.Empty(await client.Calculations.ListAsync());
    }

    [Fact]
    public async Task Yes_confirms_in_advance_and_an_empty_workspace_is_said_so()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = ClientFor(host);
        await CreateCalculationsAsync(client);
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(["calculations", "delete-all", "--yes", "--host", host.BaseUrl, "--token", host.ApiToken],
            output, TextWriter.Null, console: Terminal()));
        Assert.Contains("Deleted 2 calculations.", output.ToString());

        output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(["automations", "delete-all", "--yes", "--host", host.BaseUrl, "--token", host.ApiToken],
            output, TextWriter.Null, console: Terminal()));
        Assert.Contains("No automations in this workspace.", output.ToString());
        Assert.Equal(ExitCodes.Usage, await CliApp.RunAsync(["calculations", "delete"], TextWriter.Null, TextWriter.Null));
    }
}
