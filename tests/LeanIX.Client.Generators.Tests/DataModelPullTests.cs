using System.Text.Json.Nodes;
using LeanIX.Cli;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Generators.Tests;

/// <summary>The <c>leanix</c> command line, run in-process against an emulator.</summary>
public class DataModelPullTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("leanix-pull-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Pull_writes_data_model_view_model_and_english_labels_and_never_prints_the_token()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        var path = Path.Combine(_dir, "sub", "model.json");
        var (code, stdout, stderr) = await Run("datamodel", "pull", "--token", host.ApiToken, "--host", host.BaseUrl, "--output", path);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("workspace 'demo'", stdout);
        Assert.DoesNotContain(host.ApiToken, stdout + stderr);
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        Assert.Equal(["dataModel", "viewModel", "languages"], snapshot.Select(kv => kv.Key));
        Assert.NotNull(snapshot["dataModel"]!["factSheets"]!["UserGroup"]);
        Assert.Equal("Business Criticality", snapshot["languages"]!["en"]!["factSheets"]!["Application"]!["businessCriticality"]!.GetValue<string>());
        Assert.NotNull(snapshot["viewModel"]);

        // A second pull of an unchanged workspace writes the same bytes, so the checked-in file only changes with the model.
        var first = await File.ReadAllBytesAsync(path);
        Assert.Equal(ExitCodes.Ok, (await Run("datamodel", "pull", "--token", host.ApiToken, "--host", host.BaseUrl, "-o", path)).Code);
        Assert.Equal(first, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task The_typed_samples_checked_in_snapshot_is_what_the_demo_workspace_pulls()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new LeanIXClient(new LeanIXClientOptions { ApiToken = host.ApiToken, Host = host.BaseUrl });
        var path = await LeanIX.Cli.Commands.DataModelPullCommand.PullAsync(client, Path.Combine(_dir, "leanix.datamodel.json"));
        var checkedIn = Path.Combine(RepositoryRoot(), "samples", "TypedQuickstart", "leanix.datamodel.json");
        // When this fails the demo model changed: re-pull the sample's snapshot (see the README).
        Assert.Equal(await File.ReadAllTextAsync(checkedIn), await File.ReadAllTextAsync(path));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LeanIX.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("LeanIX.slnx was not found above the test directory.");
    }

    [Fact]
    public async Task A_refused_token_fails_with_exit_code_1_and_a_clear_message()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        var (code, _, stderr) = await Run("datamodel", "pull", "--token", "LXnotAtoken", "--host", host.BaseUrl, "-o", Path.Combine(_dir, "x.json"));
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("refused", stderr);
        Assert.DoesNotContain("LXnotAtoken", stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "x.json")));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("datamodel")]
    [InlineData("datamodel", "pull", "--bogus")]
    [InlineData("datamodel", "pull", "--output")]
    public async Task Bad_arguments_exit_with_2_and_the_usage(params string[] args)
    {
        var (code, _, stderr) = await Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error:", stderr);
        Assert.Contains("Usage: leanix", stderr);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_succeeds()
    {
        var (code, stdout, _) = await Run("datamodel", "pull", "--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("datamodel pull [--output leanix.datamodel.json]", stdout);
    }

    [Fact]
    public async Task An_unknown_named_workspace_says_what_is_known()
    {
        var config = Path.Combine(_dir, "workspaces.json");
        await File.WriteAllTextAsync(config, """{"workspaces": {"AcmeProduction": {"apiToken": "secret-token"}}}""");
        var (code, _, stderr) = await Run("datamodel", "pull", "--workspace", "Nope", "--config", config);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Known: AcmeProduction", stderr);
        Assert.DoesNotContain("secret-token", stderr);
    }
}
