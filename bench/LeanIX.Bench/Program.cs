using System.Diagnostics;
using LeanIX.Bench;
using LeanIX.Client;
using Microsoft.Extensions.DependencyInjection;

if (args is ["serve", ..]) return await ServeBenchmark.RunAsync(args);

// Preload benchmark (issue 3): an emulator with synthetic:N fact sheets and L ms latency per response,
// a client preloading everything; prints wall time, requests, bytes received and peak managed memory.
var count = args.Length > 0 ? int.Parse(args[0]) : 50_000;
var latency = args.Length > 1 ? int.Parse(args[1]) : 50;

Console.WriteLine($"Starting the emulator with synthetic:{count}, latency {latency} ms …");
var startWatch = Stopwatch.StartNew();
using var emulator = await EmulatorProcess.StartAsync($"synthetic:{count}", latency);
Console.WriteLine($"Emulator ready at {emulator.BaseUrl} after {startWatch.Elapsed.TotalSeconds:F1} s");

var counter = new TrafficCounter();
var services = new ServiceCollection();
services.AddLeanIX(o => { o.ApiToken = emulator.ApiToken; o.Host = emulator.BaseUrl; });
services.AddHttpClient("LeanIX.Api").AddHttpMessageHandler(() => counter);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<LeanIXClient>();

GC.Collect();
var baseline = GC.GetTotalMemory(true);
using var memory = new PeakMemory();
var watch = Stopwatch.StartNew();
await client.PreloadAsync();
watch.Stop();

var loaded = client.CachedFactSheetCount;
var retained = GC.GetTotalMemory(true);
Console.WriteLine();
Console.WriteLine($"Preloaded fact sheets : {loaded:N0} (of {count:N0})");
Console.WriteLine($"Wall time             : {watch.Elapsed.TotalSeconds:F2} s");
Console.WriteLine($"Requests made         : {counter.Requests:N0} (plus 1 token exchange)");
Console.WriteLine($"Bytes received        : {counter.Bytes / 1024.0 / 1024.0:F1} MiB");
Console.WriteLine($"Peak managed memory   : {(memory.PeakBytes - baseline) / 1024.0 / 1024.0:F1} MiB above baseline");
Console.WriteLine($"Retained after preload: {(retained - baseline) / 1024.0 / 1024.0:F1} MiB");
return 0;
