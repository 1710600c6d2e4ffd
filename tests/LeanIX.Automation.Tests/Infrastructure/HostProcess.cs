using System.Diagnostics;

namespace LeanIX.Automation.Tests.Infrastructure;

/// <summary>The built host run as a child process (<c>dotnet LeanIX.Automation.dll</c>), so a test can kill it like SIGKILL does.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostProcess(Process process) => _process = process;

    public string Output { get { lock (_output) return string.Join('\n', _output.TakeLast(40)); } }

    public bool HasExited => _process.HasExited;

    /// <summary>The host's dll, built beside this test project in the same configuration.</summary>
    public static string HostDll()
    {
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = baseDir.Parent!.Name; // …/bin/<Configuration>/net10.0/
        for (var dir = baseDir; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "LeanIX.Automation", "bin", configuration, "net10.0", "LeanIX.Automation.dll");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("LeanIX.Automation.dll was not found; build src/LeanIX.Automation first.");
    }

    public static HostProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var dll = HostDll();
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        info.Environment["LEANIX_API_TOKEN"] = null;
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("The host did not start.");
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (host._output) host._output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (host._output) host._output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Kills the process at once (SIGKILL on Linux): no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
