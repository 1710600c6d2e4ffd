using System.Globalization;
using System.Text.Json.Nodes;
using LeanIX.Client;

namespace LeanIX.Bench;

/// <summary>
/// Preload benchmark (issues 3, 15): an emulator in its own process with synthetic:N fact sheets behind
/// the service model (latency, bandwidth per request, the default rate limit of 1800/min), then in one run
/// (a) the naive sequential script, (b) the client's PreloadAsync on a fresh client, (c) their ratio and
/// (d) the floor the service model allows, with traffic and managed memory for each mode.
/// </summary>
internal static class PreloadBenchmark
{
    /// <summary>The emulator's default rate limit, which the bench leaves on.</summary>
    private const double RequestsPerSecond = 1800 / 60.0;

    private const int PageSize = 1000;

    /// <summary>The old form <c>N [L]</c>: N fact sheets, L ms latency (default 50), no bandwidth limit.</summary>
    public static string[] FromOldForm(string[] args) =>
        [args.Length > 0 ? args[0] : "50000", "--latency-ms", args.Length > 1 ? args[1] : "50"];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        var latencyMs = Option(args, "--latency-ms", 50);
        var bandwidthKbps = Option(args, "--bandwidth-kbps", 0);

        Console.WriteLine($"Starting the emulator: synthetic:{count}, --latency-ms {latencyMs}, --bandwidth-kbps {bandwidthKbps}, rate limit 1800/min …");
        using var emulator = await EmulatorProcess.StartAsync($"synthetic:{count}", latencyMs, bandwidthKbps);
        Console.WriteLine($"Emulator ready at {emulator.BaseUrl}");
        Console.WriteLine();

        RunFigures naive;
        int pages;
        await using (var bench = new BenchClient(emulator))
        {
            await WarmUpAsync(bench.Client);
            var result = await NaiveAsync(bench);
            pages = result.Pages;
            naive = result.Figures;
        }
        naive.Print();
        Console.WriteLine();

        RunFigures preload;
        await using (var bench = new BenchClient(emulator))
        {
            preload = await RunFigures.MeasureAsync("(b) PreloadAsync, fresh client", bench, async () =>
            {
                await bench.Client.PreloadAsync();
                return (bench.Client.CachedFactSheetCount, bench.Client);
            });
        }
        preload.Print();
        Console.WriteLine();

        Console.WriteLine($"(c) ratio naive / preload : {naive.Wall / preload.Wall:F2}×");
        PrintFloor(naive.Bytes, pages, latencyMs / 1000.0, bandwidthKbps * 1024.0, preload.Wall);
        if (naive.FactSheets != preload.FactSheets)
            Console.WriteLine($"WARNING: the modes loaded different counts ({naive.FactSheets:N0} vs {preload.FactSheets:N0}).");
        return 0;
    }

    /// <summary>
    /// (a) The naive script: the same client, one stream, one type after another, 1,000 per page, the full
    /// selection; it keeps every node, as a script working on the whole workspace would.
    /// </summary>
    private static async Task<(RunFigures Figures, int Pages)> NaiveAsync(BenchClient bench)
    {
        var pages = 0;
        var lx = bench.Client;
        var figures = await RunFigures.MeasureAsync("(a) naive sequential script", bench, async () =>
        {
            var model = await lx.DataModel.GetAsync();
            var kept = new List<JsonObject>();
            foreach (var key in model.Types.Keys)
            {
                var type = model.Type(key);
                var before = kept.Count;
                await foreach (var node in lx.Connection.AllFactSheets(FactSheetSelection.For(type), type.Key)) kept.Add(node);
                pages += Math.Max(1, (kept.Count - before + PageSize - 1) / PageSize);
            }
            return (kept.Count, kept);
        });
        return (figures, pages);
    }

    /// <summary>
    /// (d) The floor. The rate limit allows R = 1800/60 = 30 requests/s; a page request takes
    /// t = L + P/B (latency, then P bytes at bandwidth B), so by Little's law at most C = R·t requests are
    /// in flight. Counting each of them at the full B, the bytes D need at least D / (B·C) + L.
    /// P is the naive mode's average page (1,000 fact sheets). Without a bandwidth limit the floor is the
    /// request count alone: pages / R + L.
    /// </summary>
    private static void PrintFloor(long bytes, int pages, double latency, double bandwidth, TimeSpan preload)
    {
        Console.WriteLine("(d) floor of the service model:");
        if (bandwidth <= 0)
        {
            var requestBound = pages / RequestsPerSecond + latency;
            Console.WriteLine($"    no bandwidth limit: pages / R + L = {pages} / {RequestsPerSecond:F0} + {latency:F3} = {requestBound:F2} s");
            Console.WriteLine($"    preload / floor = {preload.TotalSeconds / requestBound:F2}×");
            return;
        }
        var pageBytes = (double)bytes / Math.Max(1, pages);
        var t = latency + pageBytes / bandwidth;
        var concurrency = RequestsPerSecond * t;
        var floor = bytes / (bandwidth * concurrency) + latency;
        Console.WriteLine($"    R = 1800/min = {RequestsPerSecond:F0} req/s; P = D / pages = {RunFigures.MiB(bytes)} / {pages} = {pageBytes / 1024:F0} KB;");
        Console.WriteLine($"    t = L + P/B = {latency:F3} + {pageBytes / 1024:F0} KB / {bandwidth / 1024:F0} KB/s = {t:F3} s; C = R·t = {concurrency:F1} requests in flight");
        Console.WriteLine($"    floor = D / (B·C) + L = {floor:F2} s;  preload / floor = {preload.TotalSeconds / floor:F2}×");
    }

    /// <summary>
    /// One small page per type with the full selection, unmeasured: the emulator compiles and caches its
    /// query plans on first use, which would otherwise count against whichever mode runs first.
    /// </summary>
    private static async Task WarmUpAsync(LeanIXClient lx)
    {
        var model = await lx.DataModel.GetAsync();
        foreach (var key in model.Types.Keys)
            await foreach (var _ in lx.Connection.AllFactSheets(FactSheetSelection.For(model.Type(key)), key).AsPages(pageSizeHint: 10)) break;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
