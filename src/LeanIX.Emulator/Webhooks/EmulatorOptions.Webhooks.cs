using LeanIX.Emulator.Webhooks;

namespace LeanIX.Emulator.Hosting;

// Kept in the webhooks area so EmulatorOptions.cs only needed the `partial` keyword.
public sealed partial class EmulatorOptions
{
    /// <summary>Retention, PUSH retry interval and timeouts of the webhooks service (D32).</summary>
    public WebhookOptions Webhooks { get; set; } = new();
}
