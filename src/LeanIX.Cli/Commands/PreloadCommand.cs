using System.Diagnostics;
using System.Globalization;
using LeanIX.Client;

namespace LeanIX.Cli.Commands;

/// <summary>
/// <c>leanix preload [--types T,…] [--snapshot FILE] [--stats]</c>: preloads the connected workspace as a script
/// would (<see cref="LeanIXClient.PreloadAsync"/>), with a progress bar on standard error. With <c>--stats</c> the last
/// line is machine-readable: <c>seconds=… requests=… bytes=… factsheets=… retained_mib=…</c>.
/// </summary>
public static class PreloadCommand
{
    internal static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var connection = new ConnectionArguments();
        IReadOnlyList<string>? types = null;
        string? snapshot = null;
        var stats = false;
        for (var i = 0; i < args.Count;)
        {
            var used = connection.TryTake(args, i);
            if (used > 0) { i += used; continue; }
            switch (args[i])
            {
                case "-h" or "--help":
                    output.WriteLine(CliApp.Usage);
                    return ExitCodes.Ok;
                case "--types":
                    types = Value(args, i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (types.Count == 0) throw new UsageException("--types needs at least one fact sheet type, e.g. --types Application,ITComponent.");
                    i += 2;
                    break;
                case "--snapshot":
                    snapshot = Value(args, i);
                    i += 2;
                    break;
                case "--stats":
                    stats = true;
                    i++;
                    break;
                default:
                    throw new UsageException($"Unknown option '{args[i]}' for 'preload'.");
            }
        }

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var client = connection.CreateClient();
        var workspace = await client.Connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var model = await client.DataModel.GetAsync(cancellationToken).ConfigureAwait(false);
        var typeCount = types?.Count ?? model.Types.Count;
        var watch = Stopwatch.StartNew();
        var bar = new ProgressBar(error, typeCount);
        PreloadStatistics result;
        try
        {
            result = await client.PreloadAsync(types, bar, snapshot: snapshot, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            bar.Finish();
        }
        watch.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(client);

        var source = result.FromSnapshot ? $" from {snapshot} ({result.Changed:N0} read again, {result.Removed:N0} removed)" : "";
        output.WriteLine($"Preloaded {result.FactSheets:N0} fact sheets of workspace '{workspace.WorkspaceName}'{source} in {watch.Elapsed.TotalSeconds:F1} s.");
        if (stats)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seconds={watch.Elapsed.TotalSeconds:F3} requests={result.Requests} bytes={result.Bytes} factsheets={result.FactSheets} retained_mib={retained / 1024.0 / 1024.0:F1}"));
        return ExitCodes.Ok;
    }

    private static string Value(IReadOnlyList<string> args, int index) =>
        index + 1 < args.Count ? args[index + 1] : throw new UsageException($"{args[index]} needs a value.");

    /// <summary>
    /// A one-line bar over the types on standard error, redrawn in place (<c>\r</c>): types done, fact sheets in
    /// memory so far. Progress arrives from several threads at once.
    /// </summary>
    private sealed class ProgressBar(TextWriter error, int types) : IProgress<PreloadProgress>
    {
        private const int Width = 30;
        private readonly Lock _lock = new();
        private readonly Dictionary<string, int> _loaded = new(StringComparer.Ordinal);
        private readonly HashSet<string> _done = new(StringComparer.Ordinal);

        public void Report(PreloadProgress value)
        {
            lock (_lock)
            {
                _loaded[value.Type] = Math.Max(_loaded.GetValueOrDefault(value.Type), value.Loaded);
                if (value.TypeDone) _done.Add(value.Type);
                var filled = types == 0 ? Width : Math.Min(Width, _done.Count * Width / types);
                error.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {_done.Count}/{types} types, {_loaded.Values.Sum():N0} fact sheets"));
                error.Flush();
            }
        }

        public void Finish()
        {
            lock (_lock) error.WriteLine();
        }
    }
}
