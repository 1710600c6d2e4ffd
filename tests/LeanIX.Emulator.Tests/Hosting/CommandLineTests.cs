using LeanIX.Emulator.Hosting;

namespace LeanIX.Emulator.Tests.Hosting;

public sealed class CommandLineTests : IDisposable
{
    private readonly List<string> _files = [];

    [Fact]
    public void Defaults_host_one_demo_workspace()
    {
        var options = CommandLine.Parse([]);
        Assert.Equal("http://127.0.0.1:5080", options.Urls);
        Assert.Null(options.DataFile);
        Assert.Equal(3600, options.TokenLifetimeSeconds);
        Assert.Equal(0, options.LatencyMs);
        Assert.Equal(0, options.BandwidthKbps);
        Assert.Equal(1800, options.RateLimitPerMinute);
        var ws = Assert.Single(options.Workspaces);
        Assert.Equal("demo", ws.Name);
        Assert.Equal("demo", ws.Seed);
        Assert.Equal("v3", ws.EffectiveDataModel);
    }

    [Fact]
    public void Every_option_is_parsed()
    {
        var options = CommandLine.Parse([
            "--urls", "http://127.0.0.1:6000", "--seed", "synthetic:50", "--data", "state.db", "--api-token", "tok-1",
            "--api-token", "tok-2", "--workspace", "sandbox", "--data-model", "v4", "--token-lifetime", "120",
            "--latency-ms", "25", "--bandwidth-kbps", "4000", "--rate-limit", "0"
        ]);
        Assert.Equal("http://127.0.0.1:6000", options.Urls);
        Assert.Equal("state.db", options.DataFile);
        Assert.Equal(120, options.TokenLifetimeSeconds);
        Assert.Equal(25, options.LatencyMs);
        Assert.Equal(4000, options.BandwidthKbps);
        Assert.Equal(0, options.RateLimitPerMinute);
        var ws = Assert.Single(options.Workspaces);
        Assert.Equal("synthetic:50", ws.Seed);
        Assert.Equal("sandbox", ws.Name);
        Assert.Equal("v4", ws.EffectiveDataModel);
        Assert.Equal(["tok-1", "tok-2"], ws.ApiTokens);
    }

    [Fact]
    public void Without_a_model_choice_a_non_demo_seed_gets_v4()
    {
        var ws = Assert.Single(CommandLine.Parse(["--seed", "empty"]).Workspaces);
        Assert.Equal("v4", ws.EffectiveDataModel);
    }

    [Fact]
    public void A_config_file_lists_its_workspaces()
    {
        var path = Write("""{"workspaces":[{"name":"a","apiTokens":["t1"],"dataModel":"v3","seed":"empty"},{"name":"b","id":"3d2c1b0a-9f8e-4d7c-6b5a-4e3d2c1b0a99"}]}""");
        var options = CommandLine.Parse(["--config", path, "--rate-limit", "10"]);
        Assert.Equal(["a", "b"], options.Workspaces.Select(w => w.Name));
        Assert.Equal(Guid.Parse("3d2c1b0a-9f8e-4d7c-6b5a-4e3d2c1b0a99"), options.Workspaces[1].EffectiveId);
        Assert.Equal(10, options.RateLimitPerMinute);
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "Unknown option '--bogus'")]
    [InlineData(new[] { "--seed" }, "--seed needs a value")]
    [InlineData(new[] { "--token-lifetime", "0" }, "--token-lifetime needs a positive whole number")]
    [InlineData(new[] { "--latency-ms", "-5" }, "--latency-ms needs a non-negative whole number")]
    [InlineData(new[] { "--bandwidth-kbps", "-1" }, "--bandwidth-kbps needs a non-negative whole number")]
    [InlineData(new[] { "--rate-limit", "lots" }, "--rate-limit needs a non-negative whole number, not 'lots'")]
    [InlineData(new[] { "--config", "/nonexistent/emulator.json" }, "does not exist")]
    public void Bad_arguments_give_clear_messages(string[] args, string message)
    {
        var e = Assert.Throws<StartupException>(() => CommandLine.Parse(args));
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("{\"workspaces\": [", "is not valid JSON")]
    [InlineData("{\"workspaces\": []}", "lists no workspaces")]
    [InlineData("{\"workspaces\": [{\"name\":\"a\",\"apiTokens\":[\"same\"]},{\"name\":\"b\",\"apiTokens\":[\"same\"]}]}", "same API token to two workspaces")]
    [InlineData("{\"workspaces\": [{\"name\":\"a\"},{\"name\":\"A\"}]}", "names workspace 'a' twice")]
    public void Bad_config_files_give_clear_messages(string json, string message)
    {
        var e = Assert.Throws<StartupException>(() => CommandLine.Parse(["--config", Write(json)]));
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("nonsense", "Unknown seed 'nonsense'")]
    [InlineData("synthetic:x", "needs a count between 0 and")]
    [InlineData("synthetic:-1", "needs a count between 0 and")]
    public async Task A_bad_seed_stops_the_start_with_a_clear_message(string seed, string message)
    {
        var e = await Assert.ThrowsAsync<StartupException>(() => EmulatorHost.StartAsync(CommandLine.Parse(["--seed", seed])));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task A_bad_data_model_stops_the_start_with_a_clear_message()
    {
        var e = await Assert.ThrowsAsync<StartupException>(() => EmulatorHost.StartAsync(CommandLine.Parse(["--data-model", "/nonexistent/model.json"])));
        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public void Help_prints_the_usage()
    {
        var e = Assert.Throws<StartupException>(() => CommandLine.Parse(["--help"]));
        Assert.Contains("--rate-limit", e.Message);
    }

    private string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"leanix-emulator-cli-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        _files.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var f in _files) File.Delete(f);
    }
}
