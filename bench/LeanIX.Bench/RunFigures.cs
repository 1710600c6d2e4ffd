using System.Diagnostics;

namespace LeanIX.Bench;

/// <summary>What one mode of a benchmark cost: time, traffic and managed memory above the baseline before it.</summary>
internal sealed record RunFigures(string Mode, int FactSheets, TimeSpan Wall, long Requests, long Bytes, long PeakBytes, long RetainedBytes)
{
    /// <summary>
    /// Runs <paramref name="run"/> with a fresh baseline; the object it returns is what the mode keeps
    /// (the naive script's nodes, the client's cache) and stays alive until retained memory is measured.
    /// </summary>
    public static async Task<RunFigures> MeasureAsync(string mode, BenchClient bench, Func<Task<(int Count, object Kept)>> run)
    {
        var baseline = GC.GetTotalMemory(true);
        var requestsBefore = bench.Traffic.Requests;
        var bytesBefore = bench.Traffic.Bytes;
        using var memory = new PeakMemory();
        var watch = Stopwatch.StartNew();
        var (count, kept) = await run();
        watch.Stop();
        var peak = memory.PeakBytes - baseline;
        var retained = GC.GetTotalMemory(true) - baseline;
        GC.KeepAlive(kept);
        return new RunFigures(mode, count, watch.Elapsed, bench.Traffic.Requests - requestsBefore, bench.Traffic.Bytes - bytesBefore, peak, retained);
    }

    public static string MiB(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MiB";

    public void Print()
    {
        Console.WriteLine($"{Mode}");
        Console.WriteLine($"  fact sheets     : {FactSheets:N0}");
        Console.WriteLine($"  wall time       : {Wall.TotalSeconds:F2} s");
        Console.WriteLine($"  requests        : {Requests:N0}");
        Console.WriteLine($"  bytes received  : {MiB(Bytes)} ({Bytes / Math.Max(0.001, Wall.TotalSeconds) / 1024 / 1024:F1} MiB/s)");
        Console.WriteLine($"  peak managed    : {MiB(PeakBytes)} above baseline");
        Console.WriteLine($"  retained        : {MiB(RetainedBytes)}");
    }
}
