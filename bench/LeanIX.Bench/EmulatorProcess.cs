using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LeanIX.Bench;

/// <summary>The emulator in its own process, so the benchmark measures the client alone.</summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, string baseUrl, string apiToken)
    {
        _process = process;
        BaseUrl = baseUrl;
        ApiToken = apiToken;
    }

    public string BaseUrl { get; }
    public string ApiToken { get; }

    public static async Task<EmulatorProcess> StartAsync(string seed, int latencyMs, int bandwidthKbps = 0)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        const string token = "bench-token-0000000000000000000000000000";
        var dll = typeof(LeanIX.Emulator.Hosting.EmulatorHost).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", baseUrl, "--seed", seed, "--latency-ms", latencyMs.ToString(), "--bandwidth-kbps", bandwidthKbps.ToString(), "--api-token", token },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start the emulator.");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[emulator] {e.Data}"); };
        process.BeginErrorReadLine();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Contains("listening on", StringComparison.Ordinal)) break;
        }
        if (process.HasExited) throw new InvalidOperationException($"The emulator exited with {process.ExitCode}.");
        _ = Task.Run(async () => { while (await process.StandardOutput.ReadLineAsync() is not null) { } });
        return new EmulatorProcess(process, baseUrl, token);
    }

    /// <summary>The emulator's resident set (VmRSS of /proc/&lt;pid&gt;/status) in MiB.</summary>
    public double RssMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) / 1024.0;
    }

    /// <summary>CPU time the emulator used so far (utime + stime of /proc/&lt;pid&gt;/stat, in clock ticks of 1/100 s).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
