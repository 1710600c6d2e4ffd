using System.Diagnostics;
using System.Security.Cryptography;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using LeanIX.Client;

namespace LeanIX.Bench;

/// <summary>
/// Emulator throughput (issue 15): the naive script's dump of synthetic:N at no latency — every type in turn,
/// <c>allFactSheets</c> 1,000 per page with the client's full selection. The requests are sent on a bare
/// HttpClient and only the page cursor is read back, so the figure measures the emulator, not client parsing.
/// <c>--passes N</c> dumps N times in the same emulator: the first pass includes the JIT, later ones are warm.
/// <c>--digest</c> also prints a SHA-256 over every page's bytes, so a change meant to keep the wire shape can be
/// checked on a whole dump against the build before it; timestamps are left out, as the seed dates from its start.
/// </summary>
internal static partial class ServeBenchmark
{
    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")]
    private static partial Regex Timestamp();

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1]) : 50_000;
        var passesAt = Array.IndexOf(args, "--passes");
        var passes = passesAt >= 0 && passesAt + 1 < args.Length ? int.Parse(args[passesAt + 1]) : 1;
        var digest = args.Contains("--digest");
        Console.WriteLine($"Starting the emulator with synthetic:{count}, no latency …");
        var startWatch = Stopwatch.StartNew();
        using var emulator = await EmulatorProcess.StartAsync($"synthetic:{count}", 0);
        var startup = startWatch.Elapsed;
        Console.WriteLine($"Start-up              : {startup.TotalSeconds:F2} s");
        // Wall time includes waiting for a shared machine's cores; the emulator's CPU time for start-up does not.
        Console.WriteLine($"Start-up CPU          : {emulator.CpuTime().TotalSeconds:F2} s");
        Console.WriteLine($"Emulator RSS (seeded) : {emulator.RssMiB():F0} MiB");

        // The data model through the client, so the selections are exactly the client's.
        using var lx = new LeanIXClient(emulator.ApiToken, emulator.BaseUrl);
        var model = await lx.DataModel.GetAsync();

        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ExchangeAsync(http, emulator.ApiToken));

        for (var pass = 1; pass <= passes; pass++)
        {
            if (pass > 1) Console.WriteLine($"Pass {pass}:");
            await DumpAsync(emulator, http, model, digest);
        }
        return 0;
    }

    private static async Task DumpAsync(EmulatorProcess emulator, HttpClient http, LeanIXDataModel model, bool digest)
    {
        using var hash = digest ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        long bytes = 0, requests = 0, nodes = 0;
        var cpuBefore = emulator.CpuTime();
        var watch = Stopwatch.StartNew();
        foreach (var type in model.Types.Values)
        {
            var query = Query(FactSheetSelection.For(type));
            string? after = null;
            do
            {
                var variables = new JsonObject { ["first"] = 1000, ["after"] = after, ["filter"] = null, ["type"] = type.Key };
                var body = new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString();
                using var response = await http.PostAsync("services/pathfinder/v1/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
                var page = await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                requests++;
                bytes += page.Length;
                if (hash is not null) hash.AppendData(Encoding.UTF8.GetBytes(Timestamp().Replace(Encoding.UTF8.GetString(page), "<t>")));
                (var next, var total) = Cursor(page);
                if (after is null) nodes += total;
                after = next;
            }
            while (after is not null);
        }
        watch.Stop();
        var cpu = emulator.CpuTime() - cpuBefore;

        var mb = bytes / 1_000_000.0;
        Console.WriteLine($"Fact sheets           : {nodes:N0}");
        Console.WriteLine($"Requests              : {requests:N0}");
        Console.WriteLine($"Bytes                 : {mb:F1} MB");
        Console.WriteLine($"Seconds               : {watch.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"Throughput            : {mb / watch.Elapsed.TotalSeconds:F1} MB/s");
        // On a shared machine the wall time is noisy; the emulator's own CPU time is the steadier figure.
        Console.WriteLine($"Emulator CPU          : {cpu.TotalSeconds:F2} s = {mb / cpu.TotalSeconds:F1} MB per CPU-second");
        Console.WriteLine($"Emulator RSS (dumped) : {emulator.RssMiB():F0} MiB");
        if (hash is not null) Console.WriteLine($"Digest (SHA-256)      : {Convert.ToHexStringLower(hash.GetHashAndReset())}");
    }

    /// <summary>The query text <c>LeanIXConnection.FactSheetPages</c> sends for a typed, unfiltered listing.</summary>
    private static string Query(string selection) => $$"""
        query AllFactSheets($first: Int, $after: String, $filter: FilterInput, $type: FactSheetType) {
          allFactSheets(first: $first, after: $after, filter: $filter, factSheetType: $type) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { {{selection}} } }
          }
        }
        """;

    private static async Task<string> ExchangeAsync(HttpClient http, string apiToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "services/mtm/v1/oauth2/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")])
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("apitoken:" + apiToken)));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// The next cursor (null on the last page) and the type's total count, read from the head of the page: the
    /// connection's <c>totalCount</c> and <c>pageInfo</c> come before its edges, which are left unread, so the figure is
    /// the emulator's and not this client's parsing. A response without them (GraphQL errors) fails with its text.
    /// </summary>
    private static (string? After, int Total) Cursor(byte[] page)
    {
        var reader = new Utf8JsonReader(page);
        int? total = null;
        bool? hasNext = null;
        string? cursor = null;
        var path = new List<string>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    if (path is ["data", "allFactSheets"] && property == "edges" && total is { } t && hasNext is { } more)
                        return (more ? cursor ?? throw Failed(page) : null, t);
                    break;
                case JsonTokenType.StartObject:
                    if (property is not null) path.Add(property);
                    property = null;
                    break;
                case JsonTokenType.EndObject:
                    if (path.Count > 0) path.RemoveAt(path.Count - 1);
                    break;
                case JsonTokenType.StartArray:
                    throw Failed(page);
                case JsonTokenType.Number when path is ["data", "allFactSheets"] && property == "totalCount":
                    total = reader.GetInt32();
                    break;
                case JsonTokenType.True or JsonTokenType.False when path is ["data", "allFactSheets", "pageInfo"] && property == "hasNextPage":
                    hasNext = reader.GetBoolean();
                    break;
                case JsonTokenType.String when path is ["data", "allFactSheets", "pageInfo"] && property == "endCursor":
                    cursor = reader.GetString();
                    break;
            }
        }
        throw Failed(page);
    }

    private static InvalidOperationException Failed(byte[] page) =>
        new("Not a page of allFactSheets: " + Encoding.UTF8.GetString(page.AsSpan(0, Math.Min(page.Length, 2000))));
}
