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

    public static async Task<int> RunAsync(string[] args)
    {
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
        await app.StartAsync();
        return app;
    }

    private static async Task<int> IntakeAsync(EmulatorHost emulator, string database, int count, int concurrency, string[] args)
    {
        await using var app = await StartHostAsync(emulator, database, workers: 0);
        var credentials = app.Services.GetRequiredService<WebhookCredentials>();
        // The client shares the 2 cores with the host: it keeps its own work small (connections kept open, no proxy or
        // cookie handling, bodies serialized before the clock starts), so what is measured is mostly the host.
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5)
        }) { BaseAddress = new Uri(EmulatorHost.BaseUrlOf(app)) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", credentials.AuthorizationHeader);

        // Warm-up at the same load, long enough for the tiered JIT to finish rejitting the hot path (at tier 0 with PGO
        // instrumentation, and with the JIT's own work counted, the first thousands of requests cost far more CPU than the
        // host's steady state): connections, JIT, the database file.
        var warmup = Option(args, "--warmup", 5_000);
        await RunClosedLoopAsync(http, Enumerable.Range(0, warmup).Select(i => Body(1_000_000_000L + i)).ToArray(), concurrency, new double[warmup], new HttpStatusCode[warmup]);

        var bodies = Enumerable.Range(0, count).Select(i => Body(i)).ToArray();
        var latencies = new double[count];
        var statuses = new HttpStatusCode[count];
        using var splits = new InboxSplits();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await RunClosedLoopAsync(http, bodies, concurrency, latencies, statuses);
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var acknowledged = Enumerable.Range(0, count).Where(i => statuses[i] == HttpStatusCode.OK).Select(i => (long)i).ToList();

        var inInbox = await InboxKeysAsync(database);
        var missing = acknowledged.Count(id => !inInbox.Contains($"event:{id}"));
        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"intake: {count:N0} PUSH deliveries, {concurrency} concurrent");
        Console.WriteLine($"  answered 200    : {acknowledged.Count:N0}");
        Console.WriteLine($"  wall time       : {watch.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  events/s        : {count / watch.Elapsed.TotalSeconds:N0}");
        Console.WriteLine($"  answer p50      : {Percentile(sorted, 0.50):F1} ms");
        Console.WriteLine($"  answer p99      : {Percentile(sorted, 0.99):F1} ms");
        Console.WriteLine($"  CPU per event   : {cpu.TotalMicroseconds / count:F0} µs (client and host, one process; {cpu.TotalSeconds:F2} s over {watch.Elapsed.TotalSeconds:F2} s on {Environment.ProcessorCount} cores)");
        splits.Print();
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

    /// <summary><paramref name="concurrency"/> clients, each posting the next body as soon as its previous one is answered.</summary>
    private static async Task RunClosedLoopAsync(HttpClient http, byte[][] bodies, int concurrency, double[] latencies, HttpStatusCode[] statuses)
    {
        var next = -1L;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            long id;
            while ((id = Interlocked.Increment(ref next)) < bodies.Length)
            {
                var started = Stopwatch.GetTimestamp();
                statuses[id] = await PostAsync(http, bodies[id]);
                latencies[id] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
    }

    private static byte[] Body(long id) =>
        Encoding.UTF8.GetBytes($$$"""{"id":{{{id}}},"type":"FactSheetUpdatedEvent","factSheet":{"id":"{{{Guid.NewGuid()}}}","rev":1,"type":"Application","name":"Bench {{{id}}}"}}""");

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        using var response = await http.PostAsync("/webhooks/leanix", content);
        return response.StatusCode;
    }

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

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
