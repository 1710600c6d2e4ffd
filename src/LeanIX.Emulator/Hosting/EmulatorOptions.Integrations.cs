using LeanIX.Emulator.Rest.Integrations;

namespace LeanIX.Emulator.Hosting;

// The Integration API knobs, apart so EmulatorOptions.cs stays about the host.
public sealed partial class EmulatorOptions
{
    /// <summary>How Integration API runs behave (D75: delay before a started run is processed).</summary>
    public IntegrationApiOptions Integrations { get; set; } = new();
}
