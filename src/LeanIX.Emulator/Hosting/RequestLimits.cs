namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Sizes of a request the emulator accepts. Each is answered with its status and the D2 body (D79):
/// the checks run in the emulator's own middleware, and Kestrel's hard limits are set well above them
/// (<see cref="KestrelHardLimitBytes"/>) so that only absurd requests meet Kestrel's own, bodiless answer.
/// </summary>
public sealed class RequestLimits
{
    /// <summary>Where Kestrel itself cuts a request line or header block off (with an empty 414/431).</summary>
    public const int KestrelHardLimitBytes = 1024 * 1024;

    /// <summary>Largest request body; more → 413.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Longest path plus query string; more → 414.</summary>
    public int MaxUrlBytes { get; set; } = 16 * 1024;

    /// <summary>Largest header block (names and values); more → 431.</summary>
    public int MaxHeaderBytes { get; set; } = 64 * 1024;
}
