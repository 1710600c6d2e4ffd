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
        // Skips (a), (c) and (d): the client's own figures without the naive script's minute of load.
        var withNaive = !args.Contains("--no-naive");

        Console.WriteLine($"Starting the emulator: synthetic:{count}, --latency-ms {latencyMs}, --bandwidth-kbps {bandwidthKbps}, rate limit 1800/min …");
        using var emulator = await EmulatorProcess.StartAsync($"synthetic:{count}", latencyMs, bandwidthKbps);
        Console.WriteLine($"Emulator ready at {emulator.BaseUrl}");
        Console.WriteLine();

        RunFigures? naive = null;
        var pages = 0;
        await using (var bench = new BenchClient(emulator))
        {
            await WarmUpAsync(bench.Client);
            if (withNaive)
            {
                var result = await NaiveAsync(bench);
                pages = result.Pages;
                naive = result.Figures;
            }
        }
        if (naive is not null)
        {
            naive.Print();
            Console.WriteLine();
            // The naive run's nodes stay reachable for a few seconds after it (no forced collection frees them sooner);
            // collected during (b), they would count as negative retained memory and their collection as the client's CPU.
            var (freed, waited) = await SettleAsync();
            Console.WriteLine($"(naive run's memory freed before (b): {RunFigures.MiB(freed)} after {waited.TotalSeconds:F1} s)");
            Console.WriteLine();
        }

        var snapshot = Path.Combine(Path.GetTempPath(), $"leanix-bench-{Environment.ProcessId}.lxsnap");
        RunFigures preload;
        await using (var bench = new BenchClient(emulator))
        {
            TimeSpan cpu = default;
            long allocated = 0;
            var gen2 = 0;
            var paused = TimeSpan.Zero;
            TimeSpan emulatorCpu = default;
            preload = await RunFigures.MeasureAsync("(b) PreloadAsync, fresh client", bench, async () =>
            {
                // Inside the run: the forced collections of the memory figures around it are the bench's, not the client's.
                var cpuBefore = Environment.CpuUsage.TotalTime;
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var gen2Before = GC.CollectionCount(2);
                var pausedBefore = GC.GetTotalPauseDuration();
                var emulatorBefore = emulator.CpuTime();
                await bench.Client.PreloadAsync();
                emulatorCpu = emulator.CpuTime() - emulatorBefore;
                paused = GC.GetTotalPauseDuration() - pausedBefore;
                cpu = Environment.CpuUsage.TotalTime - cpuBefore;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                gen2 = GC.CollectionCount(2) - gen2Before;
                return (bench.Client.CachedFactSheetCount, bench.Client);
            });
            preload.Print();
            Console.WriteLine($"  allocated       : {RunFigures.MiB(allocated)} in all; {gen2} full collections; GC pauses {paused.TotalSeconds:F2} s");
            Console.WriteLine($"  client CPU      : {cpu.TotalSeconds:F2} s = {preload.Bytes / cpu.TotalSeconds / 1e6:F0} MB/s of JSON received and parsed (whole process: HTTP, parsing, interning)");
            Console.WriteLine($"  emulator CPU    : {emulatorCpu.TotalSeconds:F2} s meanwhile (on the same cores: client and emulator CPU together over the cores bound the wall time)");
            Console.WriteLine($"  parser alone    : {ParserThroughput(bench.Client):F0} MB/s per CPU second (one page of the full selection, parsed into compact fact sheets, single thread)");
            Console.WriteLine();

            if (naive is not null)
            {
                Console.WriteLine($"(c) ratio naive / preload : {naive.Wall / preload.Wall:F2}×");
                PrintFloor(naive.Bytes, pages, latencyMs / 1000.0, bandwidthKbps * 1024.0, preload.Wall);
                if (naive.FactSheets != preload.FactSheets)
                    Console.WriteLine($"WARNING: the modes loaded different counts ({naive.FactSheets:N0} vs {preload.FactSheets:N0}).");
                Console.WriteLine();
            }

            await RefreshFiguresAsync(emulator, bench.Client, preload, snapshot);
            Console.WriteLine();
            Console.WriteLine($"(g) retained by the preloaded cache: {RunFigures.MiB(CacheBytes(bench.Client))} (managed heap with it, less without it)");
        }
        File.Delete(snapshot);
        return 0;
    }

    /// <summary>
    /// (e) 100 changes made by another client, then RefreshAsync on the preloaded one: its bytes against the full
    /// preload's; (f) a new client starting from the snapshot of an unchanged workspace.
    /// </summary>
    private static async Task RefreshFiguresAsync(EmulatorProcess emulator, LeanIXClient preloaded, RunFigures preload, string snapshot)
    {
        const int Changes = 100;
        await using (var writer = new BenchClient(emulator))
        {
            var apps = await writer.Client.FactSheets.Of("Application").List().AsPages(pageSizeHint: Changes).FirstAsync();
            foreach (var app in apps.Values.Take(Changes)) await app.SetAsync("description", $"changed by the bench at {DateTime.UtcNow:O}");
        }
        var refresh = await preloaded.RefreshAsync(snapshot);
        Console.WriteLine($"(e) RefreshAsync after {Changes} changes (and writing the snapshot)");
        Console.WriteLine($"  wall time       : {refresh.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  requests        : {refresh.Requests:N0}");
        Console.WriteLine($"  bytes received  : {RunFigures.MiB(refresh.Bytes)} = {100.0 * refresh.Bytes / preload.Bytes:F2} % of the full preload (target < 1 %)");
        Console.WriteLine($"  read again      : {refresh.Changed:N0} fact sheets; removed {refresh.Removed:N0}");
        Console.WriteLine($"  snapshot file   : {RunFigures.MiB(new FileInfo(snapshot).Length)}");
        Console.WriteLine();

        await using var next = new BenchClient(emulator);
        await next.Client.DataModel.GetAsync(); // the data model and the token are every script's first request, not the snapshot's
        PreloadStatistics start;
        long peak;
        TimeSpan cpu;
        var baseline = GC.GetTotalMemory(true);
        using (var memory = new PeakMemory())
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            start = await next.Client.PreloadAsync(snapshot: snapshot);
            cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            peak = memory.PeakBytes - baseline;
        }
        var heap = GC.GetTotalMemory(true) - baseline;
        Console.WriteLine("(f) a new client starting from the snapshot of an unchanged workspace (read, refresh, write back)");
        Console.WriteLine($"  wall time       : {start.Elapsed.TotalSeconds:F2} s (target < 1 s); client CPU {cpu.TotalSeconds:F2} s");
        Console.WriteLine($"  peak managed    : {RunFigures.MiB(peak)} above baseline; {RunFigures.MiB(heap)} held after it");
        Console.WriteLine($"  requests        : {start.Requests:N0}, {RunFigures.MiB(start.Bytes)}");
        Console.WriteLine($"  fact sheets     : {start.FactSheets:N0}");
        Console.WriteLine($"  retained        : {RunFigures.MiB(CacheBytes(next.Client))} (the cache read from the snapshot)");

        var readCpu = Environment.CpuUsage.TotalTime;
        var (_, read) = PreloadSnapshot.Read(snapshot, new CompactJsonPool());
        readCpu = Environment.CpuUsage.TotalTime - readCpu;
        var tables = new SnapshotTables();
        foreach (var (type, data) in read) tables.Add(type, data);
        Console.WriteLine($"  file read alone : {readCpu.TotalSeconds:F2} s CPU for {read.Count:N0} fact sheets; {tables.Strings.Count:N0} strings, "
            + $"{tables.Numbers.Count:N0} numbers, {tables.Shapes.Count:N0} shapes, {tables.Shared.Count:N0} shared objects");
    }

    /// <summary>Waits until the managed heap stops shrinking (at most 20 s); answers how much it shrank and how long that took.</summary>
    private static async Task<(long Freed, TimeSpan Waited)> SettleAsync()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var start = GC.GetTotalMemory(forceFullCollection: true);
        var last = start;
        var steady = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(20) && steady < 4)
        {
            await Task.Delay(250);
            var now = GC.GetTotalMemory(forceFullCollection: true);
            steady = last - now < 1024 * 1024 ? steady + 1 : 0;
            last = now;
        }
        return (start - last, watch.Elapsed);
    }

    /// <summary>What a client's fact sheet cache holds: the managed heap with it less the heap once it is cleared.</summary>
    private static long CacheBytes(LeanIXClient client)
    {
        var with = GC.GetTotalMemory(forceFullCollection: true);
        client.ClearCache();
        return with - GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Parses one page's worth of the full selection again and again into compact fact sheets on one thread.</summary>
    private static double ParserThroughput(LeanIXClient client)
    {
        var sample = client.CachedFactSheets().Take(1000).Select(f => f.Data).ToList();
        var json = System.Text.Encoding.UTF8.GetBytes(new JsonObject
        {
            ["data"] = new JsonObject { ["allFactSheets"] = new JsonObject { ["edges"] = new JsonArray([.. sample.Select(n => (JsonNode)new JsonObject { ["node"] = n })]) } }
        }.ToJsonString());
        var pool = new CompactJsonPool();
        // CPU time, not wall time: on a shared machine the wall clock counts other processes' turns too.
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long parsed = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(2))
        {
            new CompactJsonReader(pool).Read(json);
            parsed += json.Length;
        }
        return parsed / (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds / 1e6;
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
