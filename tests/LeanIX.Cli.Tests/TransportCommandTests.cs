using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Cli.Commands;
using LeanIX.Client;
using LeanIX.Emulator.Hosting;
using Spectre.Console;
using Spectre.Console.Testing;

namespace LeanIX.Cli.Tests;

/// <summary><c>leanix transport</c> between a sandbox and a production workspace of one emulator, named in a config file.</summary>
public sealed class TransportCommandTests : IAsyncLifetime
{
    private const string SandboxToken = "LXemuCliTransportSandboxToken00000000000";
    private const string ProductionToken = "LXemuCliTransportProductionToken00000000";
    private readonly string _directory = Directory.CreateTempSubdirectory("leanix-cli-transport-").FullName;
    private EmulatorHost _host = null!;

    private string ConfigFile => Path.Combine(_directory, "workspaces.json");
    private string Backups => Path.Combine(_directory, "backups");

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Name = "sandbox", Seed = "empty", ApiTokens = [SandboxToken] });
        options.Workspaces.Add(new WorkspaceConfig { Name = "production", Seed = "empty", ApiTokens = [ProductionToken] });
        _host = await EmulatorHost.StartAsync(options);
        await File.WriteAllTextAsync(ConfigFile, new JsonObject
        {
            ["workspaces"] = new JsonObject
            {
                ["sandbox"] = new JsonObject { ["apiToken"] = SandboxToken, ["host"] = _host.BaseUrl },
                ["production"] = new JsonObject { ["apiToken"] = ProductionToken, ["host"] = _host.BaseUrl }
            }
        }.ToJsonString());
        using var sandbox = Client(SandboxToken);
        await sandbox.Tags.CreateTagGroupAsync("Cost Center", "SINGLE", description: "Who pays");
        await sandbox.Tags.CreateTagAsync("Cost Center", "CC-100", color: "#ff0000");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private LeanIXClient Client(string token) => new(new LeanIXClientOptions { ApiToken = token, Host = _host.BaseUrl });

    private string[] Args(string verb, params string[] more) =>
        ["transport", verb, "--from", "sandbox", "--to", "production", "--config", ConfigFile, "--backup-dir", Backups, .. more];

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, IAnsiConsole? console = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, console: console);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Plan_prints_a_table_naming_both_workspaces_without_colour_when_not_a_terminal()
    {
        var (exit, output, _) = await RunAsync(Args("plan", "--kind", "tags"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("from workspace sandbox to workspace production", output, StringComparison.Ordinal);
        Assert.Contains("+ create", output, StringComparison.Ordinal);
        Assert.Contains("Cost Center/CC-100", output, StringComparison.Ordinal);
        Assert.Contains("#ff0000", output, StringComparison.Ordinal);
        Assert.Contains("Plan: 2 to create, 0 to update", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxToken, output, StringComparison.Ordinal);
        using var production = Client(ProductionToken);
        Assert.Empty(await production.Tags.GroupsAsync());
    }

    [Fact]
    public async Task Plan_of_the_meta_model_shows_a_custom_field_of_the_sandbox_as_created_in_the_target_type()
    {
        using (var sandbox = Client(SandboxToken))
            await sandbox.MetaModel.CreateFieldAsync("Application", "costDriver", "STRING", "information", "baseInformation",
                translations: [new MetaModelTranslation("de", "Kostentreiber")]);

        var (exit, output, _) = await RunAsync(Args("plan", "--kind", "meta-model", "--select", "type=Application", "--select", "target-type=ITComponent", "--json"));

        Assert.Equal(ExitCodes.Ok, exit);
        var item = JsonNode.Parse(output)!["items"]!.AsArray().Single(i => (string?)i!["key"] == "ITComponent/information/baseInformation/costDriver")!;
        Assert.Equal("create", (string?)item["action"]);
        Assert.Contains("Kostentreiber", item["differences"]!.ToJsonString(), StringComparison.Ordinal);
        using var production = Client(ProductionToken);
        Assert.False((await production.DataModel.GetAsync()).Types["ITComponent"].Fields.ContainsKey("costDriver"));
    }

    [Fact]
    public async Task Plan_as_json_lists_items_with_actions_and_field_differences()
    {
        var (exit, output, _) = await RunAsync(Args("plan", "--kind", "tags", "--select", "Cost Center", "--json"));

        Assert.Equal(ExitCodes.Ok, exit);
        var plan = JsonNode.Parse(output)!;
        Assert.Equal(("sandbox", "production"), ((string?)plan["sourceWorkspace"], (string?)plan["targetWorkspace"]));
        var items = plan["items"]!.AsArray();
        Assert.Equal(["create", "create"], items.Select(i => (string?)i!["action"]));
        Assert.Contains(items[1]!["differences"]!.AsArray(), d => (string?)d!["field"] == "color" && (string?)d["source"] == "#ff0000");
    }

    [Fact]
    public async Task Colour_codes_the_table_on_a_colour_terminal_and_no_color_switches_it_off()
    {
        var console = new TestConsole().Colors(ColorSystem.Standard).EmitAnsiSequences();
        var (exit, _, _) = await RunAsync(Args("plan", "--kind", "tags"), console);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("\u001b[32m+ create", console.Output, StringComparison.Ordinal); // green

        Assert.Equal(ColorSystem.NoColors, TransportCommand.ConsoleFor(new StringWriter(), isTerminal: true, inputIsTerminal: true, noColor: "1").Profile.Capabilities.ColorSystem);
        Assert.False(TransportCommand.ConsoleFor(new StringWriter(), isTerminal: false, inputIsTerminal: true, noColor: null).Profile.Capabilities.Ansi);
    }

    [Fact]
    public async Task Apply_needs_yes_without_a_terminal_then_applies_with_progress_backs_up_and_restore_undoes_it()
    {
        var refused = await RunAsync(Args("apply", "--kind", "tags"));
        Assert.Equal(ExitCodes.Usage, refused.Exit);
        Assert.Contains("needs --yes", refused.Error, StringComparison.Ordinal);
        using var production = Client(ProductionToken);
        Assert.Empty(await production.Tags.GroupsAsync());

        var (exit, output, error) = await RunAsync(Args("apply", "--kind", "tags", "--yes"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("[1/2] create Cost Center", error, StringComparison.Ordinal);
        Assert.Contains("[2/2] create Cost Center/CC-100", error, StringComparison.Ordinal);
        Assert.Contains("Applied 2 changes to workspace production", output, StringComparison.Ordinal);
        var backup = Assert.Single(Directory.GetFiles(Backups));
        production.Tags.Reload();
        Assert.Equal("#ff0000", (await production.Tags.GetAsync("Cost Center", "CC-100")).Color);

        var again = await RunAsync(Args("apply", "--kind", "tags", "--yes"));
        Assert.Equal(ExitCodes.Ok, again.Exit);
        Assert.Contains("nothing to change", again.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Backups));

        var restore = await RunAsync(["transport", "restore", "--to", "production", "--backup", backup, "--config", ConfigFile, "--backup-dir", Backups, "--yes"]);
        Assert.Equal(ExitCodes.Ok, restore.Exit);
        Assert.Contains("- delete", restore.Output, StringComparison.Ordinal);
        production.Tags.Reload();
        Assert.Empty(await production.Tags.GroupsAsync());
    }

    [Fact]
    public async Task Apply_asks_first_and_a_no_changes_nothing()
    {
        var console = new TestConsole();
        console.Profile.Capabilities.Interactive = true;
        console.Input.PushTextWithEnter("n");

        var (exit, _, _) = await RunAsync(Args("apply", "--kind", "tags"), console);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Apply 2 changes to workspace 'production'?", console.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", console.Output, StringComparison.Ordinal);
        using var production = Client(ProductionToken);
        Assert.Empty(await production.Tags.GroupsAsync());

        var yes = new TestConsole();
        yes.Profile.Capabilities.Interactive = true;
        yes.Input.PushTextWithEnter("y");
        Assert.Equal(ExitCodes.Ok, (await RunAsync(Args("apply", "--kind", "tags", "--select", "Cost Center"), yes)).Exit);
        production.Tags.Reload();
        Assert.Single(await production.Tags.GroupsAsync());
    }

    [Fact]
    public async Task Calculations_move_with_the_cli_and_a_second_apply_changes_nothing()
    {
        using (var sandbox = Client(SandboxToken))
            await sandbox.Calculations.CreateAsync(new LeanIX.Client.Calculations.Calculation
            {
                Name = "Criticality", AffectedFactSheetType = "Application", AffectedFieldKey = "businessCriticality",
                Code = "export function main() { return 'missionCritical'; }"
            });

        var (exit, output, _) = await RunAsync(Args("apply", "--kind", "calculations", "--yes"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Applied 1 change", output, StringComparison.Ordinal);
        using var production = Client(ProductionToken);
        Assert.Equal("Criticality", Assert.Single(await production.Calculations.ListAsync()).Name);
        Assert.Contains("nothing to change", (await RunAsync(Args("apply", "--kind", "calculations", "--yes"))).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_command_lines_say_what_is_missing()
    {
        var missingKind = await RunAsync(["transport", "plan", "--from", "sandbox", "--to", "production", "--config", ConfigFile]);
        Assert.Equal(ExitCodes.Usage, missingKind.Exit);
        Assert.Contains("needs --kind tags|roles|webhooks|integrations|objects|automations|calculations|managed-code|meta-model", missingKind.Error, StringComparison.Ordinal);

        var unknownKind = await RunAsync(Args("plan", "--kind", "gizmos"));
        Assert.Equal(ExitCodes.Usage, unknownKind.Exit);
        Assert.Contains("Unknown transport kind 'gizmos'", unknownKind.Error, StringComparison.Ordinal);

        var unknownWorkspace = await RunAsync(["transport", "plan", "--from", "sandbox", "--to", "staging", "--kind", "tags", "--config", ConfigFile]);
        Assert.Equal(ExitCodes.Usage, unknownWorkspace.Exit);
        Assert.Contains("Workspace 'staging' is not in", unknownWorkspace.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(ProductionToken, unknownWorkspace.Error, StringComparison.Ordinal);
    }
}
