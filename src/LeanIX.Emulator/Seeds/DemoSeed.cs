using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Seeds;

// STUB: owned by the seed helper.
public sealed class DemoSeed : ISeed
{
    public void Populate(WorkspaceState state, DateTimeOffset now) => StandardRoles.Populate(state);
}
