using System.Globalization;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Cli.Tests;

/// <summary><c>leanix preload</c> against the emulator: progress on stderr, a machine-readable last line, snapshots.</summary>
public sealed class PreloadCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("leanix-cli-preload-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Dictionary<string, string> Figures(string lastLine) =>
        lastLine.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

    private static string LastLine(StringWriter writer) => writer.ToString().TrimEnd().Split('\n')[^1].TrimEnd('\r');

    [Fact]
    public async Task Preload_with_stats_ends_with_a_machine_readable_line_and_draws_progress_on_stderr()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(["preload", "--stats", "--host", host.BaseUrl, "--token", host.ApiToken], output, error);

        Assert.Equal(ExitCodes.Ok, exit);
        var figures = Figures(LastLine(output));
        Assert.Equal(["seconds", "requests", "bytes", "factsheets", "retained_mib"], figures.Keys);
        Assert.True(int.Parse(figures["factsheets"], CultureInfo.InvariantCulture) > 0);
        Assert.True(long.Parse(figures["requests"], CultureInfo.InvariantCulture) >= 2);
        Assert.True(long.Parse(figures["bytes"], CultureInfo.InvariantCulture) > 1000);
        Assert.True(double.Parse(figures["seconds"], CultureInfo.InvariantCulture) > 0);
        Assert.True(double.TryParse(figures["retained_mib"], CultureInfo.InvariantCulture, out _));
        Assert.Contains("\r[", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("types", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.ApiToken, output + error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_narrow_the_preload_and_a_snapshot_starts_the_next_run()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        var snapshot = Path.Combine(_directory, "demo.lxsnap");
        string[] args = ["preload", "--types", "Application,ITComponent", "--snapshot", snapshot, "--stats", "--host", host.BaseUrl, "--token", host.ApiToken];

        var first = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(args, first, new StringWriter()));
        Assert.True(File.Exists(snapshot));
        var firstFigures = Figures(LastLine(first));

        var second = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(args, second, new StringWriter()));
        var secondFigures = Figures(LastLine(second));
        Assert.Contains($"from {snapshot}", second.ToString(), StringComparison.Ordinal);
        Assert.Equal(firstFigures["factsheets"], secondFigures["factsheets"]);
        Assert.True(long.Parse(secondFigures["bytes"], CultureInfo.InvariantCulture) < long.Parse(firstFigures["bytes"], CultureInfo.InvariantCulture) / 2,
            "an unchanged workspace is read from the snapshot, not again");
    }

    [Fact]
    public async Task An_unknown_option_or_a_foreign_snapshot_fails_with_a_clear_message()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await CliApp.RunAsync(["preload", "--frobnicate"], output, error));
        Assert.Contains("Unknown option '--frobnicate' for 'preload'", error.ToString(), StringComparison.Ordinal);

        var snapshot = Path.Combine(_directory, "garbage.lxsnap");
        await File.WriteAllTextAsync(snapshot, "no snapshot");
        await using var host = await EmulatorHost.StartAsync("demo");
        error = new StringWriter();
        Assert.Equal(ExitCodes.Failed, await CliApp.RunAsync(["preload", "--snapshot", snapshot, "--host", host.BaseUrl, "--token", host.ApiToken], new StringWriter(), error));
        Assert.Contains("is not a preload snapshot", error.ToString(), StringComparison.Ordinal);
    }
}
