using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Hosting;
using LeanIX.Automation.Inbox;
using LeanIX.Automation.Intake;
using LeanIX.Client;
using LeanIX.Client.Events;
using LeanIX.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Bench;

/// <summary>
/// The automation host under load. <c>intake</c>: C concurrent PUSH deliveries of N events against the host (workers off),
/// answer time p50/p99, events/s, and a check that every acknowledged event is in the inbox. <c>processing</c>: N events in
/// the inbox run through a no-op handler by the workers, events/s. Both use a fresh SQLite file.
/// </summary>
internal static class AutomationBenchmark
{
    /// <summary>Does nothing: what is measured is the host's own work per event (claim, idempotency key, run record, complete).</summary>
    private sealed class NoOpHandler : EventHandler
    {
        public override string Description => "does nothing";
        public override bool ResolvesFactSheet => false;
        public override Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static readonly byte[] FloorAnswer = Encoding.UTF8.GetBytes("""{"status":"OK","message":"Stored."}""");

    public static async Task<int> RunAsync(string[] args)
    {
        if (!HostRuntime.IsLikeTheHost) return await HostRuntime.RelaunchAsync(args);
        var mode = args[0];
        var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : mode == "intake" ? 10_000 : 5_000;
        var concurrency = Option(args, "--concurrency", 200);
        var database = Path.Combine(Path.GetTempPath(), $"lx-automation-bench-{Guid.NewGuid():N}.db");
        await using var emulator = await EmulatorHost.StartAsync("empty");
        try
        {
            return mode == "intake"
                ? await IntakeAsync(emulator, database, count, concurrency, args)
                : await ProcessingAsync(emulator, database, count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        }
    }

    private static async Task<WebApplication> StartHostAsync(EmulatorHost emulator, string database, int workers)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddLeanIXAutomation(o =>
        {
            o.DatabasePath = database;
            o.LeanIX.ApiToken = emulator.ApiToken;
            o.LeanIX.Host = emulator.BaseUrl;
            o.Webhook.Password = "bench-password";
            o.Processing.Workers = workers;
            o.Processing.BatchSize = 64;
            o.Processing.Parallelism = 8;
            o.Processing.WriteSyncLog = false;
            o.Processing.IdleDelay = TimeSpan.FromMilliseconds(50);
        });
        builder.Services.AddAutomationHandler<NoOpHandler>();
        var app = builder.Build();
        app.MapLeanIXWebhooks("/webhooks/leanix");
        // The floor: the same load on the same host against an endpoint that only reads the body and answers 200, so the
        // figures show what the HTTP stack and the load generator cost on this machine before the intake does anything.
        app.MapPost("/bench/floor", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            return Results.Bytes(FloorAnswer, "application/json; charset=utf-8");
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<int> IntakeAsync(EmulatorHost emulator, string database, int count, int concurrency, string[] args)
    {
        await using var app = await StartHostAsync(emulator, database, workers: 0);
        var credentials = app.Services.GetRequiredService<WebhookCredentials>();
        // The sender shares the 2 cores with the host: by default a wrk-like raw sender (RawHttpLoad), whose work per request
        // is small; `--client httpclient` sends through HttpClient instead, for comparison.
        var sender = Text(args, "--client", "raw");
        await using var load = sender == "httpclient"
            ? (ILoadSender)new HttpClientLoad(EmulatorHost.BaseUrlOf(app), concurrency, credentials.AuthorizationHeader)
            : await RawHttpLoad.ConnectAsync(EmulatorHost.BaseUrlOf(app), concurrency, credentials.AuthorizationHeader);

        // Warm-up at the same load until the JIT has nothing left to do: the host runs for days, and until tiered compilation
        // has rejitted the hot path (tier 0, then instrumented, then optimized; each step delayed while other methods are
        // still being compiled), requests cost far more CPU than in the steady state. Rounds of --warmup deliveries, each
        // followed by a pause in which the background rejit can finish, until two rounds in a row compile fewer than 5
        // methods (at most 20 rounds). The JIT work left in the measured runs is printed with them.
        var warmup = Option(args, "--warmup", 5_000);
        using var splits = new InboxSplits();
        for (int round = 0, quiet = 0; round < 20 && quiet < 2; round++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await MeasureAsync(load, Webhook, Enumerable.Range(0, warmup).Select(i => Body(1_000_000_000L + round * 1_000_000L + i)).ToArray());
            await MeasureAsync(load, "/bench/floor", Enumerable.Range(0, warmup).Select(i => Body(1_900_000_000L + round * 1_000_000L + i)).ToArray());
            await Task.Delay(500);
            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < 5 ? quiet + 1 : 0;
        }
        var floorBodies = Enumerable.Range(0, count).Select(i => Body(2_000_000_000L + i)).ToArray();
        var floor = await MeasureAsync(load, "/bench/floor", floorBodies);

        var bodies = Enumerable.Range(0, count).Select(i => Body(i)).ToArray();
        var run = await MeasureAsync(load, Webhook, bodies, splits.Reset);
        var acknowledged = Enumerable.Range(0, count).Where(i => run.Statuses[i] == HttpStatusCode.OK).Select(i => (long)i).ToList();

        var inInbox = await InboxKeysAsync(database);
        var missing = acknowledged.Count(id => !inInbox.Contains($"event:{id}"));
        Console.WriteLine($"intake: {count:N0} PUSH deliveries, {concurrency} concurrent, sent by {(sender == "httpclient" ? "HttpClient" : "a raw HTTP/1.1 sender")}");
        Console.WriteLine($"  answered 200    : {acknowledged.Count:N0}");
        run.Print();
        splits.Print();
        Console.WriteLine($"HTTP floor: the same load against an endpoint that reads the body and answers 200 (no intake)");
        floor.Print();
        Console.WriteLine($"  acknowledged but not in the inbox: {missing}");
        return missing == 0 && acknowledged.Count == count ? 0 : 1;
    }

    private static async Task<int> ProcessingAsync(EmulatorHost emulator, string database, int count)
    {
        await using var app = await StartHostAsync(emulator, database, workers: 0);
        var inbox = app.Services.GetRequiredService<IEventInbox>();
        await app.Services.GetRequiredService<IAutomationStore>().SaveAsync(new AutomationDefinition
        {
            HandlerName = nameof(NoOpHandler), ConfigurationJson = """{"fs_types":[]}""", Enabled = true
        });
        // 500 fact sheets, so order per fact sheet holds events back the way real traffic does.
        var factSheets = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).ToArray();
        var events = Enumerable.Range(0, count).Select(i =>
        {
            var fs = factSheets[i % factSheets.Length];
            var body = $$$"""{"id":{{{i}}},"type":"FactSheetUpdatedEvent","factSheet":{"id":"{{{fs}}}","rev":{{{i}}},"type":"Application","name":"Bench"}}""";
            return new IncomingEvent($"event:{i}", "FactSheetUpdatedEvent", fs, body, "bench");
        }).ToList();
        foreach (var chunk in events.Chunk(1000)) await inbox.AppendAsync(chunk);
        await app.StopAsync();

        // A second host on the same database with workers: the measured part.
        await using var workers = await StartHostAsync(emulator, database, workers: 2);
        var watch = Stopwatch.StartNew();
        var workersInbox = workers.Services.GetRequiredService<IEventInbox>();
        while ((await workersInbox.CountsAsync()).Done < count)
            await Task.Delay(20);
        watch.Stop();
        var counts = await workersInbox.CountsAsync();
        Console.WriteLine($"processing: {count:N0} events through a no-op handler, 2 workers");
        Console.WriteLine($"  wall time       : {watch.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  events/s        : {count / watch.Elapsed.TotalSeconds:N0}");
        Console.WriteLine($"  done / dead     : {counts.Done:N0} / {counts.DeadLetters:N0}");
        return counts.Done == count ? 0 : 1;
    }

    private const string Webhook = "/webhooks/leanix";

    /// <summary>One measured closed-loop run: answer times, statuses, wall time and the process's CPU time.</summary>
    private sealed record Measured(double[] SortedLatencies, HttpStatusCode[] Statuses, TimeSpan Wall, TimeSpan Cpu, long Jitted, TimeSpan JitTime)
    {
        public void Print()
        {
            var count = Statuses.Length;
            Console.WriteLine($"  wall time       : {Wall.TotalSeconds:F2} s");
            Console.WriteLine($"  events/s        : {count / Wall.TotalSeconds:N0}");
            Console.WriteLine($"  answer p50      : {Percentile(SortedLatencies, 0.50):F1} ms");
            Console.WriteLine($"  answer p99      : {Percentile(SortedLatencies, 0.99):F1} ms");
            Console.WriteLine($"  CPU per event   : {Cpu.TotalMicroseconds / count:F0} µs (client and host, one process; {Cpu.TotalSeconds:F2} s over {Wall.TotalSeconds:F2} s on {Environment.ProcessorCount} cores)");
            Console.WriteLine($"  JIT in the run  : {Jitted} methods, {JitTime.TotalMilliseconds:F0} ms");
        }
    }

    private static async Task<Measured> MeasureAsync(ILoadSender load, string path, byte[][] bodies, Action? atStart = null)
    {
        var latencies = new double[bodies.Length];
        var statuses = new HttpStatusCode[bodies.Length];
        var requests = load.Encode(path, bodies);
        // The requests and result arrays were just made: collected now, they sit in gen 2 before the clock starts instead
        // of being copied by the host's collections during the run.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        atStart?.Invoke();
        var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await load.RunAsync(requests, latencies, statuses);
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new Measured(latencies.Order().ToArray(), statuses, watch.Elapsed, cpu,
            System.Runtime.JitInfo.GetCompiledMethodCount() - jitted, System.Runtime.JitInfo.GetCompilationTime() - jitTime);
    }

    private static byte[] Body(long id) =>
        Encoding.UTF8.GetBytes($$$"""{"id":{{{id}}},"type":"FactSheetUpdatedEvent","factSheet":{"id":"{{{Guid.NewGuid()}}}","rev":1,"type":"Application","name":"Bench {{{id}}}"}}""");

    private static async Task<HashSet<string>> InboxKeysAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT dedup_key FROM inbox_events";
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return keys;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Text(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
