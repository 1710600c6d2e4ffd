using LeanIX.Bench;

// The benchmarks, by first argument:
//   preload N [--latency-ms L] [--bandwidth-kbps B]   the client's preload against the naive sequential script
//   N [L]                                             the old form: preload N with latency L and no bandwidth limit
// serve: see ServeBenchmark.cs
if (args.Length > 0 && args[0] == "preload") return await PreloadBenchmark.RunAsync(args[1..]);
return await PreloadBenchmark.RunAsync(PreloadBenchmark.FromOldForm(args));
