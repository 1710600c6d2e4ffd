using LeanIX.Client;

namespace LeanIX.Cli;

/// <summary>
/// How the CLI connects, as the client does: <c>--token</c>/<c>--host</c>, else <c>LEANIX_API_TOKEN</c>/<c>LEANIX_HOST</c>,
/// or <c>--workspace NAME</c> from the user config file (<c>--config PATH</c> to use another file).
/// </summary>
public sealed class ConnectionArguments
{
    /// <summary>The API token given on the command line (never printed).</summary>
    public string? Token { get; set; }

    /// <summary>The host or base URL.</summary>
    public string? Host { get; set; }

    /// <summary>A named workspace from the config file.</summary>
    public string? Workspace { get; set; }

    /// <summary>Another config file than the default.</summary>
    public string? ConfigPath { get; set; }

    /// <summary>Creates the client these arguments describe.</summary>
    public LeanIXClient CreateClient()
    {
        if (Workspace is not null && Token is null)
        {
            var options = WorkspaceConfigFile.Load(Workspace, ConfigPath);
            if (Host is not null) options.Host = Host;
            return new LeanIXClient(options);
        }
        return new LeanIXClient(new LeanIXClientOptions { ApiToken = Token, Host = Host, Workspace = Workspace });
    }

    /// <summary>Takes a connection option at <paramref name="index"/>, returning how many arguments it used (0 when none).</summary>
    public int TryTake(IReadOnlyList<string> args, int index)
    {
        string? Value() => index + 1 < args.Count ? args[index + 1] : throw new UsageException($"{args[index]} needs a value.");
        switch (args[index])
        {
            case "--token": Token = Value(); return 2;
            case "--host": Host = Value(); return 2;
            case "--workspace": Workspace = Value(); return 2;
            case "--config": ConfigPath = Value(); return 2;
            default: return 0;
        }
    }
}
