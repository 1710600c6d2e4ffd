using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client;

namespace LeanIX.Cli.Commands;

/// <summary>
/// <c>leanix datamodel pull</c>: writes <c>{"dataModel": …, "viewModel": …, "languages": {"en": …}}</c>, the
/// <c>data</c> of the three Pathfinder model endpoints (datamodel.md §1). Keys keep the workspace's order,
/// which is the data model's configured order, so a re-pull of an unchanged workspace gives the same file.
/// </summary>
public static class DataModelPullCommand
{
    /// <summary>The default output file, the name the generator looks for.</summary>
    public const string DefaultOutput = "leanix.datamodel.json";

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        // Labels keep their umlauts and ampersands readable in diffs.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping
    };

    internal static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var connection = new ConnectionArguments();
        var path = DefaultOutput;
        for (var i = 0; i < args.Count;)
        {
            var used = connection.TryTake(args, i);
            if (used > 0) { i += used; continue; }
            if (args[i] is "-h" or "--help")
            {
                output.WriteLine(CliApp.Usage);
                return ExitCodes.Ok;
            }
            if (args[i] is "--output" or "-o")
            {
                path = i + 1 < args.Count ? args[i + 1] : throw new UsageException("--output needs a file path.");
                i += 2;
                continue;
            }
            throw new UsageException($"Unknown option '{args[i]}' for 'datamodel pull'.");
        }
        using var client = connection.CreateClient();
        var workspace = await client.Connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var full = await PullAsync(client, path, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"Wrote the data model of workspace '{workspace.WorkspaceName}' to {full}");
        return ExitCodes.Ok;
    }

    /// <summary>Reads the snapshot from the workspace.</summary>
    public static async Task<JsonObject> ReadSnapshotAsync(LeanIXClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var dataModel = await DataAsync(client, "services/pathfinder/v1/models/dataModel", cancellationToken).ConfigureAwait(false);
        var viewModel = await DataAsync(client, "services/pathfinder/v1/models/viewModel", cancellationToken).ConfigureAwait(false);
        var english = await DataAsync(client, "services/pathfinder/v1/models/languages/en", cancellationToken).ConfigureAwait(false);
        return new JsonObject
        {
            ["dataModel"] = dataModel,
            ["viewModel"] = viewModel,
            ["languages"] = new JsonObject { ["en"] = english }
        };
    }

    /// <summary>Reads the snapshot and writes it to <paramref name="path"/> (directories created); returns the full path.</summary>
    public static async Task<string> PullAsync(LeanIXClient client, string path = DefaultOutput, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var snapshot = await ReadSnapshotAsync(client, cancellationToken).ConfigureAwait(false);
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        // Written to a temporary file first, so a failed write never leaves half a snapshot for the generator.
        var temp = full + ".tmp";
        await File.WriteAllTextAsync(temp, snapshot.ToJsonString(Pretty) + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temp, full, overwrite: true);
        return full;
    }

    private static async Task<JsonNode> DataAsync(LeanIXClient client, string path, CancellationToken cancellationToken)
    {
        var envelope = await client.Connection.RequestAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        return envelope?["data"]?.DeepClone() ?? throw new LeanIXRequestFailedException($"GET /{path} answered without data.", $"GET /{path}");
    }
}
