using LeanIX.Bench;

// The benchmarks, by first argument:
//   serve N [--passes P]                               the emulator's dump throughput (the naive script's queries, no latency)
//   preload N [--latency-ms L] [--bandwidth-kbps B] [--no-naive]   the client's preload against the naive sequential script
//   intake [N] [--concurrency C] [--warmup W] [--client raw|httpclient]   the automation host's PUSH intake: C concurrent deliveries, p50/p99, events/s, and the HTTP floor
//   processing [N]                                     the automation host's workers through a no-op handler, events/s
//   N [L]                                              the old form: preload N with latency L and no bandwidth limit
if (args is ["serve", ..]) return await ServeBenchmark.RunAsync(args);
if (args is ["intake" or "processing", ..]) return await AutomationBenchmark.RunAsync(args);
if (args is ["preload", ..]) return await PreloadBenchmark.RunAsync(args[1..]);
return await PreloadBenchmark.RunAsync(PreloadBenchmark.FromOldForm(args));
