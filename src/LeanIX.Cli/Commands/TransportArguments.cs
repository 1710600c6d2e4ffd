using LeanIX.Client;
using LeanIX.Client.Transport;

namespace LeanIX.Cli.Commands;

/// <summary>The options of <c>leanix transport plan|apply|restore</c>.</summary>
internal sealed class TransportArguments
{
    public string? From { get; private set; }
    public string? FromToken { get; private set; }
    public string? To { get; private set; }
    public string? ToToken { get; private set; }
    public string? Host { get; private set; }
    public string? ConfigPath { get; private set; }
    public string? Kind { get; private set; }
    public List<string> Selectors { get; } = [];
    public bool DeleteMissing { get; private set; }
    public bool Json { get; private set; }
    public bool Yes { get; private set; }
    public string? BackupDirectory { get; private set; }
    public string? BackupFile { get; private set; }
    public bool Help { get; private set; }

    public static TransportArguments Parse(string verb, IReadOnlyList<string> args)
    {
        var parsed = new TransportArguments();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "-h" or "--help": parsed.Help = true; break;
                case "--from": parsed.From = Value(); break;
                case "--from-token": parsed.FromToken = Value(); break;
                case "--to": parsed.To = Value(); break;
                case "--to-token": parsed.ToToken = Value(); break;
                case "--host": parsed.Host = Value(); break;
                case "--config": parsed.ConfigPath = Value(); break;
                case "--kind": parsed.Kind = Value(); break;
                case "--select": parsed.Selectors.Add(Value()); break;
                case "--delete-missing": parsed.DeleteMissing = true; break;
                case "--json": parsed.Json = true; break;
                case "--yes" or "-y": parsed.Yes = true; break;
                case "--backup-dir": parsed.BackupDirectory = Value(); break;
                case "--backup": parsed.BackupFile = Value(); break;
                default: throw new UsageException($"Unknown option '{args[i]}' for 'transport {verb}'.");
            }
        }
        if (parsed.Help) return parsed;
        if (parsed.To is null && parsed.ToToken is null) throw new UsageException($"'transport {verb}' needs the target: --to <workspace> (or --to-token).");
        if (verb == "restore")
        {
            if (parsed.BackupFile is null) throw new UsageException("'transport restore' needs --backup <file>.");
            return parsed;
        }
        if (parsed.From is null && parsed.FromToken is null) throw new UsageException($"'transport {verb}' needs the source: --from <workspace> (or --from-token).");
        if (parsed.Kind is null) throw new UsageException($"'transport {verb}' needs --kind {string.Join("|", TransportKinds.BuiltIn.Select(k => k.Name))}.");
        return parsed;
    }

    public TransportSelection Selection() => TransportSelection.Parse(Selectors);

    public LeanIXClient Source() => Client(From, FromToken);

    public LeanIXClient Target() => Client(To, ToToken);

    /// <summary>A workspace by its own token, or by name from the config file (its token never appears in messages).</summary>
    private LeanIXClient Client(string? workspace, string? token)
    {
        if (token is not null) return new LeanIXClient(new LeanIXClientOptions { ApiToken = token, Host = Host, Workspace = workspace });
        var options = WorkspaceConfigFile.Load(workspace!, ConfigPath);
        if (Host is not null) options.Host = Host;
        return new LeanIXClient(options);
    }
}
