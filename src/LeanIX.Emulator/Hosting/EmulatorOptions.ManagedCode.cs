namespace LeanIX.Emulator.Hosting;

// The managed-code execution knob, apart so EmulatorOptions.cs stays about the host.
public sealed partial class EmulatorOptions
{
    /// <summary>
    /// D58 <c>mce.allowDelete</c>: whether <c>DELETE /executionConfigurations/{id}</c> deletes. Off by default, as LeanIX
    /// has no such delete yet (the seed: "not available in LeanIX yet"), so the route answers 405.
    /// </summary>
    public bool ManagedCodeAllowDelete { get; set; }
}
