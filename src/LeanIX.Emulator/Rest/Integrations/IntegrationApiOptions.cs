namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>Integration API behaviour of the emulator (D75).</summary>
public sealed class IntegrationApiOptions
{
    /// <summary>
    /// How long a started run stays PENDING before it is processed (D75, default 0). Measured on the emulator's
    /// <see cref="TimeProvider"/>, so tests on a fake clock decide when a run proceeds.
    /// </summary>
    public TimeSpan RunDelay { get; set; } = TimeSpan.Zero;
}
