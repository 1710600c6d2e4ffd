using LeanIX.Client;
using LeanIX.Emulator.Hosting;
using LeanIX.Quality;
using LeanIX.Quality.Checkers;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Workspace;
using Spectre.Console;

namespace LeanIX.Cli.Commands;

/// <summary>
/// What every <c>leanix quality</c> command starts with: the client (or, with no token anywhere, the demo workspace of an
/// in-process emulator, as the samples do), the quality configuration, the preloaded workspace and the checkers, with
/// progress bars on stderr.
/// </summary>
internal sealed class QualitySession : IAsyncDisposable
{
    private readonly EmulatorHost? _demo;

    private QualitySession(LeanIXClient client, EmulatorHost? demo, QualityConfiguration configuration)
    {
        Client = client;
        _demo = demo;
        Configuration = configuration;
    }

    public LeanIXClient Client { get; }

    public QualityConfiguration Configuration { get; }

    public bool IsDemo => _demo is not null;

    public static async Task<QualitySession> OpenAsync(ConnectionArguments connection, string? configPath, TextWriter error, CancellationToken cancellationToken)
    {
        var configuration = configPath is null ? new QualityConfiguration() : await QualityConfiguration.LoadAsync(configPath, cancellationToken).ConfigureAwait(false);
        if (connection.Token is null && connection.Workspace is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("LEANIX_API_TOKEN")))
        {
            var demo = await EmulatorHost.StartAsync("demo").ConfigureAwait(false);
            error.WriteLine($"No LEANIX_API_TOKEN set: using the demo workspace of an in-process emulator at {demo.BaseUrl}");
            return new QualitySession(new LeanIXClient(new LeanIXClientOptions { ApiToken = demo.ApiToken, Host = demo.BaseUrl }), demo, configuration);
        }
        return new QualitySession(connection.CreateClient(), null, configuration);
    }

    /// <summary>Preloads the workspace and runs the checkers, showing a bar per phase on <paramref name="error"/>.</summary>
    public async Task<QualityResult> CheckAsync(TextWriter error, IReadOnlyCollection<string>? types, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        QualityResult? result = null;
        await console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var model = await Client.DataModel.GetAsync(cancellationToken).ConfigureAwait(false);
                if (types is not null)
                    foreach (var type in types) model.Type(type); // an unknown type fails before the preload, listing the known ones
                var checkers = QualityCheckerRegistry.CreateDefault().Create(Configuration.Checkers, model);
                var loading = progress.AddTask("Loading workspace", maxValue: model.Types.Count);
                var workspace = await QualityWorkspace.LoadAsync(Client, Configuration.Organizations, types,
                    new Progress<PreloadProgress>(p => { if (p.TypeDone) loading.Increment(1); }), cancellationToken: cancellationToken).ConfigureAwait(false);
                loading.Value = loading.MaxValue;
                var checking = progress.AddTask("Checking fact sheets", maxValue: Math.Max(1, workspace.FactSheets.Count));
                result = QualityRunner.Run(workspace, checkers, types, new Progress<int>(n => checking.Value = n));
                checking.Value = checking.MaxValue;
            }).ConfigureAwait(false);
        return result!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_demo is not null) await _demo.DisposeAsync().ConfigureAwait(false);
    }
}
