namespace LeanIX.Emulator.Hosting;

// The technology discovery knob, apart so EmulatorOptions.cs stays about the host.
public sealed partial class EmulatorOptions
{
    /// <summary>D64: how long an SBOM job takes from upload to its end (half SCHEDULED, half IN_PROGRESS); about a second.</summary>
    public TimeSpan SbomProcessingTime { get; set; } = TimeSpan.FromSeconds(1);
}
