using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Hosting;

/// <summary>Everything the emulator is started with (command line or <see cref="EmulatorHost"/>).</summary>
public sealed partial class EmulatorOptions : ITokenSettings
{
    /// <summary>A 40-character token, the shape of a classic LeanIX API token (auth.md §6).</summary>
    public const string DefaultApiToken = "LXemuDEMOtoken0000000000000000000000demo";

    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>SQLite file; null keeps every workspace in memory.</summary>
    public string? DataFile { get; set; }

    public int TokenLifetimeSeconds { get; set; } = 3600;

    public int LatencyMs { get; set; }

    /// <summary>
    /// Each response body is released no faster than this many KB/s (1 KB = 1024 bytes), per request,
    /// after <see cref="LatencyMs"/>; 0 switches the pacing off (see <see cref="BandwidthMiddleware"/>).
    /// </summary>
    public int BandwidthKbps { get; set; }

    /// <summary>Requests per minute per user; 0 switches the limit off.</summary>
    public int RateLimitPerMinute { get; set; } = 1800;

    public List<WorkspaceConfig> Workspaces { get; set; } = [];

    /// <summary>The workspaces to host, with a demo workspace when none is configured.</summary>
    public IReadOnlyList<WorkspaceConfig> EffectiveWorkspaces()
    {
        var list = Workspaces.Count > 0 ? Workspaces : [new WorkspaceConfig()];
        foreach (var ws in list)
            if (ws.ApiTokens.Count == 0)
                ws.ApiTokens.Add(list.Count == 1 ? DefaultApiToken : "LXemu" + Ids.FromName("token:" + ws.Name).ToString("N")[..35]);
        return list;
    }
}
