using LeanIX.Automation.Handlers;
using LeanIX.Client;
using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Hosting;

/// <summary>
/// The host's connection to its workspace, made at start-up as the client connects: a token (and host) from config or
/// <c>LEANIX_API_TOKEN</c>/<c>LEANIX_HOST</c>, or a named workspace from the client's configuration file. Without either it
/// starts the emulator's demo workspace in-process (as the Quickstart does), so the host works with no set-up.
/// </summary>
public sealed partial class WorkspaceConnection : IHostedService, IAsyncDisposable
{
    private readonly AutomationOptions _options;
    private readonly ILogger<WorkspaceConnection> _logger;
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LeanIXClient? _client;

    /// <summary>Creates the connection; it connects in <see cref="StartAsync"/>.</summary>
    public WorkspaceConnection(IOptions<AutomationOptions> options, ILogger<WorkspaceConnection> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The client (fact sheets are read fresh: caching off). Throws before the host started.</summary>
    public LeanIXClient Client => _client ?? throw new InvalidOperationException("The workspace is not connected yet; await WhenConnectedAsync first.");

    /// <summary>The in-process demo workspace, when no token was configured.</summary>
    public EmulatorHost? Demo { get; private set; }

    /// <summary>Links into the workspace.</summary>
    public WorkspaceLinks Links { get; private set; } = new("");

    /// <summary>The client options used (for clients of an initial sync, which cache and preload).</summary>
    public LeanIXClientOptions? ClientOptions { get; private set; }

    /// <summary>Completes once connected.</summary>
    public Task WhenConnectedAsync(CancellationToken cancellationToken) => _connected.Task.WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var settings = _options.LeanIX;
            var token = settings.Demo ? null : FirstNonEmpty(settings.ApiToken, Environment.GetEnvironmentVariable("LEANIX_API_TOKEN"));
            if (!settings.Demo && !string.IsNullOrWhiteSpace(settings.Workspace) && token is null)
            {
                _client = LeanIXClient.ForWorkspace(settings.Workspace);
                ClientOptions = null;
                LogConnecting(_logger, $"workspace '{settings.Workspace}' from the client's configuration file");
            }
            else
            {
                var host = settings.Demo ? null : FirstNonEmpty(settings.Host, Environment.GetEnvironmentVariable("LEANIX_HOST"));
                if (token is null)
                {
                    Demo = await EmulatorHost.StartAsync(settings.DemoSeed).ConfigureAwait(false);
                    token = Demo.ApiToken;
                    host = Demo.BaseUrl;
                    LogDemo(_logger, Demo.BaseUrl);
                }
                else
                {
                    LogConnecting(_logger, host ?? LeanIXClientOptions.DefaultHost);
                }
                // The token is a secret: it goes into the options, never into a log line.
                ClientOptions = new LeanIXClientOptions { ApiToken = token, Host = host, Caching = Caching.Off };
                _client = new LeanIXClient(ClientOptions);
            }
            var workspace = await _client.Connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            Links = new WorkspaceLinks((await _client.Connection.GetWorkspaceUrlAsync(cancellationToken).ConfigureAwait(false)).TrimEnd('/'));
            LogConnected(_logger, workspace.WorkspaceName, Links.WorkspaceUrl);
            _connected.TrySetResult();
        }
        catch (Exception e)
        {
            _connected.TrySetException(e);
            throw;
        }
    }

    /// <summary>A new client for the same workspace with its own cache (an initial sync preloads into it).</summary>
    public LeanIXClient CreateCachingClient() =>
        ClientOptions is { } o
            ? new LeanIXClient(new LeanIXClientOptions { ApiToken = o.ApiToken, Host = o.Host, Caching = Caching.On, Timeout = o.Timeout })
            : LeanIXClient.ForWorkspace(_options.LeanIX.Workspace!);

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (Demo is not null) await Demo.DisposeAsync().ConfigureAwait(false);
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    [LoggerMessage(Level = LogLevel.Information, Message = "No LEANIX_API_TOKEN set: started the demo workspace of an in-process emulator at {BaseUrl}")]
    private static partial void LogDemo(ILogger logger, string baseUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connecting to {Where}")]
    private static partial void LogConnecting(ILogger logger, string where);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to workspace '{Workspace}' ({Url})")]
    private static partial void LogConnected(ILogger logger, string workspace, string url);
}
