using System.Text.Json;

namespace LeanIX.Emulator.Hosting;

/// <summary>Parses the emulator's command line into <see cref="EmulatorOptions"/>.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: dotnet run --project src/LeanIX.Emulator -- [options]
          --urls URL               where to listen (default http://127.0.0.1:5080)
          --seed demo|empty|synthetic:N   initial content (default demo)
          --data FILE              keep the workspaces in this SQLite file (default: in memory)
          --api-token TOKEN        the API token to accept (default: a fixed demo token)
          --workspace NAME         the workspace's name (default demo)
          --data-model v3|v4|FILE  the data model (default v3 for demo, else v4)
          --token-lifetime SECONDS access token lifetime (default 3600)
          --latency-ms N           delay every response by N ms (default 0)
          --bandwidth-kbps N       release each response body at most N KB/s, per request, 0 = off (default 0)
          --rate-limit PER_MINUTE  requests per minute per user, 0 = off (default 1800)
          --max-body-bytes N       largest request body, else 413 (default 10485760)
          --max-url-bytes N        longest path and query, else 414 (default 16384)
          --max-header-bytes N     largest header block, else 431 (default 65536)
          --graphql-max-depth N    deepest field nesting (default 20)
          --graphql-max-fields N   fields and aliases with fragments expanded (default 10000)
          --graphql-max-fragment-expansion N   fragment spreads once expanded (default 500)
          --graphql-max-cost N     connections times page sizes (default 2000000)
          --graphql-assumed-page-size N   page size of a connection without 'first' (default 1000)
          --graphql-max-concurrent-queries N   queries executing at once; mutations never wait (default 2 x cores, at least 4)
          --execution-timeout SECONDS   longest GraphQL execution (default 30)
          --max-name-chars N       longest stored name (default 1000)
          --max-description-chars N   longest stored description (default 100000)
          --max-text-chars N       longest other stored text (default 100000)
          --max-entity-bytes N     largest stored entity as JSON (default 1048576)
          --config FILE            JSON file hosting several workspaces
        """;

    /// <summary>The API tokens the user chose (on the command line or in a config file): never printed.</summary>
    public static IReadOnlySet<string> SuppliedTokens(IReadOnlyList<string> args)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == "--api-token") tokens.Add(args[i + 1]);
            if (args[i] == "--config") foreach (var ws in ReadConfig(args[i + 1])) tokens.UnionWith(ws.ApiTokens);
        }
        return tokens;
    }

    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        var single = new WorkspaceConfig();
        string? configFile = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new StartupException($"Option {arg} needs a value.");
            switch (arg)
            {
                case "--urls": options.Urls = Next(); break;
                case "--seed": single.Seed = Next(); break;
                case "--data": options.DataFile = Next(); break;
                case "--api-token": single.ApiTokens.Add(Next()); break;
                case "--workspace": single.Name = Next(); break;
                case "--data-model": single.DataModel = Next(); break;
                case "--token-lifetime": options.TokenLifetimeSeconds = PositiveInt(arg, Next(), allowZero: false); break;
                case "--latency-ms": options.LatencyMs = PositiveInt(arg, Next(), allowZero: true); break;
                case "--bandwidth-kbps": options.BandwidthKbps = PositiveInt(arg, Next(), allowZero: true); break;
                case "--rate-limit": options.RateLimitPerMinute = PositiveInt(arg, Next(), allowZero: true); break;
                case "--max-body-bytes": options.Requests.MaxBodyBytes = PositiveInt(arg, Next(), allowZero: false); break;
                case "--max-url-bytes": options.Requests.MaxUrlBytes = PositiveInt(arg, Next(), allowZero: false); break;
                case "--max-header-bytes": options.Requests.MaxHeaderBytes = PositiveInt(arg, Next(), allowZero: false); break;
                case "--graphql-max-depth": options.GraphQL.MaxDepth = PositiveInt(arg, Next(), allowZero: false); break;
                case "--graphql-max-fields": options.GraphQL.MaxFields = PositiveInt(arg, Next(), allowZero: false); break;
                case "--graphql-max-fragment-expansion": options.GraphQL.MaxFragmentExpansion = PositiveInt(arg, Next(), allowZero: true); break;
                case "--graphql-max-cost": options.GraphQL.MaxCost = PositiveInt(arg, Next(), allowZero: false); break;
                case "--graphql-assumed-page-size": options.GraphQL.AssumedPageSize = PositiveInt(arg, Next(), allowZero: false); break;
                case "--graphql-max-concurrent-queries": options.GraphQL.MaxConcurrentQueries = PositiveInt(arg, Next(), allowZero: false); break;
                case "--execution-timeout": options.GraphQL.ExecutionTimeout = TimeSpan.FromSeconds(PositiveInt(arg, Next(), allowZero: false)); break;
                case "--max-name-chars": options.Values.MaxNameChars = PositiveInt(arg, Next(), allowZero: false); break;
                case "--max-description-chars": options.Values.MaxDescriptionChars = PositiveInt(arg, Next(), allowZero: false); break;
                case "--max-text-chars": options.Values.MaxTextChars = PositiveInt(arg, Next(), allowZero: false); break;
                case "--max-entity-bytes": options.Values.MaxEntityBytes = PositiveInt(arg, Next(), allowZero: false); break;
                case "--config": configFile = Next(); break;
                case "--help" or "-h": throw new StartupException(Usage);
                default: throw new StartupException($"Unknown option '{arg}'.\n{Usage}");
            }
        }
        if (configFile is not null) options.Workspaces.AddRange(ReadConfig(configFile));
        else options.Workspaces.Add(single);
        return options;
    }

    private static int PositiveInt(string option, string value, bool allowZero) =>
        int.TryParse(value, out var n) && (n > 0 || (allowZero && n == 0))
            ? n
            : throw new StartupException($"Option {option} needs a {(allowZero ? "non-negative" : "positive")} whole number, not '{value}'.");

    /// <summary>Reads <c>{"workspaces":[{"name","id","apiTokens","dataModel","seed","surveys"}]}</c> (surveys: D70, <see cref="SurveyConfig"/>).</summary>
    public static IReadOnlyList<WorkspaceConfig> ReadConfig(string path)
    {
        if (!File.Exists(path)) throw new StartupException($"Config file '{path}' does not exist.");
        ConfigFile? config;
        try
        {
            config = JsonSerializer.Deserialize<ConfigFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException e)
        {
            throw new StartupException($"Config file '{path}' is not valid JSON: {e.Message}");
        }
        if (config?.Workspaces is not { Count: > 0 } list)
            throw new StartupException($"Config file '{path}' lists no workspaces (expected {{\"workspaces\": [{{\"name\": …}}]}}).");
        var names = list.GroupBy(w => w.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (names is not null) throw new StartupException($"Config file '{path}' names workspace '{names.Key}' twice.");
        var tokens = list.SelectMany(w => w.ApiTokens).GroupBy(t => t).FirstOrDefault(g => g.Count() > 1);
        if (tokens is not null) throw new StartupException($"Config file '{path}' gives the same API token to two workspaces.");
        return list;
    }

    private sealed class ConfigFile
    {
        public List<WorkspaceConfig> Workspaces { get; set; } = [];
    }
}
