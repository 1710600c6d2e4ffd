using LeanIX.Emulator.Webhooks;

namespace LeanIX.Emulator.Hosting;

// The webhooks knobs, apart so EmulatorOptions.cs stays about the host; Webhooks itself never sees EmulatorOptions.
public sealed partial class EmulatorOptions
{
    /// <summary>Retention, PUSH retry interval and timeouts of the webhooks service (D32).</summary>
    public WebhookOptions Webhooks { get; set; } = new();
}
