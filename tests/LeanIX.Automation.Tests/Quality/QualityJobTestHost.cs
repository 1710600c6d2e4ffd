using LeanIX.Automation.Hosting;
using LeanIX.Automation.Quality;
using LeanIX.Automation.Runs;
using LeanIX.Automation.Tests.Infrastructure;
using LeanIX.Emulator.Hosting;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Reminders;
using LeanIX.Quality.Workspace;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Automation.Tests.Quality;

/// <summary>
/// The automation host (<see cref="AutomationTestHost"/>, against a test's own emulator) on a <see cref="FakeTimeProvider"/>
/// with the quality jobs configured, and a temporary directory for the quality file, the throttle state and the outputs.
/// </summary>
internal sealed class QualityJobTestHost : IAsyncDisposable
{
    private QualityJobTestHost(AutomationTestHost host, FakeTimeProvider clock, string directory)
    {
        Host = host;
        Clock = clock;
        Directory = directory;
    }

    public AutomationTestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The test's own directory (quality file, throttle state, .eml files, report).</summary>
    public string Directory { get; }

    public QualityJobScheduler Scheduler => Host.Services.GetRequiredService<QualityJobScheduler>();

    /// <summary>Monday 2 March 2026, 06:00 UTC: an hour before the reminder's default schedule (Mondays 07:00).</summary>
    public static DateTimeOffset Start => new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"lx-quality-jobs-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Writes the quality file (its reminder state in the test's directory) and starts the host with <paramref name="quality"/>.</summary>
    public static async Task<QualityJobTestHost> StartAsync(EmulatorHost emulator, Action<QualityJobOptions> quality, Action<AutomationOptions>? automation = null,
        string? qualityFileJson = null)
    {
        var directory = NewDirectory();
        var file = Path.Combine(directory, "quality.json");
        var state = Path.Combine(directory, "reminders.db").Replace("\\", "\\\\", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, qualityFileJson ?? $$"""{ "reminder": { "stateFile": "{{state}}", "from": "quality@example.com" } }""");
        var clock = new FakeTimeProvider(Start);
        var host = await AutomationTestHost.StartAsync(emulator, AutomationTestHost.NewDatabasePath(), automation, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Configure<QualityJobOptions>(o =>
            {
                o.ConfigurationPath = file;
                quality(o);
            });
        });
        return new QualityJobTestHost(host, clock, directory);
    }

    /// <summary>Waits until <paramref name="kind"/> has set its timer for <paramref name="occurrence"/>.</summary>
    public Task WhenWaitingForAsync(QualityJobKind kind, DateTimeOffset occurrence) =>
        Eventually.UntilAsync(() => Task.FromResult(Scheduler.WaitingFor(kind) == occurrence), $"{kind} waiting for {occurrence:u}");

    /// <summary>The recorded runs of <paramref name="kind"/>, newest first.</summary>
    public Task<IReadOnlyList<AutomationRun>> RunsOfAsync(QualityJobKind kind) => Host.Runs.LastRunsAsync(50, QualityJobNames.IdOf(kind));

    /// <summary>Waits for the <paramref name="count"/>th recorded run of <paramref name="kind"/>.</summary>
    public async Task<AutomationRun> WhenRunAsync(QualityJobKind kind, int count = 1) =>
        (await Eventually.UntilAsync(() => RunsOfAsync(kind), r => r.Count >= count, $"run {count} of {kind}"))[0];

    /// <summary>The users the reminder must mail, worked out independently with the library on a client of the test's own.</summary>
    public async Task<IReadOnlyList<string>> ExpectedRecipientsAsync()
    {
        using var client = Host.NewClient();
        var model = await client.DataModel.GetAsync();
        var workspace = await QualityWorkspace.LoadAsync(client, clock: Clock);
        var result = LeanIX.Quality.QualityRunner.Run(workspace, QualityCheckerRegistry.CreateDefault().Create(null, model));
        return QualityIssueReminder.Digests(result).Select(d => d.User.Email).Order(StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
