using System.Diagnostics;
using System.Runtime;

namespace LeanIX.Bench;

/// <summary>
/// The automation host runs with the Web SDK's server GC (its runtimeconfig says so); this bench project keeps workstation
/// GC for the client's preload figures. So the intake and processing benchmarks, which run the host in this process,
/// start this program again with <c>DOTNET_gcServer=1</c>: the host is measured as it is deployed.
/// </summary>
internal static class HostRuntime
{
    /// <summary>Whether this process already runs as the host would.</summary>
    public static bool IsLikeTheHost => GCSettings.IsServerGC;

    /// <summary>Runs this program again with the host's GC, passing the same arguments and output; answers its exit code.</summary>
    public static async Task<int> RelaunchAsync(string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        // Under `dotnet LeanIX.Bench.dll`, the process is dotnet and the first argument the assembly.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(HostRuntime).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_gcServer"] = "1";
        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }
}
