namespace LeanIX.Emulator.Hosting;

// The download knobs, apart so EmulatorOptions.cs stays about the host.
public sealed partial class EmulatorOptions
{
    /// <summary>D69: how long a completed export can be downloaded before it is DELETED (default 10 minutes).</summary>
    public TimeSpan ExportLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
